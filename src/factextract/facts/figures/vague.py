"""Vague plurals ("thousands of fans", "billions", "tens of thousands") and the sums they name.

Why: a reader marks "thousands" read as exactly 1000 wrong; what the text claims is a lower
bound ("more than 1000", low 1000, high 10000). And "millions of pounds", "a hundred million
pounds" are sterling: nobody weighs anything in millions of pounds in the news. "Half a
dozen" is 6 things, not 0.5 of a unit called dozen."""
from __future__ import annotations

import re
from dataclasses import replace

from .hits import Hit
from .numbers import Number


def is_vague(n: Number) -> bool:
    """A vague plural: read from words, no single value, an open range (see numbers.parse)."""
    return n.words and n.value is None and n.low is not None and n.high is not None


def qualifier(n: Number) -> str | None:
    """"more than" for a vague plural: its value is the lower bound of the range it names."""
    return "more than" if is_vague(n) else None


def money_pounds(unit: str | None, n: Number) -> str | None:
    """"pound" after a scale word or a vague plural is sterling ("millions of pounds",
    "£" spelt out as "250 million pounds"); a plain "5 pounds" stays a weight."""
    if unit not in ("pound", "pound per year", "pound per month", "pound per week") or not n.scaled:
        return unit
    return unit.replace("pound", "GBP", 1)


def settle(unit: str | None, n: Number) -> tuple[str | None, Number]:
    """The unit and number as a reader takes them: sterling for scaled pounds, and a fraction
    of a dozen as the count it makes ("half a dozen medal hopes" = 6, counting the hopes)."""
    if unit == "dozen" and n.value is not None and 0 < n.value < 1:
        return None, replace(n, value=n.value * 12)
    return money_pounds(unit, n), n


def join_repeats(text: str, hits: list[Hit]) -> list[Hit]:
    """"thousands upon thousands of sellers", "hundreds and hundreds": one vague plural said
    twice for weight is one figure (the second half, not the word itself, leads to what it counts)."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and is_vague(prev.num) and is_vague(h.num) and not prev.unit \
                and text[h.start:h.end].lower() == text[prev.start:prev.end].lower() \
                and re.fullmatch(r"\s+(?:upon|and|after|on)\s+", text[prev.end:h.start]):
            out[-1] = replace(h, start=prev.start, qualifier=prev.qualifier or h.qualifier)
            continue
        out.append(h)
    return out

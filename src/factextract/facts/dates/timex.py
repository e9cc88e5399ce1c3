"""TIMEX3 normalisation of a date expression already found in the text: the public entry point.

`normalise(text, ctx)` turns the words of one span ("August of last year", "the third quarter",
"Friday morning", "1950-53") into a TIMEX3-style value with its grain, resolved against the
publication date (`ctx.dct`), the tense of the clause (`ctx.tense`) and the last date the text
itself mentioned (`ctx.ref`, for "a year earlier", "the following day"). It is a small
hand-written grammar over the span's lower-cased words: far faster than a general parser and
exact about news conventions (quarters, PRESENT_REF, weekday = most recent on/before the DCT).
dateparser is the rare fallback for absolute forms this grammar does not know, imported lazily.
Durations and frequencies ("four months", "24 hours a day") get no value: they are not dates.

The work is spread over: rules (which rule in what order), grammar (the regexes), components,
periods, relative, lexicon, ranges, fallback (the rules), anchors, calendar_math, timex_format
(resolution and spelling of values), vocabulary and numerals (the words).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .fallback import fallback_dateparser
from .grammar import APPROX, APPROX_MOD
from .model import Context, Timex
from .ranges import ordered_end, range_expr
from .rules import read
from .vocabulary import MONTHS

__all__ = ["MONTHS", "Context", "Timex", "clean", "normalise", "ordered_end"]


def clean(text: str) -> str:
    """One spelling for every rule: lower case, straight quotes and hyphens, single spaces, no
    trailing punctuation or possessive."""
    t = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    t = re.sub(r"\s+", " ", t).strip(" ,.;:")
    if t.endswith("'s"):
        t = t[:-2]
    return t


def normalise(text: str, ctx: Context) -> Timex | None:
    """The TIMEX3 value of a date expression, or None when it is not a date (or not understood)."""
    t = clean(text)
    if not t:
        return None
    tx = read(t, ctx)
    if tx is not None:
        return tx
    m = APPROX.match(t)
    if m:
        inner = read(t[m.end():], ctx)
        if inner is not None:
            mod = APPROX_MOD[m["q"]]
            if t.endswith(" ago") and mod in ("MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN"):
                # "more than a year ago" lies before that point, "less than a year ago" after it
                mod = "AFTER" if mod == "LESS_THAN" else "BEFORE"
            return replace(inner, mod=inner.mod or mod)
    return range_expr(t, ctx) or fallback_dateparser(t, ctx)

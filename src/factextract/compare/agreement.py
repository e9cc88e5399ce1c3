"""Whether two reported values can both be true: figures (units, bounds, what is counted),
dates (coarser and finer forms, decades, ranges) and quote texts. Pure functions of the
values, so the pairing in compare.py can stay about which facts to put side by side.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from .context import stem
from ..records import Figure
from ..nlp.resources import load_wordlist

_UNIT_ALIASES = {"%": "percent", "per cent": "percent", "pct": "percent", "percentage point": "point",
                 "km": "kilometre", "kilometer": "kilometre", "$": "dollar", "usd": "dollar",
                 "us dollar": "dollar", "hr": "hour", "h": "hour"}
_LOWER_BOUND = ("more than", "over", "at least", "above", "upward", "in excess", "exceed", "tens of", "hundreds of", "thousands of")
_UPPER_BOUND = ("less than", "fewer than", "under", "up to", "at most", "below", "nearly", "almost")
_APPROX = ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "estimated", "approx", "~")
_BOUND_SPAN = 2.0   # "more than X" holds up to twice X, "less than X" down to half of it
_DETERMINERS = frozenset({"the", "a", "an", "of", "some", "other", "more", "total"})


def unit_family(unit: str | None) -> str:
    if not unit:
        return ""
    u = " ".join(unit.casefold().split())
    u = _UNIT_ALIASES.get(u, u)
    if u.endswith("s") and len(u) > 3 and not u.endswith("ss"):
        u = u[:-1]
    return _UNIT_ALIASES.get(u, u)


@lru_cache(maxsize=1)
def _person_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in load_wordlist("compare/person_nouns.txt"))


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_wordlist("entities/demonyms.txt"))


@lru_cache(maxsize=4096)
def counted_class(counted: str | None) -> str | None:
    """What a figure counts, coarsely: "person" for any noun of people ("defectors", "North
    Koreans", "women"), else the stem of the head noun ("barrels", "homes")."""
    if not counted:
        return None
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", counted.casefold()) if w not in _DETERMINERS]
    if not words:
        return None
    phrase = " ".join(words)
    for cand in (phrase, phrase[:-1] if phrase.endswith("s") else phrase, words[-1].rstrip("s")):
        if cand in _demonyms():
            return "person"
    head = stem(words[-1])
    return "person" if head in _person_stems() else head


def number(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


@lru_cache(maxsize=1024)
def _has(qualifier: str | None, cues: tuple[str, ...]) -> bool:
    q = (qualifier or "").casefold()
    return any(c in q for c in cues)


def figures_agree(a: Figure, b: Figure) -> str | None:
    """"exact" when the values are equal, "compatible" when both can hold (a range holding
    the other, "more than 34,000" and 34,500, "about 240" and 236), None when they cannot."""
    va, vb = number(a.value), number(b.value)
    if va is None and vb is None:
        return "exact" if (a.low, a.high) == (b.low, b.high) and a.low is not None else None
    if va is not None and vb is not None and math.isclose(va, vb, rel_tol=1e-9, abs_tol=1e-12):
        return "exact"
    for x, y in ((a, b), (b, a)):
        vy = number(y.value)
        lo, hi = number(x.low), number(x.high)
        if vy is not None and lo is not None and hi is not None and lo <= vy <= hi:
            return "compatible"
    if va is None or vb is None:
        return None
    for x, vx, vy in ((a, va, vb), (b, vb, va)):
        # bounds hold nearby values only: nobody writes "more than 80,000" for 14 million
        if _has(x.qualifier, _APPROX) and abs(vx - vy) <= 0.1 * max(abs(vx), abs(vy)):
            return "compatible"
        if _has(x.qualifier, _LOWER_BOUND) and vx <= vy <= _BOUND_SPAN * vx:
            return "compatible"
        if _has(x.qualifier, _UPPER_BOUND) and vx / _BOUND_SPAN <= vy <= vx:
            return "compatible"
    return None


def _value_parts(value: str) -> list[str]:
    return [p for p in value.split("/") if p]


def _prefix_agrees(a: str, b: str) -> bool:
    """One value the coarser form of the other; X is any digit ("195X" holds "1953")."""
    short, long_ = sorted((a, b), key=len)
    if any(c != d and "X" not in (c, d) for c, d in zip(short, long_)):
        return False
    return len(short) == len(long_) or long_[len(short)] in "-TW"


def dates_agree(a: str | None, b: str | None) -> bool:
    """Equal, one the coarser form of the other ("2024" and "2024-08"), a decade holding a year,
    or a range ("1950/1953") one of whose ends agrees."""
    if not a or not b:
        return False
    return a == b or any(_prefix_agrees(x, y) for x in _value_parts(a) for y in _value_parts(b))


def periods(values: frozenset[str]) -> frozenset[str]:
    """The dates of a sentence that name a period (a year, a month, a decade), not a day:
    "236 arrived last year" and "34,000 in all" are different counts, not a dispute, while a
    day ("on Friday" / "on Saturday") can itself be what two articles disagree on."""
    return frozenset(v for v in values if len(v.split("/")[0]) <= 7)


def quote_words(text: str) -> str:
    """Quote text reduced to its words: case, quote marks, punctuation and spacing ignored."""
    return " ".join(re.findall(r"[^\W_]+", text.replace("’", "'").casefold().replace("'", "")))

"""An age given as a decade of life: "in his 30s", "in their early twenties", "in her late 40s".
A reader checks it as an age range (30 to 39 years), a figure the number scan leaves out because
"30s" looks like a decade of the calendar ("the 1960s", "the 90s"): the possessive before it
tells a life from an era.

Why apart: one regex over the text, asked once per doc, giving spans with their bounds."""
from __future__ import annotations

import re

_TENS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
         "seventies": 70, "eighties": 80, "nineties": 90, "teens": 13}
AGE_DECADES = re.compile(r"\b[Ii]n\s+(?:his|her|their|my|your|our|its)\s+(?P<span>"
                         r"(?:(?P<edge>early|mid|late)[\s-]?)?(?:(?P<d>[1-9]0)['’]?s|"
                         rf"(?P<w>{'|'.join(_TENS)}))\b)", re.I)
# the part of a decade an edge word names: "early 30s" = 30-33, "mid" 34-36, "late" 37-39
_EDGES = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def age_decades(text: str) -> list[tuple[int, int, float, float]]:
    """(start, end, low, high) of every "in his 30s"-style age: the span is "30s" / "late 40s"."""
    out = []
    for m in AGE_DECADES.finditer(text):
        base = int(m["d"]) if m["d"] else _TENS[m["w"].lower()]
        lo, hi = _EDGES[(m["edge"] or "").lower() or None]
        if base == 13:            # "in her teens": 13 to 19
            lo, hi = (0, 6) if not m["edge"] else (max(0, lo), min(6, hi))
        out.append((m.start("span"), m.end("span"), float(base + lo), float(base + hi)))
    return out

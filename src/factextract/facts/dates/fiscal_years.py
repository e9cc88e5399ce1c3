"""A financial year or a season written with a slash: "in 2002/03", "by 2005/06", "the 1998/99
season". British budget and football copy writes two consecutive years so; the span is one
period running over both years, read as the range "2002-03" is (value the first year, low and
high the two years). Only consecutive years count: "2003/2005" is no one period.
"""
from __future__ import annotations

import re

_SLASH_YEARS = re.compile(r"(?P<a>1[89]\d\d|20\d\d)/(?P<b>\d\d|\d{4})")


def slash_years(t: str) -> str | None:
    """ "2002/03" -> "2002-03" when the two years follow each other, else None."""
    m = _SLASH_YEARS.fullmatch(t)
    if not m:
        return None
    a, b = m["a"], m["b"]
    full = a[:4 - len(b)] + b
    if int(full) != int(a) + 1:
        return None
    return f"{a}-{b}"

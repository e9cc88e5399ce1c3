"""Rough spans said as "a UNIT or N" and counts of periods said with a fraction word:

- "within a year or two", "a week or two", "an hour or three": one rough figure from one to N
  of the unit (qualifier "about"), not a bare "two" that counts nothing;
- "the next one or two quarters", "two quarters in a row": "quarters" after a count of periods
  is three-month periods, not the fraction 2/4 = 0.5; "three quarter-point rate rises" are
  three rises, not 0.75 of a point.

Why apart: two small readings of the words next to a number, asked only where "or" or a
plural fraction word stands beside it."""
from __future__ import annotations

import re
from dataclasses import replace

from .units import TIME_UNITS, unit_table

# "a year or ", "an hour or ": the article, a unit word, "or", right before the number
_UNIT_OR = re.compile(r"\b(?P<a>an?)\s+(?P<unit>[a-z]+)\s+or\s+$", re.I)
# before a plural fraction word read as periods: "the next two quarters", "one or two quarters"
_PERIODS_BEFORE = re.compile(r"\b(?:or|and|to|next|last|past|first|previous|coming|recent|"
                             r"final|consecutive|successive|for|over|within)\s+$", re.I)
_PERIOD_FRACTIONS = re.compile(r"(?i:([a-z]+)[^\S\n]+(quarters|halves))")
_GLUED_FRACTION = re.compile(r"(?i:(two|three|four|five|six|seven|eight|nine|ten)[^\S\n]+(quarter|half))")


def periods_count(text: str, start: int, end: int) -> int | None:
    """End of the count word of "two quarters" after "next", "or", ...: a count of periods;
    and of "three quarter-point rises", "two half-day strikes": a count of things so sized."""
    glued = _GLUED_FRACTION.fullmatch(text, start, end)
    if glued is not None and text.startswith("-", end) and text[end + 1:end + 2].isalpha():
        return glued.end(1)
    m = _PERIOD_FRACTIONS.fullmatch(text, start, end)
    if m is None or re.match(r"\s+of\b", text[end:end + 4]) \
            or not _PERIODS_BEFORE.search(text[max(0, start - 14):start]):
        return None
    return m.end(1)


def join_unit_or(text: str, hits: list) -> list:
    """"a year or two": the bare number takes the unit and the span from the article on."""
    for i, h in enumerate(hits):
        if h.unit is not None or h.num.value is None or not 1 < h.num.value <= 12 \
                or h.num.value != int(h.num.value):
            continue
        m = _UNIT_OR.search(text, max(0, h.start - 24), h.start)
        unit = unit_table()[0].get(m.group("unit").lower()) if m else None
        if unit is None or unit not in TIME_UNITS and unit not in ("mile", "kilometre", "metre"):
            continue
        num = replace(h.num, start=m.start(), value=None, low=1.0, high=h.num.value, words=False)
        hits[i] = replace(h, start=m.start(), num=num, unit=unit, unit_explicit=True,
                          qualifier=h.qualifier or "about")
    return hits

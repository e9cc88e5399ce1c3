"""A referring date coarser than the unit it is asked for: "growth of 1% in 2005 ... up 0.3
points from the previous month", "14,000 jobs were created that month".

"The previous month" and "that month" count from the last date the text mentioned; when that
date is only a year, it says nothing of the month: shifting from its first day (2005 -> January,
so "the previous month" = December 2004) invents a value. Such a phrase keeps the unknown value
of its unit (XXXX-XX) instead.
"""
from __future__ import annotations

import re

from .model import Timex

# an explicit part of a date whose year is unknown: a month, a day, a weekday, a quarter, a
# season ("XXXX-01", "XXXX-WXX-3", "XXXX-Q4", "XXXX-SU"); "last week" (XXXX-WXX), "last month"
# (XXXX-XX) and "a year ago" (XXXX) count from the publication date, not from a date of the text
_KNOWN_PART = re.compile(r"\d|SP|SU|FA|WI")
# ... and written out ("January", "on 12 August", "Monday", "the summer"), not derived from
# another date ("the previous month", "the same day"), which would pass a guess along
_WRITTEN = re.compile(r"(?i)\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|"
                      r"thurs|fri|sat|sun)(?:[a-z]*)\b\.?|\b(?:spring|summer|autumn|fall|winter)\b")

_ORDER = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5,
          "decade": 6, "century": 7}


def coarser_than(ref: Timex | None, unit: str) -> bool:
    """True when ref's grain is coarser than unit ("2005" asked for a month)."""
    if ref is None or ref.grain not in _ORDER or unit not in _ORDER:
        return False
    return _ORDER[ref.grain] > _ORDER[unit]


def unknown_year_ref(tx: Timex, text: str) -> bool:
    """A month, day or weekday whose year is unknown ("January" with no publication date: XXXX-01) that still
    becomes the date the text is talking about: "in January prices rose 0.4% on the month and
    12.6% on a year earlier" counts from January, not from "June 2001" two sentences back, so a
    stale year must not serve. Its own value then says the year is unknown. Only a date written
    out counts, not one derived from another ("the previous month")."""
    return bool(tx.value) and tx.value.startswith("XXXX-") and _KNOWN_PART.search(tx.value[5:]) is not None \
        and _WRITTEN.search(text) is not None


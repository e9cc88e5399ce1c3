"""Ranges: "1950-53", "from June to August", "between 1990 and 1995" read as two ends, and the
end moved past the start when read alone it fell before it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .fiscal_years import slash_years
from .grammar import RANGE
from .model import Context, Timex
from .rules import read


def range_expr(t: str, ctx: Context) -> Timex | None:
    """'1950-53', 'from June to August', 'between 1990 and 1995': both ends, the start as value."""
    t = slash_years(t) or t   # "2002/03": a financial year (fiscal_years.py)
    m = RANGE.match(t)
    if not m:
        return None
    a, b = m["a"].strip(), m["b"].strip()
    if re.fullmatch(r"\d{4}", a) and re.fullmatch(r"\d{1,2}", b):  # "1950-53", "2005-6"
        b = a[:4 - len(b)] + b
        if b <= a:
            return None
    lo = read(a, ctx)
    hi = read(b, ctx)
    if lo is None and hi is not None and hi.grain == "day" and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", a) \
            and re.fullmatch(r"[\dX]{4}-\d\d-\d\d", hi.value or ""):
        # "10-20 February": the start borrows the end's month and year
        day = int(re.match(r"\d+", a).group())
        if not 1 <= day < int(hi.value[8:10]):
            return None
        lo = Timex(f"{hi.value[:8]}{day:02d}", "day", anchored=hi.anchored)
    if hi is None and lo is not None and lo.value and re.fullmatch(r"\d{4}", lo.value) is None:
        # "June 3-5": the end borrows the start's month
        if re.fullmatch(r"\d{1,2}", b) and lo.grain == "day":
            hi = Timex(lo.value[:8] + f"{int(b):02d}", "day")
    if lo is None or hi is None or not lo.value or not hi.value:
        return None
    return Timex(lo.value, lo.grain, low=lo.value, high=hi.value, anchored=lo.anchored or hi.anchored)


def ordered_end(low: Timex, high: Timex) -> Timex:
    """The end of a range resolved on its own may fall before its start ("from November to
    February"): move it to the start's year, or the next."""
    lv, hv = low.value or "", high.value or ""
    if not (re.fullmatch(r"\d{4}-\d\d(-\d\d)?", lv) and re.fullmatch(r"\d{4}-\d\d(-\d\d)?", hv)) or hv >= lv \
            or high.anchored != "dct":
        return high
    for year in (int(lv[:4]), int(lv[:4]) + 1):
        moved = f"{year:04d}{hv[4:]}"
        if moved >= lv:
            return replace(high, value=moved)
    return high

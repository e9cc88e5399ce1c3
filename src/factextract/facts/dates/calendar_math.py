"""Calendar arithmetic: quarters of months, months added across years, a date moved by n units.

Relative expressions ("two quarters ago", "next week") all come down to `shift_unit`, which
also gives the result the grain of the unit it moved by.
"""
from __future__ import annotations

from datetime import date, timedelta

from .model import Timex
from .timex_format import iso_week


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift_unit(unit: str, n: int, base: date, ref_quarter: str | None = None) -> Timex:
    """`base` moved by n units, with that unit's grain."""
    if unit == "day":
        return Timex((base + timedelta(days=n)).isoformat(), "day")
    if unit in ("week", "weekend"):
        d = base + timedelta(weeks=n)
        return Timex(iso_week(d) + ("-WE" if unit == "weekend" else ""), "week")
    if unit == "month":
        y, m = add_months(base.year, base.month, n)
        return Timex(f"{y:04d}-{m:02d}", "month")
    if unit == "quarter":
        y, m = add_months(base.year, base.month, 3 * n)
        return Timex(f"{y:04d}-Q{quarter_of(m)}", "quarter")
    if unit == "year":
        if ref_quarter:
            return Timex(f"{base.year + n:04d}-{ref_quarter}", "quarter")
        return Timex(f"{base.year + n:04d}", "year")
    if unit == "decade":
        return Timex(f"{(base.year + 10 * n) // 10:03d}", "decade")
    if unit == "century":
        return Timex(f"{(base.year + 100 * n) // 100:02d}", "century")
    raise ValueError(unit)

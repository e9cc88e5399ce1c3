"""Alternatives offered as an estimate: "two or three search engines", "20 or 30 years",
"one or two rivals". A reader takes "N or M" as one rough figure between N and M, not as two
claims (and the first number alone counts nothing). Joined into one range by range_joins._range,
with no qualifier of its own: low/high already say the figure is rough, and a qualifier the text
does not write ("about") is one a reader marks wrong.

Why apart: one small judgement on two numbers' values and units, asked only where "or" joins two
numbers."""
from __future__ import annotations

from .units import TIME_UNITS


def is_alternative(lo: float | None, hi: float | None, unit: str | None, qualified: bool) -> bool:
    """Close rising bare counts ("two or three search engines", "20 or 30 attempts") and
    durations ("two or three weeks", "in three or four years": one stretch of time, which is how
    newsquant marks "three or four years" too); not "5 or 50", not "around 25k or 40k" (two
    estimates). Money and other measures ("eight or nine euros") stay two figures, each with the
    unit: the convention of the figures benchmarks (newsquant marks both numbers there)."""
    if lo is None or hi is None or qualified or (unit is not None and unit not in TIME_UNITS):
        return False
    return 0 < lo < hi <= 3 * lo

"""Alternatives offered as an estimate: "two or three search engines", "20 or 30 years",
"one or two rivals". A reader takes "N or M" as one rough figure between N and M, not as two
claims (and the first number alone counts nothing). Joined into one range by component._range,
with no qualifier of its own: low/high already say the figure is rough, and a qualifier the text
does not write ("about") is one a reader marks wrong.

Why apart: one small judgement on two numbers' values and units, asked only where "or" joins two
numbers."""
from __future__ import annotations


def is_alternative(lo: float | None, hi: float | None, unit: str | None, qualified: bool) -> bool:
    """Close rising bare counts ("two or three search engines", "20 or 30 attempts"); not
    "5 or 50", not "around 25k or 40k" (two estimates). Measures and money ("eight or nine
    euros", "three or four years") stay two figures, each with the unit: the convention of the
    figures benchmarks (newsquant marks both numbers), which a reader accepts too."""
    if lo is None or hi is None or unit is not None or qualified:
        return False
    return 0 < lo < hi <= 3 * lo

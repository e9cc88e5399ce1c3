"""The year a results story means by "the full year" or "the year as a whole": the year of the
quarter it has just reported. "Fourth-quarter profits doubled ... for the full year, income rose
20%" speaks of the year that quarter closes, not of the publication year (results for the last
quarter of 2004 come out early in 2005), nor of the year the article implies. After a third
quarter the full year is still that quarter's year, the one in progress.

Only a quarter the text reported near before (component.last_quarter, explicit, not planned)
counts; otherwise these words keep their lexicon reading (publication or implied year).
"""
from __future__ import annotations

import re

from .model import Context, Timex

RESULTS_YEAR = frozenset({"the full year", "the year as a whole", "the full year as a whole"})


def results_year(t: str, ctx: Context) -> Timex | None:
    """The year of the quarter reported just before `t`, when `t` names the results' year."""
    if t not in RESULTS_YEAR or ctx.ref_q is None:
        return None
    m = re.fullmatch(r"(\d{4})-Q[1-4]", ctx.ref_q.value or "")
    return Timex(m[1], "year", anchored="quarter") if m else None

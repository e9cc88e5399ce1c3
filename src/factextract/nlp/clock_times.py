"""Two four-digit numbers that are 24-hour clock times, not years or counts: "a curfew between
2200 and 0700", "open from 1100 to 2300". Shared by dates (which reads them as times) and
figures (which must then not count them), so both take the same pairs.

A pair of years ("between 1990 and 1995") and a change ("rose from 1500 to 2200") are no times:
a pair is read as times when it holds a leading zero, runs backwards over midnight, ends in
"hours", or both are round quarter-hours after no verb of change."""
from __future__ import annotations

import re

HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_YEARISH = re.compile(r"1\d{3}|20\d\d")
_CHANGE = re.compile(r"\b(?:rose|risen|rises|rising|rise|fell|fallen|falls|falling|fall|grew|grown|"
                     r"increased|decreased|jumped|climbed|dropped|declined|went|up|down|cut|raised|"
                     r"lifted|lowered|moved|changed|expanded)\b[^.;\n]{0,12}$", re.I)


def is_clock_pair(a: str, b: str, before: str = "", hours_after: bool = False) -> bool:
    """Whether `a` and `b` (the digits of "between A and B" / "from A to B") are clock times;
    `before`: the text before the pair's first word, `hours_after`: "hours" follows B."""
    if not (HHMM.fullmatch(a) and HHMM.fullmatch(b)) or _CHANGE.search(before):
        return False
    if _YEARISH.fullmatch(a) and _YEARISH.fullmatch(b) and a < b:
        return hours_after and not a.startswith(("19", "20"))
    return hours_after or a[0] == "0" or b[0] == "0" or a > b or \
        (a[2:] in ("00", "15", "30", "45") and b[2:] in ("00", "15", "30", "45"))

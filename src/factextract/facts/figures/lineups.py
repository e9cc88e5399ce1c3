"""The numbers of a football report's team sheet: substitutions and goal times after a
player's name ("Purdie (Mills 83)", "Rigoglioso 59.", "Hallworth 35 og, Tennant 41, Okafor 67.")
are minutes of the match, points in time, not counts a reader would check.

Why apart from title_numbers.py: those are names followed by a number inside running text;
these are lines of their own at the foot of a report, read by the shape of the whole line
(names each followed by a minute) or of the bracket "(Name minute)"."""
from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|van|de|da|di|le))*"
_SCORERS = re.compile(rf"(?:{_NAME}\s\d{{1,3}}(?:\s(?:og|pen))?(?:,\s*|\.?\s*$))+")
_SUB_BEFORE = re.compile(rf"\({_NAME}\s$")


def is_minute(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a minute on a team sheet or scorers' line."""
    if not text[start:end].isdigit() or len(text[start:end]) > 3:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if _SUB_BEFORE.search(text[line_start:start]) and text[end:end + 1] == ")":
        return True       # "Purdie (Mills 83)": Mills came on in the 83rd minute
    return bool(_SCORERS.fullmatch(line.strip()))

""""cut its stake from 70% to 49%", "pay rose from £340m to £400m": two ends of a change,
not a range of values. The record keeps both ends as low/high (what the text spans) and gives
the level reached as the value, so a reader sees the figure the sentence is about.

Why apart from the range join: the join decides that two numbers form one figure; this only
decides whether that figure moved from one end to the other."""
from __future__ import annotations

import re

# a word of change in the clause before "from ... to ...": the figure moved
_CHANGE = re.compile(r"\b(?:ris(?:e|es|ing|en)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|"
                     r"cut(?:s|ting)?|reduc(?:e|es|ed|ing)|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|"
                     r"lower(?:s|ed|ing)?|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|grow(?:s|ing|n)?|grew|"
                     r"extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|trim(?:s|med|ming)?|shr[iau]nk(?:s|ing)?|"
                     r"jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|slip(?:s|ped|ping)?|revis(?:e|es|ed|ing)|"
                     r"chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|"
                     r"downgrad(?:e|es|ed|ing)|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|"
                     r"tumbl(?:e|es|ed|ing)|slash(?:es|ed|ing)?|up(?:s|ped|ping)?|down)\b", re.I)
# words of a spread of values: "prices range from", "sizes from", "anything from"
_SPREAD = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anything|anywhere|"
                     r"between|spann?(?:s|ed|ing)?)\b", re.I)


def is_change(text: str, start: int, first: float, second: float) -> bool:
    """Whether "from <first> to <second>" starting near `start` is a change: it runs downward,
    or a word of change stands in its clause before "from"."""
    lead = text[max(0, start - 80):start]
    if not re.search(r"\bfrom\s+$", lead, re.I):
        return False
    clause = re.split(r"[.;:!?\n]", lead)[-1]
    if _SPREAD.search(clause):
        return False
    return first > second or bool(_CHANGE.search(clause))

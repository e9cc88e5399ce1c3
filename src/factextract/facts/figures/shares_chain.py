"""A run of shares in one paragraph that all count the same people: "41% of respondents said
housing had got harder, compared to 27% who felt it was easing. Likewise, 52% were
gloomy": the later bare shares are shares of the respondents too.

Why apart from the counted readers: counted_clause.py reads a figure's own clause; this
carries a noun across clauses, which is only safe in this narrow shape: the bare share is the
subject of its clause (a verb or "who" right after it), an earlier share in the same paragraph
named its group with "of" ("44% of respondents"), and no other figure with a counted noun
stands between them."""
from __future__ import annotations

import re

from ...records import Figure
from . import poll_shares, surveyed

# right after a bare share that is its clause's subject: "48% were", "34% who said"
_SUBJECT_AFTER = re.compile(r"\s+(?:who|were|are|was|is|said|say|says|saw|see|have|had|think|"
                            r"thought|believe|believed|backed|back|want|wanted|would|will|voted|"
                            r"agreed|agree|disagreed|disagree|supported|support|opposed|oppose|"
                            r"felt|feel|expect|expected|preferred|prefer|used|use|did|do)\b")
_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+|all\s+|those\s+)?")


def carry_group(text: str, figures: list[Figure]) -> None:
    """Give a bare subject share the group of the last "N% of X" share of its paragraph."""
    surveyed.name_groups(text, figures)   # "29% of those asked", "Of those polled, 40% said"
    group: str | None = None
    for prev_end, f in zip([0] + [g.end for g in figures], figures):
        if "\n" in text[prev_end:f.start]:
            group = None                 # a new paragraph: the group is not carried over
        if f.unit != "percent":
            if f.counted:
                group = None             # another counted thing stands between
            continue
        if f.counted:
            m = _OF_GROUP.match(text, f.end)
            group = f.counted if m and text.startswith(f.counted, m.end()) else None
        elif group and _SUBJECT_AFTER.match(text, f.end):
            f.counted = group
    surveyed.carry_back(text, figures, _SUBJECT_AFTER)
    poll_shares.carry(text, figures)      # "... 32% said": paragraphs on in a poll story (poll_shares.py)

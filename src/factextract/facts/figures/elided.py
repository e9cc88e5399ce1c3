"""A count whose noun is left out because the sentence goes on with the same count: "The plan
cuts 7,800 jobs. Some 560 will be lost in Leeds and 400 are to go in York": 560 and 400 are
jobs, parts of the 7,800.

Why apart from counted_neighbours.py: that fills a noun from the words right before a figure;
this carries the noun of the previous count, and only in a narrow shape: the bare count is the
subject of its clause (an auxiliary right after it), it is smaller than the count before it
(a part of it), both are plain counts in the same paragraph, at most one sentence apart."""
from __future__ import annotations

import re

from ...records import Figure

_SUBJECT = re.compile(r"\s+(?:will|would|are|were|is|was|have|had|could|may|might|should|must)\s+"
                      r"(?:be\s+|have\s+|also\s+|now\s+)?(?:lost|cut|go|axed|created|shed|made|moved|"
                      r"based|added|closed|affected|hired|recruited|transferred|employed|relocated|"
                      r"to\s+go|to\s+be)\b", re.I)


def carry(text: str, figures: list[Figure]) -> None:
    """Fill an empty `counted` of a bare subject count from the count just before it."""
    prev: Figure | None = None
    for f in figures:
        if prev is not None and f.unit is None and not f.counted and prev.unit is None and prev.counted \
                and isinstance(f.value, (int, float)) and isinstance(prev.value, (int, float)) \
                and 0 < f.value < prev.value and _SUBJECT.match(text, f.end):
            gap = text[prev.end:f.start]
            if "\n" not in gap and len(gap) < 200 and len(re.findall(r"[.!?]\s", gap)) <= 1:
                f.counted = prev.counted
        if f.unit is None:
            prev = f          # a period or a sum between ("over two years", "saving £5m") is skipped

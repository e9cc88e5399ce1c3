"""A ratio written as two numbers: "Eight out of 10 voters", "two in every 10 homes" is one
claim, a share of the voters (0.8, the way "one in five" reads), not a count of eight and
another of ten voters.

Why apart from the component: the two numbers are read as separate figures first; this joins
them once, after all figures of the document are read, by the words between them."""
from __future__ import annotations

import re

from ...records import Figure

_OUT_OF = re.compile(r"\s+(?:out\s+of|in(?:\s+every)?)\s+", re.I)
# "64 million out of 512 million handsets" is two counts a reader checks apart; a share's base
# is a small round number ("eight out of 10", "two out of three", "99 out of 100")
_MAX_BASE = 1000


def join(text: str, figures: list[Figure]) -> list[Figure]:
    """Replace each "A out of B" pair of plain counts (B at most 1,000) by one share figure (A/B, a fraction as "one in five" is)."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        a = figures[i]
        b = figures[i + 1] if i + 1 < len(figures) else None
        if b is not None and a.unit is None and b.unit is None and _OUT_OF.fullmatch(text[a.end:b.start]) \
                and isinstance(a.value, (int, float)) and isinstance(b.value, (int, float)) \
                and 0 <= a.value <= b.value and 0 < b.value <= _MAX_BASE:
            out.append(Figure(text=text[a.start:b.end], start=a.start, end=b.end, value=a.value / b.value,
                              qualifier=a.qualifier or b.qualifier, counted=b.counted or a.counted))
            i += 2
            continue
        out.append(a)
        i += 1
    return out

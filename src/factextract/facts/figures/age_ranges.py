"""Ranges of ages: "people aged between 18 and 34", "voters aged 18 to 24", "those aged 18-24"
are years at both ends. The single-age reader (implied_units.age_unit) leaves a number followed
by "to 24" alone so that the range is read as one; here both numbers of such a range take the
unit before they are joined.

Why apart: one look at the words before the first number of a pair, asked of bare numbers only."""
from __future__ import annotations

import re

_AGED = re.compile(r"\baged\s+(?:between\s+|from\s+)?$", re.I)
_JOIN = re.compile(r"\s*(?:and|to|-|–)\s*")


def mark(text: str, hits: list) -> list:
    """Give both numbers of "aged 18 to 24" the unit "year" (hits are sorted, not yet joined)."""
    for a, b in zip(hits, hits[1:]):
        if a.unit is None and b.unit is None and a.num.value is not None and b.num.value is not None \
                and 0 < a.num.value < b.num.value < 120 and _JOIN.fullmatch(text, a.end, b.start) \
                and _AGED.search(text, max(0, a.start - 16), a.start):
            a.unit = b.unit = "year"
            a.unit_explicit = b.unit_explicit = True
    return hits

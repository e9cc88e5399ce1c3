"""Fraction words that are ordinals: "for a third week", "a fifth year in a row", "a sixth day"
rank a period, they do not measure a third of a week. A fraction word from "third" on, after
"a"/"an", right before a singular unit of time (no "of") is read as an ordinal: no figure.
"A third of the week", "half a day" and "a quarter hour" stay fractions.

Why apart: one look at the word after a fraction, asked only where "a third"-like words match."""
from __future__ import annotations

import re

_ORDINAL = re.compile(r"(?i:an?[^\S\n]+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))")
_TIME_AFTER = re.compile(r"[^\S\n]+(?:second|minute|hour|day|night|week|month|year|decade|century|"
                         r"season|term|time|round|quarter)\b(?!\s+of\b)", re.I)


def is_ordinal(text: str, start: int, end: int) -> bool:
    """Whether the fraction text[start:end] ranks the period after it ("a third week")."""
    return _ORDINAL.fullmatch(text, start, end) is not None and _TIME_AFTER.match(text, end) is not None

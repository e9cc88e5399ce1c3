"""A number with a capitalised unit word inside running text is a name, not a measure: the
rapper "50 Cent", the programme "60 Minutes". Nobody writes "50 Cents" or "60 Minutes" with
capitals for an amount or a duration in the middle of a sentence.

Why apart from title_numbers.is_digit_title: that needs a third capitalised word ("24 Hour
Party People"); a two-word name has none. Units named after people or places ("20 Celsius",
"Swiss francs") and abbreviations ("50 Mbps") keep their capital and stay measures."""
from __future__ import annotations

import re

from .title_numbers import is_digit_title
from .units import unit_table

_WORD = re.compile(r"[A-Z][a-z]{2,}")
_PROPER_UNITS = frozenset({"celsius", "fahrenheit", "kelvin", "centigrade", "richter"})
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_PER_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s", re.I)


def is_name(text: str, start: int, unit_end: int) -> bool:
    """Digits, a space and a capitalised unit word, on a line of running text (a lowercase
    word before it, so not a title-case headline)."""
    part = text[start:unit_end]
    if " " not in part:
        return False
    word = part.split()[-1]
    if not _WORD.fullmatch(word) or word in unit_table()[1] or word.lower() in _PROPER_UNITS \
            or not re.fullmatch(r"[\d.,]+", part.split()[0]):
        return False
    if _PER_AFTER.match(text, unit_end):
        return False             # "open 24 Hours a day": a capital for emphasis, still a measure
    line_start = text.rfind("\n", 0, start) + 1
    return _LOWER_WORD.search(text, line_start, start) is not None


def is_title(text: str, start: int, unit_end: int) -> bool:
    """A title or a name made of digits and capitalised words (see the module docstring)."""
    return is_digit_title(text, start, unit_end) or is_name(text, start, unit_end)

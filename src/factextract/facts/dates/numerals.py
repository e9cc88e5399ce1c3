"""Numbers written in words: "twenty-five" -> 25, "nineteen ninety-six" -> 1996.

News spells small counts ("two days ago") and, in quotes and transcripts, years; the rules
read both through here so the digit and the word forms resolve alike.
"""
from __future__ import annotations

import re

from .vocabulary import NUMBERS


def parse_number(word: str) -> int | None:
    word = word.strip()
    if word.isdigit():
        return int(word)
    if word in NUMBERS:
        return NUMBERS[word]
    if "-" in word:
        a, _, b = word.partition("-")
        if a in NUMBERS and b in NUMBERS:
            return NUMBERS[a] + NUMBERS[b]
    return None


_SPELLED_YEAR = re.compile(
    r"(?:the year )?(nineteen|twenty)[ -](?:(?:hundred(?: and)? )?([a-z]+(?:-[a-z]+)?)|(hundred))$")


SPELLED_IN_TEXT = re.compile(r"(?:nineteen|twenty)[ -](?:hundred(?: and)? )?[a-z]+(?:-[a-z]+)?|two thousand(?: and)?(?: [a-z]+(?:-[a-z]+)?)?")


def spelled_year(text: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand (and) one' -> 2001."""
    m = re.fullmatch(r"(?:the year )?two thousand(?: and)?(?: ([a-z-]+))?", text)
    if m:
        n = parse_number(m.group(1)) if m.group(1) else 0
        return 2000 + n if n is not None and n < 100 else None
    m = _SPELLED_YEAR.fullmatch(text)
    if m:
        century = 1900 if m.group(1) == "nineteen" else 2000
        if m.group(3):
            return century
        n = parse_number(m.group(2))
        if n is not None and 10 <= n < 100:
            return century + n
    return None

"""A name's possessive before a section's or a pick's noun ("Kanae's Review", "Gavin's Choice",
"Editor's Picks") titles a part of the page: the phrase is no organisation nor person.

Web pages head a reviewer's paragraph, a column or a list with "<Name>'s <Noun>"; the model
reads the pair as one organisation. The pair goes (patterns/entities/possessive_headings.txt);
the name before the possessive stays as a person's when it is one capitalised word that is no
common word and no place or body the gazetteers know (a reviewer named by given name).
"""
from __future__ import annotations

import re

from ...nlp.resources import load_wordlist

_PAIR = re.compile(r"^([A-Z][\w-]*)['’]s ([A-Z][a-z]+)$")


class PossessiveHeadings:
    """Splits "<Name>'s <heading noun>" into the person alone, or nothing."""

    def __init__(self, known: set[str]) -> None:
        self.nouns = {w.lower() for w in load_wordlist("entities/possessive_headings.txt")}
        self.common = {w.lower() for w in load_wordlist("entities/common_words.txt")}
        self.known = {k.lower() for k in known}

    def split(self, surface: str) -> tuple[bool, int]:
        """(is a heading, length of the name to keep as a person's, 0 for none)."""
        m = _PAIR.match(surface)
        if m is None or m.group(2).lower() not in self.nouns:
            return False, 0
        name = m.group(1)
        low = name.lower()
        keep = low not in self.common and low not in self.known and not name.isupper()
        return True, len(name) if keep else 0

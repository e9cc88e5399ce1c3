"""Organisations of a sports report that name no body: fragments of an event's or a table's name.

The model types organisation what stands where a body would: the first words of an event's
name ("his World Indoor title", "at the European Indoors"), a pool of a draw ("from Group A",
"Group D"), a word of club business capitalised in a quote ("the AGM", "the Directors"), a
headline's clipped word ("Ref stands by ...", "Euro progress"), and the country codes of a
team list ("J Smit (SA)", "G Gregan (Aus, capt)"). None is an organisation a reader would
list, so the referent is dropped. Sports reports only; the words are data
(patterns/entities/sport_fragments.txt). A code counts only inside a team list's brackets.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...nlp.resources import load_groups

_POOL = re.compile(r"^group(?: [a-h])?$")        # "Group", "Group A" ... "Group H"
_CODE_CONTEXT = re.compile(r"\([ \t]*$")          # the code opens its bracket ...
_CODE_AFTER = re.compile(r"^[ \t]*(?:\)|,[ \t]*capt)")   # ... and closes it, or ", capt)"


class SportFragments:
    """Says an organisation referent of a sports report is a fragment, no body."""

    def __init__(self) -> None:
        words = load_groups("entities/sport_fragments.txt")
        self.fragments = words["fragment"]
        self.codes = words["code"]

    def drop(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """Every name of the referent a fragment, or every mention a team list's country code."""
        names = {text[s:e].lower() for s, e in spans}
        if not names:
            return False
        if all(n in self.fragments or _POOL.match(n) for n in names):
            return True
        return all(n in self.codes for n in names) and all(self._in_brackets(text, s, e) for s, e in spans)

    @staticmethod
    def _in_brackets(text: str, s: int, e: int) -> bool:
        return bool(_CODE_CONTEXT.search(text[max(0, s - 3):s]) and _CODE_AFTER.match(text[e:e + 10]))

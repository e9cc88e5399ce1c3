"""A name listed with places or organisations is one of them ("the boroughs of Hillingdon and
Wandsworth", "Shrewsbury, Dorset and Torbay", "iTunes and Napster").

The model types a lone unknown word by its letters; the words it is listed with say more. For
a referent typed "people" with no person's evidence (person_check.py decides that), the types
of the names right before or after its mentions, joined by a comma, "and" or "or", are read: when
they are all places, or all organisations, and never a person, so is it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_JOIN_BEFORE = re.compile(r"(?:,|,? and|,? or)[ \t]+$")
_JOIN_AFTER = re.compile(r"^(?:,|,? and|,? or)[ \t]+")


class Coordination:
    """The one type of the names a referent's mentions are listed with, from one doc's groups."""

    def __init__(self, text: str, groups: list[dict], known: set[str]) -> None:
        """`known`: the gazetteers' names (lowercase): only a place or a body a gazetteer knows
        types its neighbours ("Matisse and Stravinsky" stay people whatever the model said)."""
        self.text = text
        self.ends: dict[int, str] = {}
        self.starts: dict[int, str] = {}
        for g in groups:
            for s, e in g["mentions"]:
                if g["type"] == "people" or text[s:e].lower() in known:
                    self.ends[e] = g["type"]
                    self.starts[s] = g["type"]

    def listed_with(self, spans: Sequence[tuple[int, int]]) -> str | None:
        seen = self._neighbours(spans)
        return seen.pop() if len(seen) == 1 and "people" not in seen else None

    def beside_people(self, spans: Sequence[tuple[int, int]]) -> bool:
        """Listed with people ("Bullock, Duff, Wilson, Ritchie"): a line-up's player."""
        return "people" in self._neighbours(spans)

    def only_people(self, spans: Sequence[tuple[int, int]]) -> bool:
        """Listed with people and nothing else ("Phil Vickery and Hill", "Robben and Damien Duff")."""
        return self._neighbours(spans) == {"people"}

    def _neighbours(self, spans: Sequence[tuple[int, int]]) -> set[str]:
        text, seen = self.text, set()
        for s, e in spans:
            after = _JOIN_AFTER.match(text[e:e + 8])
            follows = after is not None and e + after.end() in self.starts
            if follows:
                seen.add(self.starts[e + after.end()])
            before = _JOIN_BEFORE.search(text, max(0, s - 8), s)
            # a bare comma before is a list only when the list goes on after the mention:
            # "President of the Parliament, Josep Borrell, said" is an apposition
            if before and before.start() in self.ends and (before.group().strip() != "," or follows):
                seen.add(self.ends[before.start()])
        return seen

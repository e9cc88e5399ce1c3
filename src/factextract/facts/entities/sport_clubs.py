"""Clubs the model took for people in sports reports: "Everton said", "Lazio lost 2-0".

A club named like a person ("Chelsea", "Everton") or after its town ("Leicester", "Gloucester")
comes out of the model as a person when no club cue stands next to it. In a sports article a
name on the clubs list (patterns/entities/sports_clubs.txt) that has no person's strong evidence
(a role or honorific before it, a given name first) is the club; a club issues statements, so a
speech verb after it is no evidence of a person here.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...nlp.resources import load_wordlist
from .person_check import PersonCheck


@lru_cache(maxsize=1)
def club_names() -> frozenset[str]:
    """The clubs list, lower-cased, loaded once."""
    return frozenset(n.lower() for n in load_wordlist("entities/sports_clubs.txt"))


class SportClubs:
    """Decides whether a people referent of a sports article is a club."""

    def __init__(self, person_check: PersonCheck) -> None:
        self.person_check = person_check
        self.clubs = club_names()

    def is_club(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """Every name of the referent is a club's and nothing says it is a person."""
        names = {text[s:e] for s, e in spans}
        if not names or any(n.lower() not in self.clubs for n in names):
            return False
        if any(self.person_check.given_first(n.split()) for n in names):
            return False
        return not self.person_check.strong_evidence(text, spans)

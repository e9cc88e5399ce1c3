"""Clubs the model took for people in sports reports: "Everton said", "Lazio lost 2-0".

A club named like a person ("Chelsea", "Everton") or after its town ("Leicester", "Gloucester")
comes out of the model as a person when no club cue stands next to it. In a sports article a
name on the clubs list (patterns/entities/sports_clubs.txt) that has no person's strong evidence
(a role or honorific before it, a given name first) is the club; so is a name that ends with a
club's last word ("Sheff Utd", "Bristol Rovers": patterns/entities/club_heads.txt). A club issues
statements, so a speech verb after it is no evidence of a person here.
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


@lru_cache(maxsize=1)
def club_heads() -> frozenset[str]:
    """The last words of clubs' names ("United", "Rovers", "FC"), lower-cased, loaded once."""
    return frozenset(n.lower() for n in load_wordlist("entities/club_heads.txt"))


def club_shaped(name: str) -> bool:
    """A name of two words or more whose last word is a club's ("Sheff Utd", "Partick Thistle")."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in club_heads()


class SportClubs:
    """Decides whether a people referent of a sports article is a club."""

    def __init__(self, person_check: PersonCheck) -> None:
        self.person_check = person_check
        self.clubs = club_names()

    def is_club(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """Every name of the referent is a club's and nothing says it is a person."""
        names = {text[s:e] for s, e in spans}
        if not names or any(n.lower() not in self.clubs and not club_shaped(n) for n in names):
            return False
        if any(self.person_check.given_first(n.split()) for n in names):
            return False
        return not self.person_check.strong_evidence(text, spans)


_CLUB_LETTERS = frozenset(("fc", "afc"))


def _stem_and_last(key: str) -> tuple[str, str]:
    """"newry fc" -> ("newry", "fc"); a one-word key has no last word."""
    stem, _, last = key.rpartition(" ")
    return (stem, last) if stem else (key, "")


def join_club_forms(groups: list[dict]) -> list[dict]:
    """In a sports report "Newry FC" is the club "Newry City" of the same article: a club named
    with "FC" or "AFC" joins the one organisation named with the same first words and another
    club's last word. Two such ("Bristol City", "Bristol Rovers") leave it alone: which is it?
    Groups are the grouping's {"type", "keys", "mentions", "votes"} with lowercase keys."""
    orgs = [g for g in groups if g["type"] == "organisations"]
    heads = club_heads() - _CLUB_LETTERS
    merged: set[int] = set()
    for g in orgs:
        if len(g["keys"]) != 1:
            continue
        stem, last = _stem_and_last(next(iter(g["keys"])))
        if last not in _CLUB_LETTERS:
            continue
        owners = [o for o in orgs if o is not g and id(o) not in merged
                  and any(_stem_and_last(k)[0] == stem and _stem_and_last(k)[1] in heads for k in o["keys"])]
        if len(owners) != 1:
            continue
        owners[0]["keys"] |= g["keys"]
        owners[0]["mentions"] += g["mentions"]
        owners[0]["votes"] += g["votes"]
        merged.add(id(g))
    return [g for g in groups if id(g) not in merged]

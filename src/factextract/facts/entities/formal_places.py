"""Formal names of places kept whole: "State of California", "Republic of Congo", "Isle of Man",
"The Hague".

The model reads "the State of California sued" as a body and "the Isle of Wight" as an
organisation; a reader sees one place. A proposal made of a place head ("State", "Republic",
"Isle" ...), "of", an optional "the" and a capitalised name becomes a place when that name is
a known place, or when the head is an island's (islands are seldom in the gazetteer).
Where a capitalised "The" is part of a known place's name ("The Hague"), the trimming of a
leading "the" (cleaning.py) keeps it: `keeps_the`.
Words are data: patterns/entities/formal_places.txt.
"""
from __future__ import annotations

from functools import lru_cache

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal
from .tokens import TokenView

_ISLANDS = frozenset(("isle", "island", "islands", "isles"))


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    return load_groups("entities/formal_places.txt")


def keeps_the(name: str) -> bool:
    """Is `name` a known place whose leading capitalised "The" belongs to it ("The Hague")?"""
    return name.startswith("The ") and " ".join(name.split()).lower() in _groups().get("the", frozenset())


class FormalPlaces:
    """Types "<Head> of [the] <Place>" proposals as one place."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.heads = _groups().get("head", frozenset())

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> None:
        L, T = v.lowers, v.toks
        for sp in spans:
            if sp.src in GAZETTEER_IDS or sp.e - sp.s < 3:
                continue
            k = next((i for i in range(sp.s + 1, min(sp.e, sp.s + 3)) if L[i] == "of"), None)
            if k is None or " ".join(L[sp.s:k]) not in self.heads or not T[sp.s].is_title:
                continue
            rest = k + 2 if k + 1 < sp.e and L[k + 1] == "the" else k + 1
            if rest >= sp.e or not all(T[i].is_title for i in range(rest, sp.e)):
                continue
            known = v.txt(rest, sp.e).lower() in self.lex.places
            if known and sports and L[sp.s] == "republic":
                continue   # "Republic of Ireland" in a match report: the team
            if known or L[k - 1] in _ISLANDS:
                sp.type, sp.src = "places", "region"   # a gazetteer's place inside: no more support needed

"""A street a preposition puts something on is a place: "a crash on Peachtree Road", "closed
between Ellijay Drive and Apple Valley Road", "the shop off Mill Lane".

Local news names streets all the time; the model calls many of them organisations ("Apple
Valley Road") or leaves them out, and the landmark nouns (landmarks.py) leave "Road" and
"Street" out because clubs, firms and albums end in them too ("Abbey Road"). Here the
preposition decides: a title-case name of one to three words ending in a street noun, the noun
not followed by another name word or noun ("Road Haulage Association", "Street party"), right
after a locating preposition (with or without "the"), or after "and"/"or" that follows such a
street. A title's cue before it ("starring in Brasswick Lane") makes it a work, left alone.
A gazetteer's or a rule's type stays; the model's or a propagated proposal of the
whole name is retyped, an unproposed name added. The words are data:
patterns/entities/street_heads.txt. Only street-noun tokens are looked at.
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .proposal import Proposal, propose_or_retype
from .tokens import TokenView
from .venues import run_after_lower_word
from .works import titled_at

PLACES = "places"
_MOST = 3   # name words before the street noun
_RETYPABLE = ("model", "prop")


class StreetNames:
    """Adds or retypes place proposals for streets a preposition locates (in place)."""

    def __init__(self) -> None:
        rows = load_wordlist("entities/street_heads.txt")
        self.heads = frozenset(w.lower() for w in rows if not w.startswith("prep:"))
        self.preps = frozenset(w.split(":", 1)[1].strip().lower() for w in rows if w.startswith("prep:"))

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        streets: list[tuple[int, int]] = []
        for k, low in enumerate(v.lowers):
            if low in self.heads:
                found = self._span(v, k, streets)
                if found is not None:
                    streets.append(found)
                    self._place(spans, *found)

    def _span(self, v: TokenView, k: int, streets: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The street's token span whose noun is token k, when a preposition locates it."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        if k == 0 or not T[k].is_title:
            return None
        if k + 1 < n and (T[k + 1].is_title or T[k + 1].pos_ in ("NOUN", "PROPN")):
            return None   # "Road Haulage Association", "the Downing Street party"
        run = run_after_lower_word(v, k, _MOST)
        if run is None:
            return None
        s, b = run
        if not (L[b] in self.preps or (L[b] in ("and", "or") and any(e == b for _, e in streets))):
            return None
        return None if titled_at(v, s, k + 1) else (s, k + 1)

    @staticmethod
    def _place(spans: list[Proposal], s: int, e: int) -> None:
        propose_or_retype(spans, s, e, PLACES, "street", lambda sp: sp.src in _RETYPABLE)

"""A landmark or venue named by a landmark noun ("Hollywood Boulevard", "Highbury Stadium",
"Trafalgar Square") is a place: the model often calls such names organisations or leaves
them out. A model organisation ending in such a noun is retyped; a capitalised name ending in
one that no rule proposed is added. A proposal a gazetteer or a rule typed stays (a known
club, company or body keeps its type). The noun alone after a place's possessive ("Florida's
Turnpike") is the landmark too, and the model's organisation of the noun alone after a
lowercase "the" ("the overpass of the Turnpike") is retyped. The nouns are data: patterns/entities/landmark_heads.txt.
Only tokens that are a landmark noun are looked at: one set look-up per token.
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .proposal import Proposal, overlapping
from .tokens import TokenView

PLACES = "places"
_MOST = 3   # name words before the noun


class Landmarks:
    """Retypes or adds place proposals for names ending in a landmark noun (in place)."""

    def __init__(self) -> None:
        self.heads = frozenset(w.lower() for w in load_wordlist("entities/landmark_heads.txt"))

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        T, L, n = v.toks, v.lowers, len(v.toks)
        for k, low in enumerate(L):
            if low not in self.heads or not T[k].is_title or k == 0:
                continue
            if k + 1 < n and T[k + 1].is_title and T[k + 1].is_alpha:
                continue   # "Millennium Stadium Company": the name goes on
            s = k
            while s > 0 and k - s < _MOST and T[s - 1].is_title and T[s - 1].is_alpha and not T[s - 1].is_stop \
                    and T[s - 1].whitespace_:
                s -= 1
            if s == k and k >= 2 and v.texts[k - 1] in ("'s", "’s") \
                    and any(sp.type == PLACES and sp.e == k - 1 for sp in spans):
                s = k   # "Florida's Turnpike": the head alone, owned by a place
            elif s == k and L[k - 1] == "the" and T[k - 1].is_lower:
                self._retype_alone(spans, k)   # "under the overpass of the Turnpike"
                continue
            elif s == k or T[s].is_sent_start:
                continue
            ov = overlapping(spans, s, k + 1)
            if not ov:
                spans.append(Proposal(s, k + 1, PLACES, "landmark"))
            elif len(ov) == 1 and ov[0].type == "organisations" and ov[0].src == "model" \
                    and ov[0].e == k + 1 and ov[0].s >= s:
                ov[0].type = PLACES

    @staticmethod
    def _retype_alone(spans: list[Proposal], k: int) -> None:
        """A capitalised landmark noun alone after "the" mid-sentence ("the Turnpike") names one:
        the model's organisation of that word is a place; nothing is added."""
        ov = overlapping(spans, k, k + 1)
        if len(ov) == 1 and (ov[0].s, ov[0].e) == (k, k + 1) and ov[0].type == "organisations" and ov[0].src == "model":
            ov[0].type = PLACES

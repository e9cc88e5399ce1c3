"""A named building a sentence puts someone in or at is a place: "at the Roosevelt Hotel in
Hollywood", "detained in Woodhill Prison", "a dinner at Buckingham Palace".

The model often tags such names as a facility the later checks cannot confirm (no gazetteer,
no place shape), cuts them to their last word ("Hotel"), or leaves them out. Two things
together make the venue: the name ends in a building noun (patterns/entities/venue_heads.txt:
Hotel, Prison, Palace, Castle, Theatre ...) and a locative preposition comes before it, with
or without "the" (patterns/entities/venue_prepositions.txt). Names no one proposed are added;
a model's or propagated proposal inside the name, or typed a person or a place over it, gives
way to the place. A rule's or a gazetteer's organisation over the whole name stays ("at the
National Theatre" keeps the company a cue typed); so does the model's organisation over the
whole name (a hotel or theatre is also a business). The name must stop at the noun ("the
Onyx Hotel tour" is a tour, "Blackpool Hotel Association" a body).
Only tokens that are a building noun are looked at: one set look-up per token.
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .proposal import Proposal, overlapping
from .tokens import TokenView

PLACES = "places"
_MOST = 3   # name words before the noun


def run_after_lower_word(v: TokenView, k: int, most: int) -> tuple[int, int] | None:
    """(s, b): the title-case run s..k that names a building or street, and the lower-case word b
    before it ("the" skipped) whose preposition says it is a place; None when the run is the noun
    alone or nothing lower-case stands before it. Shared by venues and streets."""
    s = v.title_words_before(k, most, spaced=True)
    if s == k:
        return None
    b = s - 1
    if b >= 0 and v.lowers[b] == "the":
        b -= 1
    if b < 0 or not v.toks[b].is_lower:
        return None
    return s, b


_RETYPABLE = ("model", "prop")


class Venues:
    """Adds or retypes place proposals for buildings a preposition locates (in place)."""

    def __init__(self) -> None:
        self.heads = frozenset(w.lower() for w in load_wordlist("entities/venue_heads.txt"))
        self.preps = frozenset(w.lower() for w in load_wordlist("entities/venue_prepositions.txt"))

    def span(self, v: TokenView, k: int) -> tuple[int, int] | None:
        """The venue's token span whose building noun is token k, or None."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        if not T[k].is_title or k == 0:
            return None
        if k + 1 < n and (T[k + 1].is_title or T[k + 1].pos_ in ("NOUN", "PROPN") or L[k + 1] == "of"):
            return None   # "Blackpool Hotel Association", "the Onyx Hotel tour", "Palace of ..."
        run = run_after_lower_word(v, k, _MOST)
        if run is None or L[run[1]] not in self.preps:
            return None
        return run[0], k + 1

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        for k, low in enumerate(v.lowers):
            if low not in self.heads:
                continue
            found = self.span(v, k)
            if found is None:
                continue
            s, e = found
            ov = overlapping(spans, s, e)
            if not ov:
                spans.append(Proposal(s, e, PLACES, "venue"))
                continue
            if any(sp.s < s or sp.e > e for sp in ov):
                continue   # a longer name runs through it: not ours to cut
            whole_org = [sp for sp in ov if (sp.s, sp.e) == (s, e) and sp.type == "organisations"]
            if whole_org:
                continue
            if all(sp.src in _RETYPABLE or sp.type == PLACES for sp in ov):
                spans[:] = [sp for sp in spans if not any(sp is o for o in ov)]
                spans.append(Proposal(s, e, PLACES, "venue"))

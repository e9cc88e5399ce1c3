"""The host of a sporting event named after it: "before the Athens Olympics", "ran the London
Marathon", "at the Birmingham Grand Prix", "the New York Marathon".

The model tags the whole phrase as an EVENT, FAC or ORG and the grouping drops it as no
person, organisation or place, so the city is lost though a reader lists it (the Games were
held there). A gazetteer place right before a title-case event head (data:
patterns/entities/event_place_heads.txt) is proposed as a place, the longest known name first
("New York", not "York"). A name the gazetteers do not know is left alone ("Rockstar Games").
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .lexicon import Lexicon
from .proposal import Proposal, overlapping
from .tokens import TokenView

PLACES = "places"
_MOST = 3   # name words looked at before the head


class EventPlaces:
    """Adds place proposals for the host city before an event head (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        self.heads: dict[str, list[list[str]]] = {}
        for head in load_wordlist("entities/event_place_heads.txt"):
            words = head.split()
            self.heads.setdefault(words[0], []).append(words)
        self.known = lex.places | lex.towns | lex.countries
        self.first_words = frozenset(w.lower() for w in self.heads)

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        if not self.first_words & v.lower_set:
            return      # no event head in the article: no walk over its tokens
        T = v.toks
        for k, tok in enumerate(T):
            if k == 0 or tok.text not in self.heads or not any(
                    [t.text for t in T[k:k + len(h)]] == h for h in self.heads[tok.text]):
                continue
            s = self._host(v, k)
            if s is not None and not overlapping(spans, s, k):
                spans.append(Proposal(s, k, PLACES, "modifier"))

    def _host(self, v: TokenView, k: int) -> int | None:
        """Start of the longest gazetteer place ending right before token k, or None."""
        T, L = v.toks, v.lowers
        for s in range(max(0, k - _MOST), k):
            if all(T[j].is_alpha and T[j].is_title for j in range(s, k)) and " ".join(L[s:k]) in self.known:
                if s > 0 and T[s - 1].is_alpha and T[s - 1].is_title and T[s - 1].lower_ != "the":
                    continue   # part of a longer name the gazetteer does not know
                return s
        return None

"""A town of the towns lists that no rule proposed, or that the model called a person, where the
text writes it as a place: after a locative preposition ("died in Bath aged 94", "fishermen from
Peterhead") or in a list beside a place ("Doncaster, Hartlepool, North Tyneside and
Stoke-on-Trent"). In a list an organisation proposal of the bare town name is retyped too.

Never in sports reports (there "at Middlesbrough" is the club). A name that goes on with a
capitalised word ("Bath Spa University") or sits inside another proposal is left alone. One
dictionary look-up per token; the towns are data (patterns/entities/towns*.txt).
"""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal, overlapping
from .tokens import TokenView, listed_beside

PLACES = "places"
_LOCATIVE = frozenset("in from near outside around across throughout between at to into via".split())


class TownMentions:
    """Adds or retypes place proposals for towns written as places (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        self.names: dict[str, list[tuple[str, ...]]] = {}
        for town in lex.towns:
            words = tuple(town.replace("-", " - ").split())
            self.names.setdefault(words[0], []).append(words)
        for first in self.names:
            self.names[first].sort(key=len, reverse=True)
        self.known = lex.places | lex.towns | lex.countries

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> None:
        if sports:
            return
        T, L, n = v.toks, v.lowers, len(v.toks)
        places: set[int] | None = None
        k = 0
        while k < n:
            e = self._town_end(v, k) if L[k] in self.names and T[k].is_title else None
            if e is None:
                k += 1
                continue
            if places is None:
                places = {j for sp in spans if sp.type == PLACES for j in range(sp.s, sp.e)}
            listed = self._listed(v, k, e, places)
            if listed or (k > 0 and L[k - 1] in _LOCATIVE and T[k - 1].is_lower):
                ov = overlapping(spans, k, e)
                if not ov:
                    spans.append(Proposal(k, e, PLACES, "town"))
                    places.update(range(k, e))
                elif len(ov) == 1 and ov[0].s == k and ov[0].e == e and ov[0].src not in GAZETTEER_IDS \
                        and (ov[0].type == "people" or (listed and ov[0].type == "organisations")):
                    ov[0].type = PLACES
                    places.update(range(k, e))
            k = e

    def _town_end(self, v: TokenView, k: int) -> int | None:
        """End of the town named from token k, when the name ends there (no capitalised word after)."""
        L, T, n = v.lowers, v.toks, len(v.toks)
        for words in self.names[L[k]]:
            e = k + len(words)
            if tuple(L[k:e]) == words:
                if e < n and T[e].is_title and T[e].is_alpha and not T[e].is_sent_start:
                    return None   # "Bath Spa University", "Newport County"
                return e
        return None

    def _listed(self, v: TokenView, s: int, e: int, places: set[int]) -> bool:
        """In a list of names one of which is a place: "Doncaster, Hartlepool and Stoke"."""
        return listed_beside(v, s, e, lambda k: k in places or v.lowers[k] in self.known, over_names=True)

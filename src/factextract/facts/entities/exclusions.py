"""Proposals that are no mentions: a name inside an adjective ("New York-based") or inside
the name of an event ("the Atlanta Games")."""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal
from .tokens import TokenView, capitalised


class Exclusions:
    """Drops proposals inside hyphenated adjectives and event names."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def drop(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        return [sp for sp in spans if not self._in_compound(v, sp) and not self._in_event(v, sp)]

    @staticmethod
    def _in_compound(v: TokenView, sp: Proposal) -> bool:
        """"New York-based", "pro-Moscow", "ex-England": a name inside an adjective is no mention."""
        T, n = v.toks, len(v.toks)
        if sp.type == "people":
            return False
        after = sp.e + 1 < n and T[sp.e].text == "-" and not T[sp.e - 1].whitespace_ and T[sp.e + 1].is_lower
        before = sp.s >= 2 and T[sp.s - 1].text == "-" and not T[sp.s - 2].whitespace_ and T[sp.s - 2].is_lower
        return after or before

    def _in_event(self, v: TokenView, sp: Proposal) -> bool:
        """"African Nations Cup", "the Atlanta Games", "U.S. Open": event names are not entities,
        nor the places inside them (unless a gazetteer knows the whole name)."""
        T, event_heads = v.toks, self.lex.event_heads
        if sp.src in GAZETTEER_IDS and T[sp.e - 1].lower_ not in event_heads:
            e = sp.e
            while e < len(T) and e - sp.e < 3 and capitalised(T[e].text) and T[e].is_alpha:
                if T[e].lower_ in event_heads:
                    return True
                e += 1
            return False
        return T[sp.e - 1].lower_ in event_heads and sp.src not in GAZETTEER_IDS

"""Proposals that are no mentions: a name inside an adjective ("Labour-run", "pro-Moscow") or
inside the name of an event ("the Atlanta Games"). A place before "-based", "-born", "-area" ...
is a mention (hyphen_places.py)."""
from __future__ import annotations

from .hyphen_places import HyphenPlaces
from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal
from .tokens import TokenView, capitalised


_ADJECTIVE_ENDS = ("ed", "ing", "based", "born", "run", "led", "style", "like", "era", "made")
_OPENERS = {'"', "'", "“", "‘", ":", "(", "-", "–", "—", "…"}


def _at_start(v: TokenView, i: int, headline: list[bool]) -> bool:
    """Is token i where any word is capitalised: a sentence's, quote's, line's or headline's start?"""
    T = v.toks
    if i == 0 or headline[i] or T[i].is_sent_start:
        return True
    prev = T[i - 1]
    return prev.text in _OPENERS or "\n" in prev.text or prev.text in (".", "?", "!")


class Exclusions:
    """Drops proposals inside hyphenated adjectives and event names."""

    def __init__(self, lex: Lexicon, hyphen_places: HyphenPlaces | None = None) -> None:
        self.lex = lex
        self.hyphen_places = hyphen_places or HyphenPlaces(lex)

    def drop(self, v: TokenView, spans: list[Proposal], headline: list[bool] | None = None) -> list[Proposal]:
        common = self._common_words(v, spans, headline or [False] * len(v.toks))
        return [sp for sp in spans if not (self._in_compound(v, sp) and not self.hyphen_places.spares(v, sp))
                and not self._in_event(v, sp)
                and not self._adjective(v, sp) and not (sp.e - sp.s == 1 and sp.src == "model" and v.lowers[sp.s] in common)]

    @staticmethod
    def _adjective(v: TokenView, sp: Proposal) -> bool:
        """"Oscar-nominated", "Labour-run": a name inside an adjective the model took whole."""
        T = v.toks
        return sp.e - sp.s >= 3 and T[sp.e - 2].text == "-" and T[sp.e - 1].is_lower \
            and T[sp.e - 1].lower_.endswith(_ADJECTIVE_ENDS)

    @staticmethod
    def _common_words(v: TokenView, spans: list[Proposal], headline: list[bool]) -> set[str]:
        """Capitalised only where every word is ("Serve", "Hunt", "Deliberations": a sentence's or
        a headline's first word) and written in lowercase elsewhere in the article: a common word,
        not a name. Only the model's lone words are judged; gazetteers and cues know better."""
        T, lowers = v.toks, v.lowers
        words = {lowers[sp.s] for sp in spans if sp.e - sp.s == 1 and sp.src == "model" and T[sp.s].is_title}
        if not words:
            return set()
        lowercase = {lowers[i] for i, t in enumerate(T) if lowers[i] in words and t.is_lower}
        common = set()
        for w in lowercase:
            starts = [i for i, low in enumerate(lowers) if low == w and not T[i].is_lower]
            if all(_at_start(v, i, headline) for i in starts):
                common.add(w)
        return common

    @staticmethod
    def _in_compound(v: TokenView, sp: Proposal) -> bool:
        """"Labour-run", "pro-Moscow", "ex-England": a name inside an adjective is no mention."""
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

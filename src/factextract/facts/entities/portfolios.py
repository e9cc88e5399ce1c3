"""A minister's portfolio before the role noun is no name: "Arts" of "Arts minister", "Home
Affairs" of "Lib Dem Home Affairs spokesman", "Trade and Industry" of "Trade and Industry
Secretary". The model keeps the portfolio as an organisation or a person, sometimes fused to
the party before it.

A proposal whose last words are portfolio words, with a role noun right after it, loses them:
what stays before them stays a name when it is one (a party, "Lib Dem"); a proposal that was
only the portfolio or a title's words ("Shadow Home Secretary") goes. A body's name is never
cut ("Home Office spokesman": "Office" is no portfolio word; "Department for Education and
Skills spokeswoman"), nor a name a gazetteer knows. Words are data:
patterns/entities/portfolios.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups, load_wordlist
from .lexicon import GAZETTEER_IDS
from .proposal import Proposal
from .tokens import TokenView


class Portfolios:
    """Cuts a portfolio before a role noun off the proposal it ends."""

    def __init__(self) -> None:
        w = load_groups("entities/portfolios.txt")
        self.portfolio = w["portfolio"]
        self.roles = w["role"]
        self.inner = w["inner"]
        self.parties = load_groups("entities/political_bodies.txt")["party"]
        self.common = load_wordlist("entities/common_words.txt") | load_wordlist("entities/common_name_words.txt")

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        L, T, n = v.lowers, v.toks, len(v.toks)
        keep = []
        for sp in spans:
            e = sp.e
            if e >= n or L[e] not in self.roles or sp.src in GAZETTEER_IDS or sp.src == "honorific":
                keep.append(sp)
                continue
            k = e
            # "Home Affairs", "Trade and Industry", "Work and Pensions": capitalised portfolio words
            while k > sp.s and (L[k - 1] in self.portfolio and T[k - 1].text[:1].isupper()
                                or L[k - 1] in self.inner and k - 1 > sp.s and k < e):
                k -= 1
            while k < e and L[k] in self.inner:
                k += 1
            if k == e or L[k - 1] in self.inner:
                keep.append(sp)   # no portfolio, or a body's name ("Department for Education and Skills")
            elif k > sp.s and self._name(L[sp.s:k]):
                keep.append(Proposal(sp.s, k, sp.type, sp.src, sp.weak))
        return keep

    def _name(self, words: list[str]) -> bool:
        """Is what stays before the portfolio a name ("Lib Dem", "Scottish Executive"), not a
        word of the title ("Shadow", "New")?"""
        return " ".join(words) in self.parties or any(w not in self.common for w in words)

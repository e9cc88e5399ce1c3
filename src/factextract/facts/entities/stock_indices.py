"""Share indices are no organisations: "the Dow Jones industrial average", "the FTSE 100 index",
"the Nikkei 225 fell 1%", "France's Cac index", "the main Bovespa index".

Business copy names indices like companies, and the model reads them as organisations (or as a
person: "Nikkei"). A name right before an index word ("index", "industrial average"), or before
the index's size (a number) and then an index word, a market verb or a possessive, is an index;
every mention of that name in the article is dropped, as the record would otherwise hold the index
under its bare name ("the FTSE fell"). The words are data (patterns/entities/stock_indices.txt).
"""
from __future__ import annotations

from functools import lru_cache

from ...nlp.resources import load_groups
from .proposal import Proposal
from .tokens import POSSESSIVES, TokenView

_KEEP_SRC = ("country", "city", "region", "dateline", "honorific")


@lru_cache(maxsize=1)
def index_words() -> dict[str, frozenset[str]]:
    """group ("after", "verb") -> lowercase words of patterns/entities/stock_indices.txt."""
    return load_groups("entities/stock_indices.txt")


class StockIndices:
    """Drops the mentions of names an index word, or a size and a market verb, show as indices."""

    def __init__(self) -> None:
        words = index_words()
        self.after = words.get("after", frozenset())
        self.verbs = words.get("verb", frozenset())
        self.sizes = words.get("size", frozenset())

    def is_index(self, v: TokenView, sp: Proposal) -> bool:
        """Is the mention on tokens [sp.s, sp.e) an index's name, by the words after it?"""
        T, L, n = v.toks, v.lowers, len(v.toks)
        e = sp.e
        if e < n and L[e] in self.after and T[e].is_lower:
            return True
        # the index's size: "FTSE 100", "Nikkei 225", "Cac 40", "S&P 500"
        if e + 1 < n and T[e].text in self.sizes and "\n" not in T[e - 1].whitespace_:
            nxt = T[e + 1]
            return (L[e + 1] in self.after and nxt.is_lower) or (L[e + 1] in self.verbs and nxt.is_lower) \
                or nxt.text in POSSESSIVES
        return False

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        if not (v.lower_set & (self.after | self.sizes)):
            return spans
        names = {v.txt(sp.s, sp.e).lower() for sp in spans
                 if sp.src not in _KEEP_SRC and sp.type != "places" and self.is_index(v, sp)}
        if not names:
            return spans
        return [sp for sp in spans if not (v.txt(sp.s, sp.e).lower() in names and sp.src not in _KEEP_SRC)]

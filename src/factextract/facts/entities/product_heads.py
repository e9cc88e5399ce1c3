"""A maker's name plus a product word is a product, not an organisation or a person.

Readers of technology stories flag "MSN Messenger", "Microsoft Outlook", "Google Video",
"Mac Mini" (typed as a person) or "Skype In" as organisations or people: the maker is a company,
the whole name is a thing it makes. Here a name of two or more words whose last word is a
product word (a head: Messenger, Outlook, Player, Spaces, Mini ...) and whose other words are a
maker's name goes, every mention; the maker keeps its own mentions when the article names it
alone. A maker is a name the article uses alone as an organisation, a well-known software maker
or platform, or a product line (product_evidence.txt: "Mac", "Xbox"). A "Foreign Office" or a
"National Audit Office" is kept: "Foreign" is no maker. Malware is no entity either: a name
ending in "Trojan", "virus" or "worm" ("Bankash-A Trojan"), or that word alone as a name; nor is
a unit's abbreviation ("Mbps", "GHz").

Names a gazetteer knows and names after an honorific are never weighed. Words are data:
patterns/entities/product_heads.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS
from .proposal import Proposal
from .tokens import TokenView

_TYPES = ("organisations", "people")


def _key(L: list[str], sp: Proposal) -> tuple[str, ...]:
    """The lowercase words of a name, without a leading "the"."""
    key = tuple(L[sp.s:sp.e])
    return key[1:] if key and key[0] == "the" else key


class ProductHeads:
    """Drops maker-plus-product names and malware names typed as organisations or people."""

    def __init__(self) -> None:
        self.w = load_groups("entities/product_heads.txt")
        self.lines = load_groups("entities/product_evidence.txt")["product"]

    def _is_product(self, key: tuple[str, ...], alone: set[tuple[str, ...]]) -> bool:
        if key[-1] in self.w["malware"]:
            return True
        if len(key) < 2 or key[-1] not in self.w["head"]:
            return False
        maker = key[:-1]
        return maker in alone or " ".join(maker) in self.w["maker"] or maker[0] in self.lines

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        L = v.lowers
        alone = {tuple(L[sp.s:sp.e]) for sp in spans if sp.type == "organisations"}
        protected: set[tuple[str, ...]] = set()
        products: set[tuple[str, ...]] = set()
        for sp in spans:
            if sp.type not in _TYPES:
                continue
            key = _key(L, sp)
            if len(key) == 1 and key[0] in self.w["unit"]:
                products.add(key)   # "Mbps"
                continue
            if not key or key[-1] not in self.w["head"] and key[-1] not in self.w["malware"]:
                continue   # the common case: one set lookup per name
            if sp.src in GAZETTEER_IDS or sp.src == "honorific":
                protected.add(key)
            elif self._is_product(key, alone):
                products.add(key)
        drop = products - protected
        if not drop:
            return spans

        return [sp for sp in spans if sp.type not in _TYPES or _key(L, sp) not in drop]

"""Products are no organisations: "Apple Mac", "Sony Walkman", "Xbox 360", "PowerMac G4".

A reader of a technology story knows the maker from the thing it makes. The model often types
a company's name with the product after it as one organisation ("the Apple iPod"), and a
product line alone as an organisation ("the PowerMac G4 computer", "its Lisa computer"). Here:

- a multi-word organisation whose first word is the name of a company the article also uses
  alone, followed by product evidence (a known product line, a model code mixing letters and
  digits like "G4" or "P7131", a camel-cased word like "iPod", or a device noun right after)
  is cut to the company: the maker is named there, the product is not an organisation. When the
  article never uses the company alone, the whole span goes (nothing says the first word is a
  company rather than part of the product's name);
- a name that starts with a known product line ("Xbox 360", "iPod Mini") goes, every mention;
- a name one of whose uses stands between a determiner and a device noun ("its Lisa computer",
  "the Half-Life 2 game") goes, every mention, unless some use shows a company (the words of
  tech_evidence.txt: "X said", "firm X", "X's chief").

Names a gazetteer knows, personal names and names after an honorific are never weighed. Words
are data: patterns/entities/product_evidence.txt (and tech_evidence.txt's company words).
"""
from __future__ import annotations

import re
from collections import defaultdict

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS
from .proposal import Proposal
from .tokens import TokenView

_MODEL = re.compile(r"^(?=[A-Za-z-]*\d)(?=\d*[A-Za-z])[A-Za-z0-9-]{2,8}$")   # G4, P7131, QV-10, A300s
_CAMEL = re.compile(r"^(?:[a-z]{1,2}[A-Z][a-z]+|[A-Z][a-z]+[A-Z][a-z]+)$")    # iPod, PowerBook
_NUMBER = re.compile(r"^\d{1,3}$")
_POSSESSIVE = ("'s", "’s", "'")


class Products:
    """Cuts a product off its maker's name and drops product lines typed as organisations."""

    def __init__(self) -> None:
        self.w = load_groups("entities/product_evidence.txt")
        self.tech = load_groups("entities/tech_evidence.txt")

    def _tail_is_product(self, v: TokenView, s: int, e: int) -> bool:
        """Tokens [s, e) after a company's name: a product line, a model code, a camel-cased
        word, or followed by a device noun ("Apple Mac mini")."""
        for k in range(s, e):
            x = v.texts[k]
            if v.lowers[k] in self.w["product"] or _MODEL.match(x) or _CAMEL.match(x):
                return True
        return e < len(v) and v.toks[e].is_lower and v.lowers[e] in self.w["device"]

    def _company_use(self, v: TokenView, s: int, e: int) -> bool:
        L, n = v.lowers, len(v)
        nxt = L[e] if e < n else ""
        prev = L[s - 1] if s > 0 else ""
        return (nxt in self.tech["company_after"] or nxt in _POSSESSIVE
                or (prev in self.tech["company_before"] and v.toks[s - 1].is_lower))

    def _device_use(self, v: TokenView, s: int, e: int) -> bool:
        """"its Lisa computer", "the Half-Life 2 game": a determiner, the name (and a model
        number), a singular device noun."""
        L, T, n = v.lowers, v.toks, len(v)
        if e < n and _NUMBER.match(v.texts[e]):
            e += 1
        if not (e < n and T[e].is_lower and L[e] in self.w["device"] and s > 0):
            return False
        b = s - 1
        if T[b].is_lower and (T[b].pos_ == "ADJ" or T[b].tag_ == "VBG") and b > 0:   # "its pioneering Lisa computer"
            b -= 1
        return L[b] in self.w["before_device"]

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool = False) -> list[Proposal]:
        L = v.lowers
        alone = {tuple(L[sp.s:sp.e]) for sp in spans if sp.type == "organisations"}
        groups: dict[tuple[str, ...], list[Proposal]] = defaultdict(list)
        for sp in spans:
            groups[tuple(L[sp.s:sp.e])].append(sp)
        at: dict[str, list[int]] = defaultdict(list)
        drop: set[tuple[str, ...]] = set()
        for key, group in groups.items():
            if any(sp.type != "organisations" or sp.src in GAZETTEER_IDS or sp.src == "honorific"
                   for sp in group):
                continue
            if key[0] in self.w["product"]:
                drop.add(key)
                continue
            if not at:
                for i, low in enumerate(L):
                    at[low].append(i)
            uses = [s for s in at.get(key[0], ()) if tuple(L[s:s + len(key)]) == key]
            if any(self._company_use(v, s, s + len(key)) for s in uses):
                continue
            if sports or v.texts[group[0].s].isupper():
                continue   # "the Chelsea game", "the IBM machine": clubs and acronyms are makers
            if any(self._device_use(v, s, s + len(key)) for s in uses):
                drop.add(key)
        out: list[Proposal] = []
        for sp in spans:
            key = tuple(L[sp.s:sp.e])
            if key in drop:
                continue
            if sp.type == "organisations" and sp.e - sp.s > 1 and sp.src not in GAZETTEER_IDS:
                head = next((k for k in range(sp.s + 1, sp.e) if tuple(L[sp.s:k]) in alone), None)
                if head is not None and self._tail_is_product(v, head, sp.e):
                    out.append(Proposal(sp.s, head, sp.type, sp.src, sp.weak))
                    continue
                if head is None and self._tail_is_product(v, sp.s + 1, sp.e) and L[sp.s + 1] in self.w["product"]:
                    continue   # "Motorola Startac": a product line after a name used nowhere alone
            out.append(sp)
        return out

"""Software, malware, technologies, formats and devices are no people, organisations or places.

A reader decides what "Windows", "Sober-D" or "RFID" is from all its uses in the article: one
says "the MyDoom virus", "BitTorrent technology", "running Linux", "a version of X", "X users";
a few names are well known to be software or technology (a word list). Evidence that the name
is a company ("X said", "firm X", "X's chief", "shares in X") counts against: the name goes only
when the thing's evidence outweighs it. A malware variant's shape ("Zafi-D", "Sober.D") counts
when the article speaks of viruses or worms. Names a gazetteer knows and names after an
honorific are never weighed. One decision per name, for all its mentions. The words are data:
patterns/entities/tech_evidence.txt.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS
from .proposal import Proposal
from .tokens import TokenView

_VARIANT = re.compile(r"^[A-Z][A-Za-z0-9]+[-.][A-Z]{1,2}$")
_POSSESSIVE = ("'s", "’s", "'")


def _words() -> dict[str, frozenset[str]]:
    return load_groups("entities/tech_evidence.txt")


class TechReferents:
    """Drops every mention of a name whose uses show software, malware or a technology."""

    def __init__(self) -> None:
        self.w = _words()

    def _apposition(self, v: TokenView, k: int) -> bool:
        """"X, the operating system owned by Sun": "the"/"a", lowercase words, a thing's noun at
        their head (not "the system maker")."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        if k >= n or L[k] not in ("the", "a", "an"):
            return False
        for j in range(k + 1, min(n, k + 6)):
            if not (T[j].is_alpha and T[j].is_lower):
                return False
            if L[j] in self.w["apposition"] and T[j].pos_ == "NOUN":
                return not (j + 1 < n and T[j + 1].is_lower and T[j + 1].pos_ == "NOUN")
        return False

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        T, L = v.toks, v.lowers
        n = len(T)
        groups: dict[tuple[str, ...], list[Proposal]] = defaultdict(list)
        for sp in spans:
            s = sp.s + (1 if sp.e - sp.s > 1 and L[sp.s] == "the" else 0)
            groups[tuple(L[s:sp.e])].append(sp)
        malware = bool(self.w["malware"] & v.lower_set)
        at: dict[str, list[int]] = defaultdict(list)   # where each word stands: one pass, not one per name
        for i, low in enumerate(L):
            at[low].append(i)
        drop = set()
        for key, group in groups.items():
            if not key or any(sp.src in GAZETTEER_IDS or sp.src in ("honorific", "dateline") for sp in group):
                continue
            text = "".join(T[k].text_with_ws for k in range(group[0].s, group[0].e)).strip()
            if all(sp.type == "people" for sp in group) and len(key) > 1 and not (malware and _VARIANT.match(text)):
                continue   # a full personal name is a person's business (person_check.py); "Zafi-D" is none
            thing = int(" ".join(key) in self.w["name"]) + int(malware and bool(_VARIANT.match(text)))
            strong, weak, company = thing, 0, 0
            for s in at.get(key[0], ()):
                if s > n - len(key) or tuple(L[s:s + len(key)]) != key:
                    continue
                e = s + len(key)
                nxt = L[e] if e < n else ""
                prev = L[s - 1] if s > 0 else ""
                if prev == "the" and s > 1:
                    prev = L[s - 2]
                if nxt in self.w["strong_after"] and (nxt != "operating" or (e + 1 < n and L[e + 1] == "system")):
                    strong += 1
                elif nxt == "," and self._apposition(v, e + 1):
                    strong += 1
                elif nxt in self.w["after"]:
                    weak += 1
                if prev in self.w["before"] or (prev == "of" and s > 1 and L[s - 2] in self.w["before"]):
                    weak += 1
                # a company speaks, owns things ("Apple's iPod") and is worked at
                if nxt in self.w["company_after"] or nxt in _POSSESSIVE:
                    company += 1
                if prev in self.w["company_before"] and s > 0 and T[s - 1].is_lower:
                    company += 1
            thing = 2 * strong + weak
            if (strong or weak >= 2) and thing > 2 * company:   # a company's evidence weighs double
                drop.add(key)
        if not drop:
            return spans
        return [sp for sp in spans if tuple(L[sp.s + (1 if sp.e - sp.s > 1 and L[sp.s] == "the" else 0):sp.e]) not in drop]

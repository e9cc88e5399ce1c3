"""A company named by a country and a word of its own ("UK Online", "UK Coal", "US Airways")
is one organisation at every mention, not the country plus a fragment.

The model and the country gazetteer take "UK" alone wherever the company's name starts a
sentence, follows a comma or sits in a headline: the record then lists the company's "UK"
under the country (as "Britain"'s alias) and its second word as an organisation or nothing.
The pair is a company's name when the article itself says so: one of its mentions is already
an organisation over exactly the two words; or the pair comes back at least twice and its
second word is a company's word (patterns/entities/company_name_heads.txt: "Online", "Mobile",
"Airways") or is, at one of them, an organisation alone ("Coal" of "UK Coal") that is no
public body of the gazetteer ("US Congress" stays the country and its Congress). Then every mention of the pair becomes the organisation; a pair whose
name goes on ("UK Music Hall of Fame") or that a longer proposal covers is left alone.
One pass over the place proposals of one token: a set look-up each.
"""
from __future__ import annotations

from collections import defaultdict

from .org_names import COMPANY_HEADS
from .proposal import Proposal
from .tokens import TokenView

ORGS = "organisations"
_REPEATS = 2   # mentions of a pair whose second word alone says company


class CountryLedNames:
    """Joins a country's token and the company word after it into one organisation (in place)."""

    def __init__(self, bodies: frozenset[str] | set[str]) -> None:
        self.bodies = bodies

    @staticmethod
    def _pair_at(v: TokenView, s: int) -> tuple[str, str] | None:
        T, n = v.toks, len(v.toks)
        k = s + 1
        if k >= n or not T[s].whitespace_ or not T[k].is_title or not T[k].is_alpha or T[k].is_stop:
            return None
        if k + 1 < n and T[k + 1].is_title and T[k + 1].is_alpha:
            return None   # "UK Music Hall of Fame": the name goes on
        return v.texts[s], v.texts[k]

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        at: dict[tuple[str, str], list[int]] = defaultdict(list)
        whole_org: set[tuple[str, str]] = set()
        org_words = {sp.s for sp in spans if sp.e - sp.s == 1 and sp.type == ORGS}
        for sp in spans:
            if sp.e - sp.s == 1 and sp.type == "places":
                pair = self._pair_at(v, sp.s)
                if pair:
                    at[pair].append(sp.s)
            elif sp.e - sp.s == 2 and sp.type == ORGS:
                pair = self._pair_at(v, sp.s)
                if pair:
                    whole_org.add(pair)
        for pair, starts in at.items():
            low = pair[1].lower()
            company_word = low in COMPANY_HEADS or (any(s + 1 in org_words for s in starts) and low not in self.bodies)
            if pair not in whole_org and not (company_word and len(starts) >= _REPEATS):
                continue
            for s in starts:
                inside = [sp for sp in spans if s <= sp.s and sp.e <= s + 2]
                if any(sp.s < s + 2 and s < sp.e and not (s <= sp.s and sp.e <= s + 2) for sp in spans):
                    continue   # a longer name runs through the pair
                spans[:] = [sp for sp in spans if not any(sp is x for x in inside)]
                spans.append(Proposal(s, s + 2, ORGS, "shape"))

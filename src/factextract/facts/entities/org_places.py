"""A town the model calls an organisation where the text writes it as a place: "from Hartpury,
Gloucestershire", "of Ledbury, Herefordshire", "in Clarksville, Tennessee", "to Reno and Carson City, Nev.". A
name right after a preposition (or after "and" after a place) and followed by a comma and a
county, state or country (a gazetteer's place, or a state's abbreviation of the alias table,
that ends the phrase) is a place, unless a company word or a gazetteer says it is an organisation
("shares in Tesco, Britain's biggest grocer" stays: a possessive follows the place).

Only organisation proposals followed by a comma are looked at: a few token look-ups each.
"""
from __future__ import annotations

from .aliases import alias_table
from .org_checks import not_organisation_words
from .lexicon import GAZETTEER_IDS, ORG_NOUNS_AFTER, ORG_SUFFIXES, Lexicon
from .proposal import Proposal
from .tokens import TokenView

ORG = "organisations"
_PREPOSITIONS = frozenset(("from", "of", "in", "at", "near", "outside", "around", "to", "into", "between"))
# what may end the phrase after the county: punctuation that closes it, or a lowercase word
_CLOSERS = frozenset((".", ",", ";", ":", ")", "?", "!", '"', "'", "’", "”"))


class OrgPlaces:
    """Retypes organisation proposals written as "Town, County" as places (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        self.places = lex.places | lex.towns | lex.countries
        self.body_heads = not_organisation_words()["body_head"]   # "Harrow Crown Court, London" stays

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        T, L, n = v.toks, v.lowers, len(v.toks)
        for sp in spans:
            if sp.type != ORG or sp.src in GAZETTEER_IDS or sp.e + 2 >= n or L[sp.e] != ",":
                continue
            if sp.s == 0 or not T[sp.s - 1].is_lower or not (L[sp.s - 1] in _PREPOSITIONS or (
                    L[sp.s - 1] == "and" and any(o.type == "places" and o.e == sp.s - 1 for o in spans))):
                continue
            words = L[sp.s:sp.e]
            if sp.e - sp.s > 3 or words[-1] in self.body_heads or any(w in ORG_SUFFIXES or w in ORG_NOUNS_AFTER for w in words) \
                    or not all(T[k].is_title and T[k].is_alpha for k in range(sp.s, sp.e)):
                continue
            if self._place_after(v, sp.e + 1):
                sp.type = "places"

    def _place_after(self, v: TokenView, k: int) -> bool:
        """Does a known place's name start at k and close the phrase?"""
        T, L, n = v.toks, v.lowers, len(v.toks)
        if L[k].endswith(".") and alias_table().canonical(L[k]) in self.places:
            return True   # "Carson City, Nev.": a state's abbreviation with its point
        j = k
        while j < n and j < k + 4 and T[j].is_title and T[j].is_alpha:
            j += 1
        if j == k or " ".join(L[k:j]) not in self.places:
            return False
        return j == n or L[j] in _CLOSERS or (T[j].is_lower and T[j].is_alpha) or "\n" in T[j - 1].whitespace_

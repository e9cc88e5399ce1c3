"""A name that starts with a given name is a person's ("Keanu Reeves", "Irina Shevchenko").

The model types a name it has not seen by its letters; a given name is better evidence,
unless the name's last word says what else it is ("Victoria Park", "Chester City") or a
gazetteer, a cue or a club rule typed it already.
"""
from __future__ import annotations

from functools import lru_cache

from ...nlp.resources import load_wordlist
from .lexicon import (GAZETTEER_IDS, NOT_PERSON_END, ORG_NOUNS_AFTER, ORG_SUFFIXES, PLACE_NAME_HEADS,
                      PLACE_NOUNS_AFTER, Lexicon)
from .proposal import Proposal
from .tokens import TokenView


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names: patterns/quotes/first_names.txt ("name m|f"), entities/given_names.txt and
    entities/given_names_more.txt, less the "not:" lines of given_names.txt."""
    names = {row.split()[0].lower() for row in load_wordlist("quotes/first_names.txt")}
    names |= {row.lower() for row in load_wordlist("entities/given_names_more.txt")}
    drop = set()
    for row in load_wordlist("entities/given_names.txt"):
        if row.startswith("not:"):
            drop.add(row[4:].strip().lower())
        else:
            names.add(row.lower())
    return frozenset(names - drop)


# proposals a given name may retype: the model's and a results table's guess
_RETYPABLE = ("model", "table")


class GivenNames:
    """Retypes the model's two- to four-word names that start with a given name as people."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.names = given_names()

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        self._extend(v, spans)
        T, lex = v.toks, self.lex
        for sp in spans:
            if sp.src not in _RETYPABLE or not 2 <= sp.e - sp.s <= 4:
                continue
            if T[sp.s].lower_ in lex.demonyms and sp.e - sp.s >= 3 and T[sp.s + 1].lower_ in self.names:
                sp.s += 1   # "Russian Elena Dementieva"
            if sp.type == "people":
                continue
            words = [t for t in T[sp.s:sp.e] if t.is_alpha]
            if len(words) < 2 or words[0].lower_ not in self.names or not words[0].is_title \
                    or not all(w.text[:1].isupper() or len(w) <= 3 for w in words):
                continue
            last = words[-1].lower_
            if last in ORG_SUFFIXES or last in PLACE_NAME_HEADS or last in NOT_PERSON_END \
                    or last in PLACE_NOUNS_AFTER or last in ORG_NOUNS_AFTER:
                continue
            whole = v.txt(sp.s, sp.e).lower()
            if whole in lex.places or whole in lex.bodies:
                continue
            if sp.e < len(T) and T[sp.e].lower_ in ORG_NOUNS_AFTER and T[sp.e].is_lower:
                continue
            sp.type, sp.src = "people", "given"

    def _extend(self, v: TokenView, spans: list[Proposal]) -> None:
        """"Amelie Mauresmo" of which the model found only "Mauresmo": a capitalised given name
        right before a one- or two-word name, in no other proposal, is the start of a person's name."""
        T = v.toks
        starts = {sp.s for sp in spans}
        ends = {sp.e for sp in spans}
        for sp in spans:
            k = sp.s - 1
            if k < 0 or sp.e - sp.s > 2 or sp.src in GAZETTEER_IDS or k in ends or k in starts \
                    or not T[k].is_title or T[k].lower_ not in self.names or not T[sp.s].is_title:
                continue
            if any(o.s <= k < o.e for o in spans):
                continue
            sp.s, sp.type, sp.src = k, "people", "given"
        # "Amelie Mauresmo and ..." where the model saw only the later "Mauresmo"s
        lone = {v.lowers[sp.s] for sp in spans if sp.e - sp.s == 1 and sp.src not in GAZETTEER_IDS}
        covered = {k for sp in spans for k in range(sp.s, sp.e)}
        for i in range(len(T) - 1):
            if v.lowers[i + 1] in lone and v.lowers[i] in self.names and T[i].is_title and T[i + 1].is_title \
                    and i not in covered and i + 1 not in covered \
                    and not (i + 2 < len(T) and T[i + 2].is_title and T[i + 2].is_alpha):
                spans.append(Proposal(i, i + 2, "people", "given"))
                covered.update((i, i + 1))

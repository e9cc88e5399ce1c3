"""A name in a list of people is a person's when it reads as one ("Bernal, Jamie Foxx, Jim
Carrey and Johnny Depp", "stars Leonardo diCaprio, Pierce Brosnan ...").

The model types a name it has not seen by its letters, and one odd name in a line-up of actors
comes out an organisation. A reader sees the list: when most of the names it is listed with
(joined by a comma, "and" or "or") are people and the name itself looks like a person's, it is
one. Looking like a person's means: its first word is a known given name ("Leonardo diCaprio",
"Charlotte Church"), or it is one word that is the last word of a person named elsewhere in the
article ("Bernal" after "Gael Garcia Bernal"), or one word that is no everyday word listed with
three people or more and nothing else, in an article that speaks of no band ("from Bernal,
Owen Pryce, Lucas Danby and Milo Garrard"). Bands listed with singers ("Eric Clapton, Keane
and Jools Holland") stay: a known act (src "band") or a gazetteer's name is never retyped, and
a one-word name needs a person of that surname in the article.
Only the proposals next to each non-person proposal are looked at.
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .given_names import given_names
from .lexicon import ORG_SUFFIXES, Lexicon
from .proposal import Proposal
from .tokens import TokenView

_RETYPABLE = ("model", "table", "prop")
_BAND_WORDS = frozenset(("band", "bands", "group", "groups", "duo", "trio", "quartet", "act", "acts"))
_JOINS = ((",",), ("and",), ("or",), (",", "and"), (",", "or"))


class ListedPeople:
    """Retypes as people the names that look like a person's in a list of mostly people."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.names = given_names()
        self.common = load_wordlist("entities/common_words.txt") | load_wordlist("entities/common_name_words.txt")

    @staticmethod
    def _bands(v: TokenView) -> bool:
        """Does the article speak of bands or groups (where a lone word among singers may be one)?
        Asked only for a lone word listed with people."""
        return not _BAND_WORDS.isdisjoint(v.lowers)

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        order = sorted(spans, key=lambda sp: sp.s)
        by_start = {sp.s: sp for sp in order}
        by_end = {sp.e: sp for sp in order}
        for _ in range(2):   # a second pass for "Blanchett" once "Cate Blanchett" is a person
            surnames = {v.lowers[sp.e - 1] for sp in order if sp.type == "people" and sp.e - sp.s >= 2}
            changed = False
            for sp in order:
                if sp.type == "people" or sp.src not in _RETYPABLE or not self._looks_personal(v, sp, surnames):
                    continue
                people, others = self._list_types(v, sp, by_start, by_end)
                if sp.e - sp.s == 1 and v.lowers[sp.s] not in surnames and (others or people < 3 or self._bands(v)):
                    continue   # a lone unknown word: only among three people or more, no band in the article
                if people >= 2 and people > others:
                    sp.type, sp.src, changed = "people", "listed", True
            if not changed:
                break

    def _looks_personal(self, v: TokenView, sp: Proposal, surnames: set[str]) -> bool:
        T = v.toks
        words = [t for t in T[sp.s:sp.e] if t.is_alpha]
        if not words or not words[0].is_title or len(words) > 4:
            return False
        if words[-1].lower_ in ORG_SUFFIXES or v.txt(sp.s, sp.e).lower() in self.lex.places:
            return False
        if len(words) == 1:   # a person's surname, or an unknown word (weighed by its list)
            return sp.e - sp.s == 1 and (words[0].lower_ in surnames or words[0].lower_ not in self.common)
        return words[0].lower_ in self.names and all(w.text[:1].isalpha() and not w.is_lower or
                                                     w.text[:2].islower() and w.text[2:3].isupper()
                                                     for w in words[1:])

    def _list_types(self, v: TokenView, sp: Proposal, by_start: dict, by_end: dict) -> tuple[int, int]:
        """(people, others) among the names chained to sp by list joins, both ways."""
        people = others = 0
        for step, index in ((self._after, by_start), (self._before, by_end)):   # names after, before
            cur = sp
            for _ in range(8):
                cur = step(v, cur, index)
                if cur is None:
                    break
                people, others = (people + 1, others) if cur.type == "people" else (people, others + 1)
        return people, others

    @staticmethod
    def _after(v: TokenView, sp: Proposal, by_start: dict) -> Proposal | None:
        for join in _JOINS:
            k = sp.e + len(join)
            if tuple(v.lowers[sp.e:k]) == join:
                if k in by_start:
                    return by_start[k]
                e = k
                while e < len(v.toks) and e - k < 3 and v.toks[e].is_title and e not in by_start:
                    e += 1
                if e > k:   # a name no rule proposed ("Coldplay"): listed, not a person's
                    return Proposal(k, e, "unknown", "gap")
        return None

    @staticmethod
    def _before(v: TokenView, sp: Proposal, by_end: dict) -> Proposal | None:
        for join in _JOINS:
            k = sp.s - len(join)
            if k >= 0 and tuple(v.lowers[k:sp.s]) == join:
                if k in by_end:
                    return by_end[k]
                s = k
                while s > 0 and k - s < 3 and v.toks[s - 1].is_title and s not in by_end \
                        and not v.toks[s - 1].is_sent_start:
                    s -= 1
                if s < k:
                    return Proposal(s, k, "unknown", "gap")
        return None

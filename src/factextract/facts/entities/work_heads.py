"""A name right before a work's noun is the work's title: "the Evil Dead movies", "their Please
Please Me album", "the Gran Turismo series", "the Painkiller game". The model often calls such
titles organisations, and work_referents.py reads the noun before a title ("the film Ray"), not
the one after it.

The same place holds a maker's name ("the Channel 4 show", "a Disney movie", "the Abba
musical Mamma Mia!"), so a name is read as a title only when:
- a use of it stands right before the work's noun, and that noun ends the phrase (not "the
  BBC comedy The Office": a title after the noun names the work, the name before it its
  maker; not "film critics", "games group": a compound noun);
- no use of it shows a body: "X said", "X's chief", "X studio", "shares in X";
- it is no gazetteer's, no known band's, no acronym's ("MTV", "ESPN"), holds no number
  ("Channel 4", "BBC Radio 1"), ends in no possessive ("Theo Van Gogh's film" is his) and no
  other rule typed a use of it a person or a place; it names no place of the gazetteers ("the
  Barcelona game" is a match against a club). In a sports report "game" and "series" are
  matches ("the United game", "the England series"): only the other nouns count there.
Then every mention of it goes, as one referent has one type.

The words are data: patterns/entities/named_things.txt ("work", "maker").
"""
from __future__ import annotations

from collections import defaultdict

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal
from .tokens import POSSESSIVES, TokenView

ORG = "organisations"
_KEEP_SOURCES = GAZETTEER_IDS | {"acronym", "honorific", "band", "dateline"}
_MATCH_WORDS = frozenset(("game", "games", "series"))   # a match in a sports report
_BODY_BEFORE = frozenset(("firm", "company", "studio", "label", "group", "publisher", "developer"))


class WorkHeads:
    """Drops every mention of an organisation proposal whose uses show a work's title."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.roles = {r.split("-")[-1] for r in lex.person_roles} | lex.person_roles
        w = load_groups("entities/named_things.txt")
        self.works, self.makers = w["work"], w["maker"]
        self._sports = False

    @staticmethod
    def _key(v: TokenView, sp: Proposal) -> tuple[str, ...]:
        s = sp.s + (1 if sp.e - sp.s > 1 and v.lowers[sp.s] == "the" else 0)
        return tuple(v.lowers[s:sp.e])

    def _titled(self, v: TokenView, e: int) -> bool:
        """Does a work's noun at token e end its phrase ("the X movie.", "their X album cover")?"""
        T, L, n = v.toks, v.lowers, len(v.toks)
        if e >= n or L[e] not in self.works or not T[e].is_lower or not T[e - 1].whitespace_:
            return False
        if self._sports and L[e] in _MATCH_WORDS:
            return False
        if e + 1 < n and T[e + 1].is_title and T[e].whitespace_ and "\n" not in T[e].whitespace_:
            return False   # "ITV drama Footballers' Wives": the maker before, the title after
        # "album cover", "film studio", "film critics": the noun modifies another; only a few
        # nouns a work has are allowed after it
        return not (e + 1 < n and T[e + 1].is_lower and T[e + 1].pos_ == "NOUN"
                    and L[e + 1] not in ("cover", "covers", "sleeve", "version", "soundtrack", "sales"))

    def _body(self, v: TokenView, s: int, e: int) -> bool:
        """Does this use show a body: "X said", "said X", "X's chief", "X studio", "firm X", "shares
        in X", "the co-chairmen of X"?"""
        T, L, n = v.toks, v.lowers, len(v.toks)
        if s >= 1 and L[s - 1] in ("said", "says", "told"):
            return True
        if s >= 2 and L[s - 1] == "of" and (L[s - 2] in self.roles or L[s - 2].rstrip("s") in self.roles
                                            or L[s - 2].replace("men", "man") in self.roles):
            return True
        if e < n and L[e] in self.makers:
            return True
        if e + 1 < n and L[e] in POSSESSIVES and L[e + 1] in self.makers:
            return True
        b = s - 1
        if b >= 0 and L[b] == "the":
            b -= 1
        return b >= 0 and T[b].is_lower and (L[b] in _BODY_BEFORE or (b >= 1 and L[b] == "in" and L[b - 1] == "shares"))

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> list[Proposal]:
        self._sports = sports
        T, L, n = v.toks, v.lowers, len(v.toks)
        groups: dict[tuple[str, ...], list[Proposal]] = defaultdict(list)
        other: set[tuple[str, ...]] = set()   # names some rule typed a person or a place
        for sp in spans:
            (groups[self._key(v, sp)].append(sp) if sp.type == ORG else other.add(self._key(v, sp)))
        drop: set[tuple[str, ...]] = set()
        for key, group in groups.items():
            if not key or key in other or " ".join(key) in self.lex.places or key[-1] in POSSESSIVES or any(sp.src in _KEEP_SOURCES for sp in group):
                continue
            words = [T[k].text for k in range(group[0].e - len(key), group[0].e)]
            if any(any(c.isdigit() for c in w) or (w.isupper() and len(w) > 1) for w in words):
                continue
            titled = body = 0
            for s in range(n - len(key) + 1):
                if L[s] != key[0] or tuple(L[s:s + len(key)]) != key:
                    continue
                e = s + len(key)
                titled += self._titled(v, e)
                body += self._body(v, s, e)
            if titled and not body:
                drop.add(key)
        if not drop:
            return spans
        return [sp for sp in spans if not (sp.type == ORG and self._key(v, sp) in drop)]

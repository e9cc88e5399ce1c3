"""A name right before a work's noun is the work's title: "the Evil Dead movies", "their Please
Please Me album", "the Gran Turismo series", "the Painkiller game". The model often calls such
titles organisations, and work_referents.py reads the noun before a title ("the film Ray"), not
the one after it.

The noun may stand before the title too, where work_referents.py does not look: an apposition
("the long-running West End musical, Harbour Lights", "his final record, Quiet Rivers Run."), a
list ("seven Spike Lee movies, including School Daze, ..."), a remake ("movie re-make Alfie"),
an episode ("two episodes of the Vicar of Dibley") or a character ("the part of Matron in").

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
    def _bounds(v: TokenView, sp: Proposal) -> tuple[int, int]:
        """sp's tokens without a leading "the" or a trailing full stop ("X." of a shape rule)."""
        s = sp.s + (1 if sp.e - sp.s > 1 and v.lowers[sp.s] == "the" else 0)
        e = sp.e
        while e > s + 1 and v.toks[e - 1].is_punct and v.lowers[e - 1] in (".", ","):
            e -= 1
        return s, e

    def _key(self, v: TokenView, sp: Proposal) -> tuple[str, ...]:
        s, e = self._bounds(v, sp)
        return tuple(v.lowers[s:e])

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

    def _titled_after(self, v: TokenView, s: int, e: int) -> bool:
        """Does a work's noun stand before the title at [s, e): "the musical, X." / "movies,
        including X" / "re-make X" / "episodes of (the) X" / "the part of X in"?"""
        T, L, n = v.toks, v.lowers, len(v.toks)
        b = s - 1
        if b >= 0 and L[b] == "the":
            b -= 1
        if b >= 2 and L[b] == "make" and L[b - 1] == "-" and L[b - 2] == "re" or b >= 0 and L[b] == "remake":
            return True
        if b >= 1 and L[b] == "of" and (L[b - 1] in ("episode", "episodes")
                                        or L[b - 1] == "part" and e < n and L[e] == "in"):
            return True
        if b >= 1 and L[b] in ("including", "like") and L[b - 1] == ",":
            b -= 1
        elif not (e < n and T[e].is_punct and L[e] in (",", ".", ";")):
            return False   # an apposition ends at a comma or a full stop
        return b >= 1 and L[b] == "," and L[b - 1] in self.works and T[b - 1].is_lower \
            and not (self._sports and L[b - 1] in _MATCH_WORDS)

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
        at: dict[str, list[int]] = defaultdict(list)   # where each word stands: one pass, not one per name
        for i, low in enumerate(L):
            at[low].append(i)
        drop: set[tuple[str, ...]] = set()
        for key, group in groups.items():
            if not key or key in other or " ".join(key) in self.lex.places or key[-1] in POSSESSIVES or any(sp.src in _KEEP_SOURCES for sp in group):
                continue
            s0, e0 = self._bounds(v, group[0])
            words = [T[k].text for k in range(s0, e0)]
            if any(any(c.isdigit() for c in w) or (w.isupper() and len(w) > 1) for w in words):
                continue
            titled = body = 0
            for s in at.get(key[0], ()):
                if s > n - len(key) or tuple(L[s:s + len(key)]) != key:
                    continue
                e = s + len(key)
                titled += self._titled(v, e) or self._titled_after(v, s, e)
                body += self._body(v, s, e)
            if titled and not body:
                drop.add(key)
        if not drop:
            return spans
        return [sp for sp in spans if not (sp.type == ORG and self._key(v, sp) in drop)]

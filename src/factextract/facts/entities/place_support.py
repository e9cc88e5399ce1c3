"""Does anything say a name is a place? Weighed once per referent, after the place decisions.

The model calls many names places that are not: films, songs, events and awards ("Kisna",
"Super Bowl", "Grand Slam", "Baftas"), software ("Firebird"), people ("Sizzla"), diseases. A
place a gazetteer knows needs nothing more. Any other place is kept only when something says
place: its shape ("South Shropshire", "Euston Road", "Peterborough"), the words around one of
its mentions ("in X", "X, Florida", "the city of X", "X-based"), or places next to it in a list
("Chernigov, Nikolaev and Kharkov"). Without any of that its mentions are dropped: a reader
would not list it as a place, and no other type is more likely than another.

A language or a nationality is never a place ("Hindi", "Eastern European"); in a sports
article "Exeter City" or "Ipswich Town" is a club, and a town before a player of its club
("Southampton's David Prutton") is the club.
The words are data: patterns/entities/place_support.txt.
"""
from __future__ import annotations

from collections import defaultdict

from ...nlp.resources import load_groups
from .aliases import alias_table
from .lexicon import GAZETTEER_IDS, PLACE_HEADS, Lexicon
from .place_decisions import PlaceDecisions
from .proposal import Proposal
from .tokens import POSSESSIVES as _POSSESSIVE, TokenView, listed_beside



class PlaceSupport:
    """Drops places no gazetteer knows and nothing supports; languages never are places."""

    def __init__(self, lex: Lexicon, decisions: PlaceDecisions) -> None:
        self.lex, self.decisions = lex, decisions
        self.w = load_groups("entities/place_support.txt")
        self.endings = tuple(self.w["place_ending"])

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> list[Proposal]:
        """The spans without the places nothing supports (clubs retyped in sports articles)."""
        spans = self._join_halves(v, spans)
        by_key: dict[tuple[str, ...], list[Proposal]] = defaultdict(list)
        for sp in spans:
            key = tuple(v.lowers[k] for k in range(sp.s, sp.e) if v.texts[k] not in _POSSESSIVE)
            if key:
                by_key[key].append(sp)
        self.decisions.index(spans)
        people = {sp.s for sp in spans if sp.type == "people"}
        surnames = {v.lowers[sp.e - 1] for sp in spans if sp.type == "people" and sp.e - sp.s >= 2}
        self._place_tokens = {k for sp in spans if sp.type == "places" and sp.src in GAZETTEER_IDS
                              for k in range(sp.s, sp.e)}
        drop: set[int] = set()
        doubtful: list[tuple[list[Proposal], str | None]] = []
        for key, group in by_key.items():
            places = [sp for sp in group if sp.type == "places"]
            if not places:
                continue
            if key[-1] in self.lex.demonyms or key[-1] in self.w["language"]:
                drop.update(id(sp) for sp in places)   # "Hindi", "Eastern European"
                continue
            if sports and self._club(v, key, places, people):
                for sp in places:
                    sp.type, sp.weak, sp.src = "organisations", False, "club"
                continue
            if self._known(key, group, sports) or self._shaped(key) or any(self._said(v, sp) for sp in places):
                self._place_tokens.update(k for sp in places for k in range(sp.s, sp.e))
            else:
                others = [sp.type for sp in group if sp.type != "places"]
                if not others and len(key) == 1 and key[0] in surnames:
                    others = ["people"]   # a person's surname: "Duran" of "Roberto Duran"
                # the commonest other type; a tie goes to the first in the text (never to a set's order)
                doubtful.append((places, max(others, key=others.count) if others else None))
        # a second look, once the supported places are known: "Blackpool, Bournemouth and Brighton"
        for places, other in doubtful:
            if any(self._listed_with_place(v, sp) for sp in places):
                continue
            if other:   # the name's other mentions say what it is: "Singer X" in the headline
                for sp in places:
                    sp.type, sp.weak = other, False
            else:
                drop.update(id(sp) for sp in places)
        return [sp for sp in spans if id(sp) not in drop]

    def _join_halves(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        """Two places the model found side by side, no country among them, are one name cut in
        two ("Kentish" + "Town")."""
        starts = {sp.s: sp for sp in spans if sp.type == "places" and sp.src == "model"}
        gone: set[int] = set()
        for sp in spans:
            nxt = starts.get(sp.e)
            if sp.type == "places" and sp.src == "model" and nxt is not None and id(sp) not in gone \
                    and not {v.txt(sp.s, sp.e).lower(), v.txt(nxt.s, nxt.e).lower()} & self.lex.countries:
                sp.e = nxt.e
                gone.add(id(nxt))
        return [sp for sp in spans if id(sp) not in gone] if gone else spans

    def _known(self, key: tuple[str, ...], group: list[Proposal], sports: bool = False) -> bool:
        """A gazetteer's name, or a dateline's; a town of the towns list but in a sports report
        (where "Rotherham beat them" is the club)."""
        name = " ".join(key)
        return any(sp.src in GAZETTEER_IDS or sp.src in ("dateline", "venue", "cue") for sp in group) \
            or name in self.lex.places or (not sports and name in self.lex.towns) or alias_table().canonical(name) in self.lex.places

    def _shaped(self, key: tuple[str, ...]) -> bool:
        """A place's shape: "South Shropshire", "Euston Road", "Santa Maria", "Peterborough"."""
        if len(key) >= 2:
            return key[0] in self.w["place_first"] or key[-1] in self.w["place_last"]
        return key[0].endswith(self.endings) and key[0].isalpha()

    def _said(self, v: TokenView, sp: Proposal) -> bool:
        """Do the words around this mention, or its neighbours in a list, say place?"""
        place = self.decisions.evidence(v, sp.s, sp.e)[2]
        if place > 0:
            return True
        L, n, b = v.lowers, len(v.lowers), sp.s - 1
        if b >= 0 and L[b] in self.w["place_before"] and v.texts[b].islower():
            return True
        if b >= 1 and L[b] == "of" and L[b - 1] in self.w["place_of"]:
            return True   # "the cities of Chernigov, ..."
        if b >= 1 and L[b] == "(" and L[b - 1] in PLACE_HEADS and sp.e < n and L[sp.e] == ")":
            return True   # an acronym defined after a place's long form: "the joint security area (JSA)"
        if b >= 1 and L[b] == "for" and L[b - 1] in self.w["for_seat"]:
            return True   # "the MP for Kensington and Chelsea"
        if sp.e + 2 < n and L[sp.e] == "," and L[sp.e + 1] in ("a", "an", "the"):
            for k in range(sp.e + 2, min(n, sp.e + 7)):
                if L[k] in self.w["appositive_noun"]:
                    return True   # "Dunfermline East, a new constituency"
                if not v.texts[k][:1].isalnum():
                    break
        if sp.e + 2 < n and L[sp.e] == "," and L[sp.e + 1] == "in" \
                and (sp.e + 2 in self._place_tokens or L[sp.e + 2] in self.lex.places):
            return True   # "Sellafield, in Cumbria"
        return self._listed_with_place(v, sp)

    def _listed_with_place(self, v: TokenView, sp: Proposal) -> bool:
        """A one-word name in a list of names one of which a gazetteer knows: "Blackpool,
        Bournemouth and Brighton"."""
        return listed_beside(v, sp.s, sp.e,
                             lambda k: k in self._place_tokens or v.lowers[k] in self.lex.places)

    def _club(self, v: TokenView, key: tuple[str, ...], places: list[Proposal], people: set[int]) -> bool:
        """ "Exeter City", "Ipswich Town" (a name no gazetteer knows whole), or a town before
        its player ("Southampton's David Prutton")."""
        if len(key) >= 2 and key[-1] in self.w["club_last"] and " ".join(key) not in self.lex.places:
            return True
        if " ".join(key) in self.lex.countries:
            return False   # "Britain's Kelly Sotherton": a national team or the country
        n = len(v.lowers)
        return any(sp.e + 1 < n and v.texts[sp.e] in _POSSESSIVE and sp.e + 1 in people for sp in places)

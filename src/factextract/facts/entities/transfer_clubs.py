"""A club named only by a transfer in a sports report: "is joining Corinthians", "signed from
Middlesbrough", "a switch from Valdera", "in charge at Viking Stavanger".

club_contexts.py retypes a known club the model took for a town; a club the model left out
altogether (an unknown foreign side, or a known one it skipped) has no proposal to retype. In a
sports report, the capitalised name (up to three words) right after "joining"/"joined", or after
a transfer word and "from"/"to"/"for"/"at", is proposed as an organisation when nothing covers it
(and retyped when the model took it for a place that no gazetteer or towns list knows).
Not a club: a name before an attached hyphen ("Bergamo-based"), a country (the national side is a place here, as everywhere in the record), a place
or a town that is not on the clubs list, a possessive ("join England's squad"), a name that
starts with a given name or a title (a person: "joined Sir Alex"), a month. Words are data:
patterns/entities/transfer_clubs.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .given_names import given_names
from .lexicon import MONTHS, Lexicon
from .proposal import Proposal
from .sport_clubs import club_names
from .tokens import POSSESSIVES, TokenView

ORGS = "organisations"
_MOST = 3   # words of a club's name
_PREPS = ("from", "to", "for", "at")


class TransferClubs:
    """Proposes the club named after a transfer's words in a sports report (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        w = load_groups("entities/transfer_clubs.txt")
        self.direct, self.prep = w["direct"], w["prep"]
        self.clubs = club_names()
        self.given = given_names()

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> None:
        if not sports:
            return
        L, n = v.lowers, len(v.toks)
        covered = {k for sp in spans for k in range(sp.s, sp.e)}
        places = {(sp.s, sp.e): sp for sp in spans if sp.type == "places" and sp.src == "model"}
        for k in range(n - 1):
            if not v.toks[k].is_lower:
                continue
            if L[k] in self.direct:
                s = k + 1
            elif L[k] in self.prep and L[k + 1] in _PREPS:
                s = k + 2
            else:
                continue
            e = v.title_words(s, _MOST) if s < n else s
            place = places.get((s, e))
            if place is not None and self._club(v, s, e):
                place.type, place.src = ORGS, "cue"   # a place no gazetteer knows: the club
                continue
            if e == s or any(j in covered for j in range(s, e)) or not self._club(v, s, e):
                continue
            spans.append(Proposal(s, e, ORGS, "cue"))
            covered.update(range(s, e))

    def _club(self, v: TokenView, s: int, e: int) -> bool:
        """Is the run [s, e) a club's name, not a country, a place, a person or a month?"""
        L = v.lowers
        name = v.txt(s, e).lower()
        if e < len(L) and (L[e] in POSSESSIVES or (v.texts[e] == "-" and not v.toks[e - 1].whitespace_)):
            return False   # "join England's squad", "the move to Bergamo-based Atalanta"
        if name in self.clubs:
            return True
        if name in self.lex.countries or name in self.lex.places or name in self.lex.towns \
                or name in self.lex.demonyms or name in self.lex.skip:
            return False
        return not (L[s] in self.given or L[s] in self.lex.titles or L[s] in MONTHS)

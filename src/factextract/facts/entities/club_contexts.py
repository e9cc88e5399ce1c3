"""A town's name that is its club in a sports report, by what stands around it: a transfer
("joined City from Feyenoord", "moved from Leinster to Toulouse", "a move to Barcelona"), a
result ("losses to Newcastle and Barcelona", "defeat to Porto") or a possessive before a player
or a role ("Newcastle's 18-year-old centre", "Ulster's Kevin Maggs").

Only names of the clubs list (patterns/entities/sports_clubs.txt) and only in sports reports
are retyped; a country stays a place (national sides), and a town after "in" or "at" is the
venue. The retyped mention is a club's, so clubs.py's propagation carries it to the other
mentions of the name. The words are data (patterns/entities/club_contexts.txt).
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .given_names import given_names
from .lexicon import Lexicon
from .proposal import Proposal
from .sport_clubs import club_names
from .tokens import POSSESSIVES, TokenView

_REACH = 6   # how many words before "from"/"to" a transfer word may stand
_LIST = {",", "and", "or"}


class ClubContexts:
    """Retypes sports reports' town names as clubs by a transfer, a result or a possessive."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.clubs = club_names()
        self.given = given_names()
        words = load_groups("entities/club_contexts.txt")
        self.moves = words.get("move", frozenset())
        self.results = words.get("result", frozenset())
        self.roles = lex.person_roles | {w for (_, _), ws in lex.club_cues.items() for w in ws}

    def _preposition(self, v: TokenView, s: int) -> int | None:
        """Index of the "from"/"to" that governs the name at s, over a list ("to Barcelona and
        Liverpool"), else None."""
        k = s - 1
        while k > 0 and (v.lowers[k] in _LIST or v.texts[k][:1].isupper()) and v.lowers[k] not in ("from", "to"):
            k -= 1
        return k if k >= 0 and v.lowers[k] in ("from", "to") else None

    def is_club(self, v: TokenView, sp: Proposal) -> bool:
        L, T, n = v.lowers, v.toks, len(v.toks)
        k = self._preposition(v, sp.s)
        if k is not None:
            if L[k] == "to" and k > 0 and L[k - 1] in self.results:
                return True
            if any(L[j] in self.moves for j in range(max(0, k - _REACH), k)):
                return True
        # "Newcastle's 18-year-old centre", "Ulster's Kevin Maggs", "Milan's veteran defence"
        if sp.e + 1 < n and T[sp.e].text in POSSESSIVES:
            j = sp.e + 1
            while j < n and j - sp.e <= 4 and (T[j].is_lower and T[j].lower_ not in self.roles) or \
                    (j < n and T[j].text == "-") or (j < n and T[j].like_num):
                j += 1   # "18-year-old", "veteran", "former"
            if j < n and (L[j] in self.roles or (L[j] in self.given and T[j].is_title)):
                return True
        return False

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        for sp in spans:
            if sp.type != "places" or sp.src in ("country", "dateline", "venue"):
                continue
            name = v.txt(sp.s, sp.e).lower()
            if name not in self.clubs or name in self.lex.countries:
                continue
            if sp.s > 0 and v.lowers[sp.s - 1] in ("in", "at"):
                continue
            if self.is_club(v, sp):
                sp.type, sp.weak, sp.src = "organisations", False, "club"

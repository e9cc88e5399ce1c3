"""A seat named by its cue is a place: "the constituency of Bethnal Green and Bow", "his home
seat of Bedwellty", "entered Parliament for Sheffield Brightside", "his constituency party,
Clwyd North West", "Baron Kinnock of Bedwellty".

The model reads a constituency's name as a body's (it is often "X North West", "X and Y", or a
football club's town); a reader sees a seat, a place. constituencies.py reads "MP for X"; here
the other ways news names a seat:

- right after "constituency of", "constituencies of", "seat of";
- right after "Parliament for", "Westminster for" (a first election, "entered Parliament for");
- in apposition after "constituency", "seat" or "constituency party" and a comma;
- after a peer's rank and name and "of" ("Lord Nicholls of Birkenhead"): a peer's title names
  the place the peerage is of.

"X and Y" right after the cue is one seat's name, joined into one place (as constituencies.py).

Organisation and person proposals are retyped (a seat "Leeds North West" is read as a person
too), never a gazetteer's name nor a name after an honorific:
"the seat of the European Parliament" names a body. Only the few tokens before each proposal
are looked at.
"""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS
from .proposal import Proposal
from .tokens import TokenView

_RETYPED = frozenset(("organisations", "people"))
_KEEP = GAZETTEER_IDS | {"honorific", "dateline"}
_SEATS = frozenset(("constituency", "constituencies", "seat"))
_HOUSES = frozenset(("Parliament", "Westminster"))
_PEERS = frozenset(("Lord", "Baron", "Baroness", "Lady", "Viscount", "Earl"))


class Seats:
    """Types the name a seat's cue introduces as a place (in place)."""

    @staticmethod
    def _cued(v: TokenView, s: int) -> bool:
        L, X = v.lowers, v.texts
        if s < 2:
            return False
        if L[s - 1] == "of" and L[s - 2] in _SEATS:
            return True   # "the constituency of X", "his home seat of X"
        if L[s - 1] == "for" and X[s - 2] in _HOUSES:
            return True   # "entered Parliament for X"
        if X[s - 1] == "," and L[s - 2] in _SEATS or \
                X[s - 1] == "," and L[s - 2] == "party" and L[s - 3] in _SEATS:
            return True   # "his constituency party, X"
        # "Baron Kinnock of X": rank, a capitalised name, "of"
        return s >= 3 and L[s - 1] == "of" and X[s - 2][:1].isupper() and X[s - 2].isalpha() \
            and X[s - 3] in _PEERS

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        T = v.toks
        starts = {sp.s: sp for sp in spans}
        gone: set[int] = set()
        for sp in spans:
            if sp.type not in _RETYPED or sp.src in _KEEP or v.lowers[sp.s] == "the" or id(sp) in gone:
                continue
            if not self._cued(v, sp.s):
                continue
            sp.type, sp.src, sp.weak = "places", "region", False
            nxt = starts.get(sp.e + 1)
            if nxt is not None and v.lowers[sp.e] == "and" and T[nxt.s].is_title and nxt.src not in _KEEP \
                    and not (nxt.e < len(T) and v.lowers[nxt.e] in (",", "and")):
                sp.e = nxt.e   # "the constituency of Bethnal Green and Bow": one seat (as constituencies.py)
                gone.add(id(nxt))
        return [sp for sp in spans if id(sp) not in gone] if gone else spans

"""The seat after "MP for" is a place: "the Labour MP for Birkenhead", "the Tory MP for
Sleaford and North Hykeham".

The model reads a constituency's name as a person's or a body's ("Birkenhead asked"); a reader
sees the seat an MP holds, a place. A proposal right after an elected member's letters and
"for" ("MP", "MSP", "MEP", "AM", written in capitals) is typed a place; "X and Y" there is one
seat's name (a seat named for two towns), joined into one place. Only the two tokens before each
proposal are looked at.
"""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal
from .tokens import TokenView

_MEMBERS = frozenset(("MP", "MSP", "MEP", "AM", "MLA", "TD"))


class Constituencies:
    """Types the name after "MP for" as a place (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        T = v.toks
        starts = {sp.s: sp for sp in spans}
        gone: set[int] = set()
        for sp in spans:
            if sp.s < 2 or v.lowers[sp.s - 1] != "for" or v.texts[sp.s - 2] not in _MEMBERS \
                    or sp.src in GAZETTEER_IDS or sp.type == "places" and sp.src != "model" or id(sp) in gone:
                continue
            sp.type, sp.src, sp.weak = "places", "region", False   # a seat: no more support needed
            nxt = starts.get(sp.e + 1)
            if nxt is not None and v.lowers[sp.e] == "and" and T[nxt.s].is_title \
                    and not (nxt.e < len(T) and v.lowers[nxt.e] in (",", "and")):
                sp.e = nxt.e   # "Sleaford and North Hykeham": one seat
                gone.add(id(nxt))
        return [sp for sp in spans if id(sp) not in gone] if gone else spans

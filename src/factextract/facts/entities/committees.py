"""Parliamentary committees written in lower case, proposed as organisations.

British copy writes standing committees in lower case: "the Commons public accounts
committee", "the culture select committee", "the environment, food and rural affairs
committee". The model misses them (or takes the "Commons" alone). After "the", a run of
lower-case remit words (commas and "and" allowed) ending in "committee" is a body when its
words say standing committee ("select", "affairs", "accounts" ...) or a chamber owns it
("Commons", "Lords"); a bare "the select committee" is no name, nor "the organising committee".
The span is tight: from the chamber or first remit word to "committee", never "the" nor a
leading "powerful". Words are data: patterns/entities/committees.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .proposal import Proposal, replace
from .tokens import TokenView

_REACH = 8   # tokens looked at before the head


class Committees:
    """Proposes lower-case committees as organisations (in place)."""

    def __init__(self) -> None:
        self.w = load_groups("entities/committees.txt")

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        T, L = v.toks, v.lowers
        heads = self.w["head"]
        for i in [i for i, low in enumerate(L) if low in heads and T[i].is_lower]:
            start = self._start(v, i)
            if start is not None:
                replace(spans, Proposal(start, i + 1, "organisations", "committee"))

    def _start(self, v: TokenView, head: int) -> int | None:
        """The first token of the committee's name ending at `head`, or None for no name."""
        T, L = v.toks, v.lowers
        j, house = head - 1, None
        while j >= max(0, head - _REACH):
            low = L[j]
            if low in self.w["house"] and T[j].is_title:
                house = j
                break
            if low == "the":
                break
            if not ((T[j].is_lower and T[j].is_alpha) or low in (",", "and", "-")):
                return None
            j -= 1
        else:
            return None
        if house is None and (j < 0 or L[j] != "the"):
            return None
        first = house if house is not None else j + 1
        while first < head and (L[first] in self.w["lead"] or L[first] in (",", "and", "-")):
            first += 1
        remit = [L[k] for k in range(first, head) if T[k].is_alpha and L[k] not in self.w["house"]]
        if not remit or (house is None and not self.w["sure"] & set(remit)):
            return None
        if remit == ["select"] or remit == ["standing"]:
            return None
        if house is not None and house > 0 and T[house - 1].is_title and L[house - 1] != "the":
            return None   # "House of Commons ..." handled elsewhere; "Welsh Assembly ..." likewise
        return first

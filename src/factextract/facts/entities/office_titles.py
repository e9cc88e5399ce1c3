"""The tail of an office's title is no organisation: "Secretary of State for Constitutional
Affairs", "Minister of State for Trade" name a post, and the model often proposes the words
after "Secretary of" ("State for Constitutional Affairs") as a body. The department has a name
of its own ("the Department for Constitutional Affairs"), which stays.

An organisation proposal that starts with "State" right after "Secretary of" or "Minister of"
is dropped.
"""
from __future__ import annotations

from .proposal import Proposal
from .tokens import TokenView

ORG = "organisations"
_OFFICES = frozenset({"secretary", "minister", "secretaries", "ministers"})


class OfficeTitles:
    """Drops "State for X" of "Secretary of State for X" proposed as an organisation."""

    @staticmethod
    def _tail(v: TokenView, sp: Proposal) -> bool:
        L, s = v.lowers, sp.s
        return (sp.type == ORG and s >= 2 and v.texts[s] == "State" and L[s - 1] == "of"
                and L[s - 2] in _OFFICES and v.texts[s - 2][:1].isupper())

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        return [sp for sp in spans if not self._tail(v, sp)]

"""Events named by common nouns, which are none of people, organisations or places.

News copy writes some events with a capital and nothing else: "the Budget", "the Queen's
Speech", "Live 8". The model often calls them organisations. A proposal whose whole text
(after "the") is one of these names is dropped. A lower-case event noun the model took along
after a name ("the G8 summit", "the Labour conference") is cut off: the name before it is the
group or party, the event itself is no entity. Words are data: patterns/entities/event_names.txt.
"""
from __future__ import annotations

import re

from ...nlp.resources import load_groups
from .proposal import Proposal
from .tokens import TokenView


class EventNames:
    """Drops event names and trims lower-case event nouns off names (returns a new list)."""

    def __init__(self) -> None:
        groups = load_groups("entities/event_names.txt")
        self.events = {tuple(_split(w)) for w in groups["event"]}
        self.heads = groups["head"]

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        T, L = v.toks, v.lowers
        out = []
        for sp in spans:
            s = sp.s
            while sp.e - s > 1 and (T[s].is_lower or T[s].text == "-"):
                s += 1   # "the Budget", "pre-Budget": the event's name after them
            if tuple(L[s:sp.e]) in self.events and sp.type != "people":
                continue
            if sp.e - s > 1 and T[sp.e - 1].is_lower and L[sp.e - 1] in self.heads:
                sp.e -= 1
            out.append(sp)
        return out


def _split(words: str) -> list[str]:
    """An entry as the tokenizer cuts it: "queen's speech" -> queen, 's, speech; "pre-budget"
    -> pre, -, budget."""
    return re.findall(r"['’]s\b|-|[^\s'’-]+", words)

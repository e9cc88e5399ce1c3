"""Broadcasters named by a number word or a letter and a digit ("Five", "E4", "S4C").

The model reads "Five" as a number and misses "E4" or "More4" altogether. In an article that
talks of broadcasting (one of a few words: "television", "viewers", "channel" ...) a reader
takes them as the channel, an organisation: the letter-and-digit names wherever they stand,
the number word only where it behaves as a channel ("on Five", "Five said", "Five's", "Five
television", or capitalised inside a sentence: "a day with Five"), never before another capitalised word ("Five Live" is the model's or the
ruler's, "Five Nations" a tournament) nor lower-case ("five viewers"). A proposal of another
type on the same span is retyped; a longer one covering it is left alone.
Words are data: patterns/entities/broadcasters.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .proposal import Proposal, overlapping
from .tokens import TokenView


class Broadcasters:
    """Proposes channels named by number words and letter-digit names as organisations."""

    def __init__(self) -> None:
        self.w = load_groups("entities/broadcasters.txt")

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        T, L = v.toks, v.lowers
        channels = self.w["channel"]
        lowers = v.lower_set
        if not channels & lowers or not self.w["broadcasting"] & lowers:
            return
        for i, low in enumerate(L):
            if low not in channels or T[i].is_lower:
                continue
            if low in self.w["number"] and not self._behaves_as_channel(v, i):
                continue
            over = overlapping(spans, i, i + 1)
            if not over:
                spans.append(Proposal(i, i + 1, "organisations", "broadcaster"))
            for sp in over:
                if sp.s == i and sp.e == i + 1 and sp.type != "organisations":
                    sp.type, sp.weak = "organisations", False

    def _behaves_as_channel(self, v: TokenView, i: int) -> bool:
        """"on Five", "Five said", "Five's": the number word as a channel, title case only."""
        T, L = v.toks, v.lowers
        if not T[i].is_title:
            return False
        nxt = T[i + 1] if i + 1 < len(T) else None
        if nxt is not None and nxt.is_title and nxt.is_alpha:
            return False            # "Five Live", "Five Nations": a longer name
        if nxt is not None and L[i + 1] in self.w["cue_after"]:
            return True
        if i == 0 or T[i].is_sent_start:
            return False
        prev = T[i - 1]
        if nxt is not None and not T[i].whitespace_ and nxt.text in ("/", "-"):
            return False            # "Five/Six Nations", "Five-four"
        # mid-sentence and capitalised, after a lower-case word (not "the Jackson Five", "\n\nFive")
        return L[i - 1] in self.w["cue_before"] or (prev.is_alpha and prev.is_lower)

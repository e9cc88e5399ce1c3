"""An organisation named "Head of Name" that the model cut at "of": "House" of "House of
Fraser", "Bank" of "Bank of Scotland", where the model typed only the head word as an
organisation and left "Fraser" to a place, to nobody, or to a later guess.

A head word alone is rarely the name a text means: a one-word organisation that is a body's
head (title_runs.txt and long_names.txt heads: "House", "Bank", "Society", "Union" ...)
followed by "of" and one or two capitalised words that end the run is one name with them.
long_names.py joins an "of" part when its head ends a longer name and the part is used by
itself nowhere; this module covers the bare head the model left alone. Only the model's
guesses over the tail give way (its "Fraser" a person, its "London" a place); a gazetteer's,
a cue's or a list's proposal there wins, and so does a gazetteer's organisation at the head.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal, overlapping
from .tokens import TokenView

ORG = "organisations"


class OfNames:
    """Joins a bare body head + "of" + a short capitalised name into one organisation."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.heads = load_groups("entities/title_runs.txt")["head"] | load_groups("entities/long_names.txt")["head"]

    def _word(self, v: TokenView, k: int) -> bool:
        t = v.toks[k]
        return t.is_alpha and t.is_title and v.lowers[k] not in self.lex.person_roles

    def _tail(self, v: TokenView, a: Proposal) -> int | None:
        """End of the one or two capitalised words after "of", None when there is no such tail."""
        n, j = len(v.toks), a.e
        if j + 1 >= n or v.texts[j] != "of" or "\n" in v.toks[a.s].whitespace_ + v.toks[j].whitespace_:
            return None
        e = j + 1
        while e < n and e < j + 4 and self._word(v, e):
            if e > j + 1 and "\n" in v.toks[e - 1].whitespace_:
                return None
            e += 1
        if e == j + 1 or e > j + 3 or (e < n and self._word(v, e)) or (e < n and v.texts[e] == "of"):
            return None   # no name, a longer run, or a second "of" (long_names.py's)
        return e

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        for a in sorted((sp for sp in spans if sp.type == ORG), key=lambda sp: sp.s):
            if a not in spans or a.e - a.s != 1 or a.src in GAZETTEER_IDS or v.lowers[a.s] not in self.heads \
                    or not v.toks[a.s].is_title:
                continue
            e = self._tail(v, a)
            if e is None:
                continue
            over = overlapping(spans, a.e, e)
            if any(o.s < a.e + 1 or o.e > e or o.src != "model" for o in over):
                continue
            spans[:] = [o for o in spans if o not in over]
            a.e = e
        return spans

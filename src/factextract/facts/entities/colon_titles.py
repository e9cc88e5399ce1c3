"""Pieces of titles written with a colon ("CSI: Miami", "CSI:NY", "the drama Spooks: Code 9").

The model reads the part after the colon as a place or an organisation ("Miami", "NY") and
sometimes the part before it too. A reader sees one title, a work, which is none of people,
organisations or places. A proposal is a piece of such a title when
- the colon is glued to both words ("CSI:NY"): only titles and codes are written so;
- or a work noun in lower case comes right before the capitalised words before the colon
  ("the drama CSI: Miami", "the series Spooks: Code 9", "US television series CSI: Crime
  Scene Investigation").
Only the pieces go; the name elsewhere in the article is left alone ("Miami" the city).
Datelines, results and line-ups ("Newcastle: Given, Carr"; "Preview: Ireland v England")
have no work noun before them and a space after the colon, so they stay.
"""
from __future__ import annotations

from .lexicon import WORK_BEFORE
from .proposal import Proposal
from .tokens import TokenView

_REACH = 4   # capitalised words of the title before its colon


class ColonTitles:
    """Drops proposals that are pieces of a colon title (returns a new list)."""

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        T = v.toks
        colons = [i for i, t in enumerate(T) if t.text == ":" and 0 < i < len(T) - 1]
        if not colons:
            return spans
        titled = [c for c in colons if self._glued(v, c) or self._after_work_noun(v, c)]
        if not titled:
            return spans
        return [sp for sp in spans if not any(self._piece(v, sp, c) for c in titled)]

    @staticmethod
    def _piece(v: TokenView, sp: Proposal, colon: int) -> bool:
        """Does sp start right after the colon, or end right before it (within the title)?"""
        T = v.toks
        if sp.s == colon + 1:
            return True
        return sp.e == colon and all(T[k].is_title or T[k].is_upper for k in range(sp.s, sp.e))

    @staticmethod
    def _glued(v: TokenView, c: int) -> bool:
        """"CSI:NY": capitalised words on both sides, no space either side."""
        T = v.toks
        before, after = T[c - 1], T[c + 1]
        return (not before.whitespace_ and not T[c].whitespace_ and before.is_alpha and after.is_alpha
                and before.text[:1].isupper() and after.text[:1].isupper())

    @staticmethod
    def _after_work_noun(v: TokenView, c: int) -> bool:
        """"the drama CSI: Miami": capitalised words, then the colon, a work noun before them."""
        T, L = v.toks, v.lowers
        if not (T[c + 1].text[:1].isupper() and T[c - 1].text[:1].isupper()):
            return False
        k = c - 1
        while k >= 0 and c - k <= _REACH and (T[k].is_title or T[k].is_upper) and not T[k].is_sent_start:
            k -= 1
        return k >= 0 and k < c - 1 and T[k].is_lower and L[k] in WORK_BEFORE

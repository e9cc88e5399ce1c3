"""The town under a reader's letter: a letters page signs each letter with the writer's name
and town, on the name's line ("Ninfa Holt, Walnut Creek") or on the line after it ("Ninfa
Holt" / "Walnut Creek"). The town is a place mention a reader counts; the model sees a short
line of capitalised words and leaves it out or calls it an organisation.

Taken only where the shape is a signature: the line before the name ends a sentence (the
letter's last line), the name is two or three title-case words filling its line (or up to its
comma), and the town is one to three title-case words, no stop word, alone up to the line's
end. A signature counts when a person proposal covers its name, or when another signature of
the page is so confirmed (the model misses some writers' names); a lone signature's town must
be one the gazetteers or town lists know (a shop's name over "Additional Information"). A title-case headline line
("Quarry Plan Will Hurt Us") has a stop word or more words; a gazetteer's own type stays.
"""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal, propose_or_retype
from .tokens import TokenView

PLACES = "places"
_MOST = 3   # words of a writer's or a town's name
_ENDS = (".", "!", "?", "”", '"', "’", "'", ")")


class LetterTowns:
    """Adds or retypes a place proposal for a letter writer's town (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        self.known = lex.places | lex.towns | lex.countries

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        found = [sig for k in range(2, len(v.toks)) if (sig := self._signature(v, k))]
        if not found:
            return
        people = {(sp.s, sp.e) for sp in spans if sp.type == "people"}
        confirmed = [name in people for name, _ in found]
        for (name, (j, e)), ok in zip(found, confirmed):
            if len(found) < 2 and not (ok and v.txt(j, e).lower() in self.known):
                continue
            if not ok and not any(confirmed):
                continue
            propose_or_retype(spans, j, e, PLACES, "letter", lambda sp: sp.src not in GAZETTEER_IDS)

    @staticmethod
    def _breaks(v: TokenView, k: int) -> bool:
        """Is token k a line break (a whitespace token holding a newline)?"""
        return v.toks[k].is_space and "\n" in v.texts[k]

    def _signature(self, v: TokenView, s: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(name, town) token spans of a signature whose name starts at token s, or None."""
        n = len(v.toks)
        if not (self._breaks(v, s - 1) and v.texts[s - 2].endswith(_ENDS)):
            return None
        e = v.title_words(s, _MOST + 1)
        if not 2 <= e - s <= _MOST or e >= n:
            return None
        if v.texts[e] != "," and not self._breaks(v, e):
            return None
        j = e + 1
        end = v.title_words(j, _MOST + 1)
        if end == j or end - j > _MOST or not (end == n or self._breaks(v, end)):
            return None
        return (s, e), (j, end)

"""A bare count that leaves out the noun of the count before it in the same sentence:
"25 children have died in prison and two in secure units", "interviewed 401 people before the
vote and 601 afterwards", "5.2 million adults read poorly, while 14.9 million have", "has 300
shops and plans 50 more", "350 new flats, 99 of which are affordable" ("38 others" stays empty, as counted.py decides): the second number counts what the first named.

Why apart from elided.py: that carries a noun across a sentence, only to a smaller part in a
narrow verb shape; inside one sentence a second clause that names no noun for its number is
the ordinary way English avoids repeating it, so the shape can be wider: the bare count ends
its noun phrase (a verb, an adverb of time, "more"/"others", or punctuation follows it)."""
from __future__ import annotations

import re

from ...records import Figure

# what may follow a bare count that stands for the noun of the count before it
_ENDS_PHRASE = re.compile(
    r"(?:\s*(?:[.,;:)!?\"”]|$)"
    r"|\s+of\s+(?:which|whom)\b"      # "350 flats, 99 of which are affordable"
    r"|\s+(?:more|afterwards|later|earlier|before|apiece|each|too|also|so\s+far|now"
    r"|will|would|are|were|is|was|have|has|had|could|may|might|should|must|did|do|does"
    r"|died|remain|remained|stayed|went|came|left|survived|returned|followed|joined)\b)", re.I)
# (the word boundary belongs to the words only: after a full stop there is none)
# a joint between the two clauses: no sentence end, no new paragraph, not too far
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# "lifting the number of people in work to 31.2 million": a level something is taken to, not
# a second count of the noun before
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|by|at)\s+$", re.I)
_FRACTION_NOUNS = frozenset({"half", "third", "quarter", "majority", "minority"})


def carry(text: str, figures: list[Figure]) -> None:
    """Fill an empty `counted` of a bare count from the plain count before it in its sentence."""
    prev: Figure | None = None
    for f in figures:
        if prev is not None and f.unit is None and not f.counted and f.low is None \
                and prev.unit is None and prev.counted and prev.low is None \
                and isinstance(f.value, (int, float)) and f.value >= 1 \
                and prev.counted.split()[-1].lower() not in _FRACTION_NOUNS:
            gap = text[prev.end:f.start]
            if len(gap) < 160 and not _SENTENCE_END.search(gap) and not _LEVEL_BEFORE.search(gap) \
                    and re.search(r"\b(?:and|while|whereas|but|with|than|compared\s+with|against)\b|[,;]", gap) \
                    and _ENDS_PHRASE.match(text, f.end):
                f.counted = prev.counted
        if f.unit is None and f.counted:
            prev = f
        elif f.unit is not None and f.unit not in ("percent",):
            continue          # a period or a sum between ("over two years") is no new count
        else:
            prev = None if f.unit == "percent" else prev


_TO_LEVEL = re.compile(r",?\s+(?:to|at)\s+")


def carry_level(text: str, figures: list[Figure]) -> None:
    """"imports down 1.7% to $82.4bn", "fell 16 points to 3,817": the level reached after a
    change counts what changed (the parse hangs it on the change figure, not the noun)."""
    for a, b in zip(figures, figures[1:]):
        if a.counted and not b.counted and a.unit in ("percent", "point") \
                and _TO_LEVEL.fullmatch(text[a.end:b.start]) and a.low is None and b.low is None:
            b.counted = a.counted

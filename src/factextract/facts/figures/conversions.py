"""A figure and its restatements: a conversion in brackets ("$1.5bn (£800m)", "400m pesos
($136m; £72.3m)") or after ", or" ("closed down 247p, or 18%") is the same claim in another
unit, so it shares the bound ("up to 412.5m euros ($447.1m; £351.2m)": every conversion is
"up to") and what the figure counts (all three the investment, even where the parse gave the
last its own "in" phrase); an index that moved so many points stands at a level in points too
("rose 64 points to 4,577").

Why apart from component.py: these are read from the gaps between figures once all are found,
the bound on the raw hits and the counted on the records."""
from __future__ import annotations

import re

from ...records import Figure

CONVERSION_GAP = re.compile(r"\s*[(;]\s*|,\s*or\s+")   # "(£800m)"; "rose 64 points, or 0.2%"
BRACKET_GAP = re.compile(r"\s*[(;]\s*")
_OPEN = re.compile(r"\s*[(/]\s*")
_NEXT_IN_BRACKET = re.compile(r"\s*[;:]\s*")
_TO_LEVEL = re.compile(r",?\s*(?:to|at)\s+")


def carry_qualifiers(text: str, hits: list) -> None:
    """Each conversion in a bracket takes the bound of the figure before it; a level after a
    move in points is in points."""
    bracketed = False
    for a, b in zip(hits, hits[1:]):
        gap = text[a.end:b.start]
        bracketed = bool(_OPEN.fullmatch(gap) or (bracketed and _NEXT_IN_BRACKET.fullmatch(gap)))
        if a.qualifier and not b.qualifier and bracketed:
            b.qualifier = a.qualifier
        if a.unit == "point" and b.unit is None and _TO_LEVEL.fullmatch(gap):
            b.unit = "point"


def share_counted(text: str, figures: list[Figure], pointed: set[int]) -> None:
    """A conversion counts what the figure before it counts (in brackets whatever its own
    parse said); `pointed` loses the figures filled so (no pronoun warning for them)."""
    for a, b in zip(figures, figures[1:]):
        gap = text[a.end:b.start]
        if a.counted and a.unit and b.unit and a.unit != b.unit and CONVERSION_GAP.fullmatch(gap) \
                and (not b.counted or BRACKET_GAP.fullmatch(gap)):
            b.counted = a.counted
            pointed.discard(b.start)


# "24cm (9 in)", "30 cm (12in)": after a metric length, a bracketed number with "in" is inches
# ("in" alone is too often the preposition to be read as a unit anywhere else)
_METRIC_BEFORE = re.compile(r"(?:\d\s?(?:mm|cm|m|km)|millimetres?|centimetres?|metres?|millimeters?|"
                            r"centimeters?|meters?)[^\S\n]*\($")
_INCHES_AFTER = re.compile(r"[^\S\n]?in\.?(?=\))")


def bracket_inches(text: str, start: int, end: int) -> int | None:
    """The end of "in" after the number at `start`:`end` when it converts a metric length
    in brackets ("a 24cm (9 in) tin"); else None."""
    m = _INCHES_AFTER.match(text, end)
    if m is None or not _METRIC_BEFORE.search(text, max(0, start - 16), start):
        return None
    return m.end()

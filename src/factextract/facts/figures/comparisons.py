"""A figure set against another of the same kind counts the same thing: "Profits were $3bn,
compared with $2.5bn a year earlier", "The jobless rate was 5.4%, against 5.6% in December",
"rose to 3.1%, up from 2.9%": the second figure is the earlier value of what the first counts.

Why apart from counted_clause.py: the parse hangs "compared with $2.5bn" on the verb or on
nothing, so the clause reading finds no subject for it; the words of comparison between two
figures of one unit are the same in every such sentence, so this reads them from the text
once all figures are known."""
from __future__ import annotations

import re

from ...records import Figure
from .units import kind

_COMPARED = re.compile(r",?\s*(?:\(\s*)?(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|"
                       r"against|versus|vs\.?|as\s+against|from)\s+"
                       r"(?:just\s+|only\s+|a\s+|the\s+)?$", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_CHANGE_WORDS = frozenset({"improvement", "rise", "rises", "fall", "falls", "increase", "increases",
                           "decrease", "drop", "gain", "gains", "jump", "decline", "cut", "cuts",
                           "deterioration", "swing", "reduction"})   # ("growth" of 5% is a rate: its "from" too)


def _base(unit: str | None) -> str | None:
    if unit is None:
        return None
    base = unit.split(" per ")[0]
    return "money" if kind(base) == "money" else base


# a change set off after a figure: "a record profit of 30.6bn yen ($291m), up 31.8% on 2003,"
_RESTATED_CHANGE = re.compile(r"\)?\s*,\s*(?:up|down)\s+(?:by\s+)?(?:just\s+|only\s+|some\s+|about\s+|almost\s+|nearly\s+)?$",
                              re.I)


def carry(text: str, figures: list[Figure]) -> None:
    """Fill an empty `counted` of a figure compared with the figure before it in its sentence;
    a change set off by a comma right after a figure ("$3bn, up 12%,") is that figure's change,
    whatever verb the parse found for it further on."""
    for a, b in zip(figures, figures[1:]):
        if a.counted and a.unit and b.unit == "percent" and _RESTATED_CHANGE.fullmatch(text[a.end:b.start]):
            b.counted = a.counted
            continue
        if b.counted or not a.counted or a.unit is None or _base(a.unit) != _base(b.unit):
            continue
        if a.counted.split()[-1].lower() in _CHANGE_WORDS:
            continue          # "a $697m improvement from $153m": the level before, not a change
        gap = text[a.end:b.start]
        if len(gap) < 80 and not _SENTENCE_END.search(gap) and _COMPARED.search(gap) \
                and _tail_ok(gap):
            b.counted = a.counted


def _tail_ok(gap: str) -> bool:
    """What stands between the first figure and the words of comparison is a time or place
    phrase or nothing ("$3bn in 2004, compared with"), not a new clause with a verb of its own
    subject ("..., while exports fell from")."""
    head = _COMPARED.split(gap)[0] if _COMPARED.search(gap) else gap
    return not re.search(r"\b(?:while|whereas|but|and|which|who|as)\b", head, re.I)

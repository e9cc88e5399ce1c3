"""A date that tells the time of day: its grain is the clock's, and "after midnight" is the
start of the day.

The rules resolve "10:11 pm CST on Monday" to a day with a T-value and keep grain "day" inside,
where every reference rule counts days; the record says what a reader can check: "minute" when
the minutes are written ("10:11 pm", "0930 GMT", "9:00 a.m."), "hour" for "9 p.m.", "noon".
"Midnight" is the end of its day (T24:00) as a deadline ("close at midnight on Dec. 31") but
the start of it when something happens after it ("shortly after midnight on Dec. 19": T00:00).
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from .model import Timex

_CLOCK = re.compile(r"T(?P<h>\d\d):(?P<m>\d\d)$")
_MINUTES = re.compile(r"\d:\d\d|(?<!\d)(?:[01]\d|2[0-3])[0-5]\d(?!\d)")
_AFTER = frozenset({"after", "past", "since"})


def clock_grain(text: str, tx: Timex) -> str | None:
    """The grain the record gives: the clock's for a value with a time, else the rule's."""
    if not tx.value or not _CLOCK.search(tx.value):
        return tx.grain
    return "minute" if _MINUTES.search(text) else "hour"


def after_midnight(span: Span, tx: Timex) -> Timex:
    """ "after midnight on Dec. 19": 00:00 of that day, not its end."""
    if not tx.value or not tx.value.endswith("T24:00") or span.start == 0:
        return tx
    if span.doc[span.start - 1].lower_ not in _AFTER or span[0].lower_ != "midnight":
        return tx
    return replace(tx, value=tx.value[:-5] + "00:00")

"""Four-digit 24-hour clock times that read as years: "kicks off at 1330", "polls close at 2200
local time", a fixture list "Chelsea v Arsenal (1500)". "in 1330" stays a year.

Only a lone HHMM number (hour 00-23, minutes 00-59) is considered, so "1990" never is. Told a
time by the words around it: after "at" (or "kick-off"); after by/from/until/till/before/after
when the number is no likely news year (below 1600 or from 2200); before "local time"; in
brackets on a fixture line ("... v ... (1500)"). The caller reads the span as "HHMM hours".
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ...nlp.clock_times import _CHANGE, is_clock_pair

HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
AT_WORDS = frozenset({"at", "kick-off", "ko", "k/o"})
LIMIT_WORDS = frozenset({"by", "from", "until", "till", "til", "before", "after", "around", "about"})
PAIR_WORDS = frozenset({"to", "and", "until", "till", "-", "–"})
FIXTURE_WORDS = frozenset({"v", "vs", "v.", "vs."})


def _unlikely_year(number: int) -> bool:
    return number < 1600 or number >= 2200


def clock_text(span: Span) -> str | None:
    """The span rewritten as a clock time ("1330 hours", "2200 hours local time"), or None when
    it is not a bare four-digit clock time."""
    first = span[0]
    if not HHMM.fullmatch(first.text):
        return None
    rest = [t.lower_ for t in span[1:]]
    if rest == ["local", "time"]:
        return f"{first.text} hours"
    if rest:
        return None
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "local" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "time":
        return f"{first.text} hours"
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or (nxt is not None and nxt.is_alpha and nxt.pos_ == "NOUN"):
        return None  # "closed at 1115 pence", "at 2000 levels": a count, not a time
    low = prev.lower_
    if low in AT_WORDS or (low == "-" and span.start > 1 and doc[span.start - 2].lower_ == "off"):
        return f"{first.text} hours"
    if low in LIMIT_WORDS and _unlikely_year(int(first.text)):
        if nxt is not None and nxt.lower_ in PAIR_WORDS and span.end + 1 < len(doc):
            # "from 1500 to 2200": a pair is times only as clock_times.py reads pairs
            before = doc.text[max(0, prev.idx - 40):prev.idx]
            return f"{first.text} hours" if is_clock_pair(first.text, doc[span.end + 1].text, before) else None
        if _CHANGE.search(doc.text[max(0, prev.idx - 40):prev.idx]):
            return None   # "rose from 1500": a count that changed
        return f"{first.text} hours"
    if low == "(" and nxt is not None and nxt.text == ")" and _fixture_line(span):
        return f"{first.text} hours"
    return None


def _fixture_line(span: Span) -> bool:
    """A "Home v Away" pairing in the same sentence before the bracket."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[max(0, span.start - 12):span.start]
    return any(t.lower_ in FIXTURE_WORDS for t in sent if t.i < span.start)

"""A year that opens the name of an event: "the 2003 World Cup", "the 2000 Olympics", "the
2006 Commonwealth Games". The statistical model often tags "the 2003" (or the whole phrase) as
an EVENT, not a DATE, and the year is then lost, though it is the time the event took place
and a reader counts it. A year token at the head of a model EVENT span (after "the") is a
candidate date; a year closing a name ("Euro 2004") is the name's and is left alone.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

_YEAR = re.compile(r"^(1[6-9]|20)\d\d$")


def event_year_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token spans of years heading a model EVENT name."""
    out = []
    for e in doc.ents:
        if e.label_ != "EVENT":
            continue
        i = e.start + (1 if e[0].lower_ == "the" else 0)
        if i < e.end and _YEAR.match(doc[i].text) and i + 1 < len(doc) and doc[i + 1].is_title:
            out.append((i, i + 1))
    return out

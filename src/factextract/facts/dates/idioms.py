"""Date words inside phrases that name no time: an age told as a decade ("in his late
thirties", "a woman in her 40s"), a temperature band ("highs in the 70s") and a repeated unit
("month by month volatility", "day to day", "year after year"), which tells how something goes,
not when.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ...nlp.resources import load_wordlist
from .model import Timex

OWNERS = frozenset({"his", "her", "their", "my", "your", "our", "its", "one's"})
_DECADE_WORDS = re.compile(r"(?i)^(?:early|late|mid)?-?\s*(?:twenties|thirties|forties|fifties|sixties|seventies|"
                           r"eighties|nineties|[2-9]0'?s)$")
UNITS = frozenset({"day", "week", "month", "year", "quarter"})
LINKS = frozenset({"by", "to", "after", "on", "for"})


def age_decade(span: Span, tx: Timex) -> bool:
    """ "in his late thirties", "men in their 20s": a decade after a possessive is an age."""
    if tx.grain != "decade":
        return False
    words = [t for t in span if t.lower_ != "the"]
    text = " ".join(t.text for t in words)
    if not _DECADE_WORDS.match(text):
        return False
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("early", "late", "mid", "-"):
        i -= 1
    return i >= 0 and doc[i].lower_ in OWNERS


_SHORT_DECADE = re.compile(r"^'?[1-9]0s$")


def temperature_band(span: Span, tx: Timex) -> bool:
    """ "highs in the 70s", "temperatures in the low 80s": a decade written without its century
    in a sentence about the weather is a band of degrees."""
    if tx.grain != "decade" or not any(_SHORT_DECADE.match(t.text) for t in span):
        return False
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[max(0, span.start - 15):span.end]
    words = load_wordlist("dates/temperature_words.txt")
    return any(t.lower_ in words for t in sent)


def repeated_unit(span: Span) -> bool:
    """ "month by month", "year to year", "day after day": the unit said twice is a manner."""
    doc, last = span.doc, span[-1]
    if last.lower_ not in UNITS or len(span) > 2:
        return False
    if span.end + 1 < len(doc) and doc[span.end].lower_ in LINKS and doc[span.end + 1].lower_ == last.lower_:
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ in LINKS and doc[span.start - 2].lower_ == last.lower_

""""the year", "the fourth quarter", "the month", "the second half of the year" right after the
sentence named a year: "rents went up 9.4% across all of 2010, but by just 1.6% in the second
half of the year" means 2010-H2, not the publication year (nor, with no publication date, the
year the article implies).

Rule: a span whose words name the year or the month only by "the" (no year, no "this"/"last")
takes the year (or month) of the last date written out in full (no anchor) earlier in the same
sentence. Dates read relative to the publication date or to the implied year are re-anchored;
anything else is left alone.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ...records import DateFact
from .model import Timex

# the year or month referred to by "the" only: "the year", "the end of the year", "the first
# half of the year", "the fourth quarter", "the second half", "the month", "the year as a
# whole" and "the full year" (when no reported quarter gave them its year: results_year.py)
_THE_YEAR = re.compile(r"(?i)^(?:(?:the )?(?:very )?(?:end|beginning|start|middle|rest|remainder|close|"
                       r"(?:first|second|third|fourth|final|last) (?:half|quarter)) of )?the (?:full )?year(?: as a whole)?$"
                       r"|^(?:the )?(?:first|second|third|fourth|final) (?:half|quarter)$")
_THE_MONTH = re.compile(r"(?i)^(?:(?:the )?(?:end|beginning|start|middle|rest) of )?the month$")
_YEAR_VALUE = re.compile(r"^(?:19|20)\d\d(?:$|-)")  # a count ("from 1500 to 2200") is no year to take


def _last_written(part: Span, facts: list[DateFact]) -> DateFact | None:
    """The last fully written date before the span within its sentence."""
    doc = part.doc
    sent_start = part.sent.start_char if doc.has_annotation("SENT_START") else max(0, part.start_char - 200)
    for fact in reversed(facts):
        if fact.end > part.start_char:
            continue
        if fact.start < sent_start:
            return None
        if fact.anchor is None and fact.value and _YEAR_VALUE.match(fact.value) and fact.mod is None \
                and not _label(doc, fact):
            return fact
        return None
    return None


def _label(doc, fact: DateFact) -> bool:
    """ "the 2003 World Cup", "its 2004 results": a year naming a thing, not the time told of."""
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return span[-1].like_num and nxt.pos_ in ("NOUN", "PROPN") and nxt.is_alpha


def in_told_year(part: Span, tx: Timex, facts: list[DateFact]) -> Timex:
    """`tx` moved into the year (or month) the sentence has just named, when its words refer to
    it by "the" only and it was resolved against the publication date or an implied year."""
    if tx.anchored not in ("dct", "implied", None) or not tx.value:
        return tx
    text = " ".join(part.text.split())
    is_year, is_month = bool(_THE_YEAR.match(text)), bool(_THE_MONTH.match(text))
    if not (is_year or is_month):
        return tx
    if tx.anchored is None and not tx.value.startswith("XXXX"):
        return tx
    told = _last_written(part, facts)
    if told is None:
        return tx
    if is_month:
        if told.grain != "month":
            return tx
        return replace(tx, value=told.value[:7] + tx.value[7:] if len(tx.value) > 7 else told.value[:7],
                       anchored="told")
    return replace(tx, value=told.value[:4] + tx.value[4:], anchored="told")

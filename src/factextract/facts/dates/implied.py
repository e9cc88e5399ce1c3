"""The year an article with no publication date implies, from the years it tells in the past.

News tells of the year it is written in as "this year" and of finished years by number: "In
2004 the firm made...", "profits for 2004 rose" put the writing in 2005 or later; "in December
2004 it said" in 2004 or later. Years named as forecasts ("expects growth in 2006", "was due to
open in 2006", "the 2005 budget") say nothing. The latest past year gives a lower bound;
it is taken only when the article also names that very year as under way or to come (or tells
of a month or quarter of it after the finished year before it), so that
a profile telling of 1999 and 2002 does not date itself to 2003: without that, XXXX.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# heads that make a year a forecast, a plan or a label rather than a time that has passed
FORWARD_WORDS = frozenset(
    "forecast predict expect project estimate anticipate plan target hope aim due budget "
    "outlook guidance schedule intend set deadline revise scale downgrade upgrade".split())
# "before 2005", "by 2006", "from 2007", "to 2004": a bound of something else, not a time told
OPEN_ENDED = frozenset("before until till by from to since".split())
# the words of a span besides the year that make it a part of the year ("December 2004")
PART_OF_YEAR = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|quarter|half|spring|summer|autumn|winter|\d{1,2}(?:st|nd|rd|th)?\b(?!\d)"
    r"|\b(?:start|beginning|early|mid|middle)\b")  # "at the start of 2004" may be told during 2004


@dataclass(frozen=True)
class ImpliedYear:
    """`year`: the year the article is written in, or None; `past`: the latest finished year it
    tells of in the past tense (the year its results are for), or None; both None when unsure."""
    year: int | None
    past: int | None


# a rate for a year in a sentence that speaks of forecasts ("growth forecasts slipping to 1.9%
# from 2.4% in 2005") is a prediction, whatever the verb's tense
FORECAST_SENTENCE = frozenset("forecast forecasts predict predicted predicts prediction predictions projection "
                              "projections".split())


def _forecast_rate(span: Span) -> bool:
    doc = span.doc
    rate = any(t.text == "%" or t.lower_ == "cent" for t in doc[max(0, span.start - 4):span.start])
    return rate and doc.has_annotation("SENT_START") and any(t.lower_ in FORECAST_SENTENCE for t in span.sent)


def _forward(span: Span) -> bool:
    if _forecast_rate(span):
        return True
    tok = span.root
    for _ in range(6):
        if tok.lemma_.lower() in FORWARD_WORDS:
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _label(span: Span) -> bool:
    """ "its 2004 listing", "2003's figure": the year names a thing, not a time under way."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod", "poss", "nummod") and root.head.pos_ in ("NOUN", "PROPN")


def implied_year(spans: list[tuple[Span, str | None]]) -> ImpliedYear:
    """The implied year from (date span, clause tense) pairs of the explicit years an article
    names: the year after the latest finished year it tells in the past (the year itself for a
    month or quarter of it), accepted only when the article also names that year as still to
    come or under way ("the outlook for 2005", "growth in 2005 is expected") and no year told
    in the future lies before it."""
    lower = past = upper = None
    ahead: set[int] = set()
    parts: set[int] = set()  # years a month or quarter of which is told in the past
    for span, tense in spans:
        years = [int(t.text) for t in span if YEAR.match(t.text)]
        if not years:
            continue
        y = max(years)
        prev = span.doc[span.start - 1].lower_ if span.start else ""
        if tense == "past" and prev not in OPEN_ENDED and not _forward(span):
            whole = not PART_OF_YEAR.search(span.text.replace(str(y), ""))
            bound = y + 1 if whole else y
            lower = bound if lower is None else max(lower, bound)
            if whole:  # the year results are told for: a finished year, not a month of one
                past = y if past is None else max(past, y)
            else:
                parts.add(y)
        elif prev not in ("since", "before") and (tense == "future" or _forward(span) or (
                tense == "present" and not span.root.dep_.startswith("nsubj")
                and not _label(span))):
            # named as under way or to come; an untensed label ("its 2004 listing", "2003
            # figures") or a year that is the subject of a judgement ("The year 2004 shows")
            # may be finished
            ahead.add(y)
            if tense == "future":
                upper = y if upper is None else min(upper, y)
    # the bound must be named as under way: ahead, or a part of it told after a finished year
    agreed = lower in ahead or (past is not None and lower == past + 1 and lower in parts)
    if lower is None or not agreed or (upper is not None and upper < lower):
        return ImpliedYear(None, None)
    return ImpliedYear(lower, past)

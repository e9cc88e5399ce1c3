"""Spans that read as dates but name no time: measures ("the 1500m"), programme names
("Radio 4's Today programme"), compound nouns ("current account") and periods of play in a
match report ("the first half", "a second-half goal").

Each check looks at the span and the words around it only; `not_a_date` is asked once per
candidate date, after its value is known.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...nlp.resources import load_wordlist
from .model import Timex
from .titles import title_phrase
from .idioms import age_decade, repeated_unit, temperature_band
from .sport_seasons import owned_season
from .not_years import model_number, work_title

VAGUE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
RELATIVE_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday"})
# the words of a match report or of a results story, looked for this far either side
CUE_REACH = 250
_YEAR_IN = re.compile(r"\b(?:1[89]\d\d|20\d\d|year)\b|'\d\d\b", re.I)
_DOC_CUES = "factextract.dates.match_cues"   # the whole doc's counts, kept on the doc
PLAY_PERIOD_OF = frozenset({"season", "game", "match", "campaign", "tournament", "contest", "race"})


def is_vague(tx: Timex) -> bool:
    """No checkable value: "now", "recently", "the future"."""
    return tx.value in VAGUE_VALUES


def not_a_date(span: Span, tx: Timex) -> bool:
    """True when the span, though it reads as a date, names no time."""
    return (measure(span, tx) or programme_name(span) or title_phrase(span) or compound_noun(span)
            or play_period(span, tx) or holiday_modifier(span) or growth_comparison(span)
            or of_the_year(span) or century_in_name(span) or age_decade(span, tx) or temperature_band(span, tx)
            or repeated_unit(span) or owned_season(span) or model_number(span) or work_title(span))


def _next(doc: Doc, i: int, skip_hyphen: bool = True):
    if i < len(doc) and skip_hyphen and doc[i].text in ("-", "–") and not doc[i - 1].whitespace_:
        i += 1
    return doc[i] if i < len(doc) else None


def measure(span: Span, tx: Timex) -> bool:
    """A year-shaped number used as a distance or a count: "the 1500m", "2000 metres"."""
    if tx.grain != "year" or not span[-1].like_num:
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is None:
        return False
    touching = not span[-1].whitespace_ and nxt.is_alpha  # "1500m", "1200cc"
    return touching or nxt.lower_ in load_wordlist("dates/measures.txt")


def programme_name(span: Span) -> bool:
    """ "told Radio 4's Today programme", "The Day Today": a capitalised relative-day word in
    mid-sentence after a word is a name, not the publication day."""
    if len(span) != 1 or span[0].lower_ not in RELATIVE_DAYS or not span[0].is_title or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return (prev.is_alpha or prev.lower_ in ("'s", "’s")) and not prev.is_sent_end


def compound_noun(span: Span) -> bool:
    """ "current account", "current-account deficit": the date word is part of a noun."""
    nxt = _next(span.doc, span.end)
    if nxt is None:
        return False
    return f"{span.text.lower()} {nxt.lower_}" in load_wordlist("dates/not_date_compounds.txt")


def play_period(span: Span, tx: Timex) -> bool:
    """A half or quarter with no year, in a match report: a period of play, not of the year.
    Decided by the words around it (goals, minutes, half-time against profits, growth, %),
    and by what follows: "first half-hour", "the second half of the season"."""
    if tx.grain not in ("half", "quarter") or _YEAR_IN.search(span.text):
        return False
    doc = span.doc
    nxt = _next(doc, span.end, skip_hyphen=False)
    if nxt is not None and nxt.text in ("-", "–") and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ in ("hour", "time", "century"):
        return True  # "the first half-hour", "half-time"
    if nxt is not None and nxt.lower_ == "of":
        after = [t.lower_ for t in doc[span.end + 1:span.end + 4]]
        if any(w in PLAY_PERIOD_OF for w in after):
            return True
    sport, finance = _cues(_around(span, CUE_REACH))
    if sport == finance == 0:
        if _DOC_CUES not in doc.user_data:
            doc.user_data[_DOC_CUES] = _cues(doc)
        sport, finance = doc.user_data[_DOC_CUES]
    return sport > finance


def _around(span: Span, reach: int) -> Span:
    """The tokens within `reach` characters of the span, found by walking out from it (not by
    scanning the doc from its start, which made a long report quadratic)."""
    doc, start, end = span.doc, span.start, span.end
    while start > 0 and doc[start - 1].idx >= span.start_char - reach:
        start -= 1
    while end < len(doc) and doc[end].idx < span.end_char + reach:
        end += 1
    return doc[start:end]


def _cues(tokens) -> tuple[int, int]:
    """Match-report and results-story words among the tokens."""
    sport_words = load_wordlist("dates/match_words.txt")
    money_words = load_wordlist("dates/finance_words.txt")
    sport = finance = 0
    for tok in tokens:
        low = tok.lower_
        if low in sport_words or re.fullmatch(r"\d{1,2}-\d{1,2}", low):  # a score: "18-12"
            sport += 1
        elif low in money_words or tok.text in ("£", "$", "€"):
            finance += 1
    return sport, finance


_HOLIDAY_LEAD = ("this", "next", "last", "the", "a")


def holiday_modifier(span: Span) -> bool:
    """ "Christmas shoppers", "Easter eggs", "New Year resolutions": a holiday name before a noun
    it modifies names a kind of thing, not a time. Rule: the span is a holiday name (optionally
    after "this"/"next"/"last"), the word right after it is a noun (not a hyphen), and that noun
    is not one of the period nouns of dates/holiday_period_nouns.txt ("Christmas sales",
    "Christmas period", "Easter weekend" speak of the period and stay dates). "at Christmas",
    "Christmas Day", "this Christmas" have no noun after the name and stay dates."""
    words = [t.lower_ for t in span]
    while words and words[0] in _HOLIDAY_LEAD:
        words = words[1:]
    if " ".join(words) not in load_wordlist("dates/holidays.txt"):
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or not span[-1].whitespace_:
        return False
    if nxt.pos_ == "PROPN" and nxt.is_title:
        return False  # "Christmas Eve", a name after it
    return nxt.lower_ not in load_wordlist("dates/holiday_period_nouns.txt") \
        and nxt.lemma_.lower() not in load_wordlist("dates/holiday_period_nouns.txt")


_GROWTH_UNITS = frozenset({"month", "year", "quarter", "week", "day"})


def growth_comparison(span: Span) -> bool:
    """ "climbed 0.4% on the month and 3.7% on the year", "month-on-month", "year-on-year": the
    period a change is measured over, not a date."""
    doc = span.doc
    words = [t.lower_ for t in span]
    if words[0] == "the" and len(words) == 2 and words[1] in _GROWTH_UNITS and span.start > 0 \
            and doc[span.start - 1].lower_ == "on":
        before = doc[max(0, span.start - 5):span.start - 1]
        return any(t.like_num or t.text == "%" or t.lower_ in ("up", "down", "higher", "lower") for t in before)
    # "year-on-year" as tokens: a unit, "-", "on", "-", a unit
    for i in range(span.start, span.end):
        if doc[i].lower_ in _GROWTH_UNITS:
            if i + 3 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "on" \
                    and doc[i + 3].text == "-":
                return True
            if i >= 3 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "on" and doc[i - 3].text == "-":
                return True
        if "-on-" in doc[i].lower_:
            return True
    return False


def of_the_year(span: Span) -> bool:
    """ "album of the year", "player of the year award": a title or a pick, not a date. The
    noun before "of" decides: a part of the year ("the end of the year") keeps it a date."""
    if [t.lower_ for t in span] != ["the", "year"] or span.start < 2:
        return False
    doc = span.doc
    if doc[span.start - 1].lower_ != "of":
        return False
    noun = doc[span.start - 2]
    return noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in load_wordlist("dates/year_part_nouns.txt")


def century_in_name(span: Span) -> bool:
    """ "20th Century Fox", "21st Century Insurance": a capitalised "Century" followed by another
    capitalised word is part of a name, not a century."""
    doc = span.doc
    for tok in span:
        if tok.lower_ == "century" and tok.text[0].isupper() and tok.i > 0 \
                and not doc[tok.i - 1].is_sent_start:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
                return True
    return False

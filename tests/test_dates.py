"""Dates: detection + TIMEX3 values resolved against the publication date, as tables.

All sentences are written for these tests. 2025-10-19 is a Sunday.
"""
from __future__ import annotations

from datetime import date

import pytest

from factextract.scoring.dates import score
from factextract.facts.dates.timex import Context, Timex, normalise

SUNDAY = "2025-10-19"

# (text, published, expression, value, grain, mod)
CASES = [
    ("Police detained the man on Sunday.", SUNDAY, "Sunday", "2025-10-19", "day", None),
    ("The minister resigned on Friday.", SUNDAY, "Friday", "2025-10-17", "day", None),
    ("The talks will resume on Tuesday.", SUNDAY, "Tuesday", "2025-10-21", "day", None),
    ("She took office in June and has travelled widely since.", SUNDAY, "June", "2025-06", "month", None),
    ("The unrest began with a botched attempt to seize the parliament in December.", SUNDAY,
     "December", "2024-12", "month", None),
    ("The plant will reopen in January.", SUNDAY, "January", "2026-01", "month", None),
    ("Prices rose sharply last year.", SUNDAY, "last year", "2024", "year", None),
    ("The bridge opened in August of last year.", SUNDAY, "August of last year", "2024-08", "month", None),
    ("The ferry sank in March last year.", SUNDAY, "March last year", "2024-03", "month", None),
    ("Exports slowed in the third quarter.", SUNDAY, "the third quarter", "2025-Q3", "quarter", None),
    ("Many families moved north in the 1960s.", SUNDAY, "the 1960s", "196X", "decade", None),
    ("The council is now reviewing the plan.", SUNDAY, "now", "PRESENT_REF", None, None),
    ("The mill closed two years ago.", SUNDAY, "two years ago", "2023", "year", None),
    ("The strike ended yesterday.", SUNDAY, "yesterday", "2025-10-18", "day", None),
    ("The agency first reported the leak on Oct. 3, 2024.", SUNDAY, "Oct. 3, 2024", "2024-10-03", "day", None),
    ("The vote is scheduled for next week.", SUNDAY, "next week", "2025-W43", "week", None),
    ("Turnout was low early this month.", SUNDAY, "early this month", "2025-10", "month", "START"),
    ("The harbour froze in early July.", SUNDAY, "early July", "2025-07", "month", "START"),
    ("The twentieth century saw two world wars.", SUNDAY, "twentieth century", "19", "century", None),
    ("The ceasefire held until 3 p.m. Saturday.", SUNDAY, "3 p.m. Saturday", "2025-10-18T15:00", "hour", None),
    ("The new line is due to open in the spring of 2027.", SUNDAY, "spring of 2027", "2027-SP", "season", None),
    ("The storm hit the coast on the night of 14 September 2023.", SUNDAY, "14 September 2023",
     "2023-09-14", "day", None),
    ("Officials met in mid-2019 to draft the accord.", SUNDAY, "mid-2019", "2019", "year", "MID"),
    ("The dam was finished in 1987.", SUNDAY, "1987", "1987", "year", None),
    ("Rates were cut in the fourth quarter of 2022.", SUNDAY, "the fourth quarter of 2022", "2022-Q4", "quarter", None),
    ("Margins improved in Q2 2024.", SUNDAY, "Q2 2024", "2024-Q2", "quarter", None),
    ("More rain is expected in the coming weeks.", SUNDAY, "the coming weeks", "FUTURE_REF", None, None),
    ("The court adjourned until last Oct. 23 was reconsidered.", SUNDAY, "last Oct. 23", "2024-10-23", "day", None),
    ("Flights resumed on 19.10.2025 after the strike.", SUNDAY, "19.10.2025", "2025-10-19", "day", None),
    ("Wire copy (11/03/2025): boats were seen.", "2025-03-11", "11/03/2025", "2025-03-11", "day", None),
    ("The form was signed on 10/19/2025.", SUNDAY, "10/19/2025", "2025-10-19", "day", None),
    ("The rally drew thousands this weekend.", SUNDAY, "this weekend", "2025-W42-WE", "week", None),
    ("Orders slumped in the first half of 2025.", SUNDAY, "the first half of 2025", "2025-H1", "half", None),
    ("Bids close at midnight on Dec. 31.", SUNDAY, "midnight on Dec. 31", "2025-12-31T24:00", "hour", None),
    ("Lava flows slowed in the late 1990s.", SUNDAY, "the late 1990s", "199X", "decade", "END"),
    ("The border post was sealed more than a year ago.", SUNDAY, "more than a year ago", "2024", "year", "BEFORE"),
    ("The ferry sank nearly four years ago.", SUNDAY, "nearly four years ago", "2021", "year", "APPROX"),
]


@pytest.mark.parametrize("text,published,expr,value,grain,mod", CASES, ids=[c[2] for c in CASES])
def test_value_and_grain(extract, text, published, expr, value, grain, mod):
    rec = extract(text, published=published)
    hits = [d for d in rec.dates if expr in d.text or d.text in expr]
    assert hits, f"{expr!r} not found in {[d.text for d in rec.dates]}"
    d = hits[0]
    assert (d.value, d.grain, d.mod) == (value, grain, mod)
    assert text[d.start:d.end] == d.text


# text, expected date texts (offsets checked too): durations and frequencies are not dates
NOT_DATES = [
    ("The 20-hour operation ended without injuries.", []),
    ("Guards patrol the fence 24 hours a day.", []),
    ("The siege lasted four months.", []),
    ("May I ask who approved the budget?", []),
    ("The village has been rebuilt over the past five years.", []),
    ("The annual report is published every March.", []),
    ("May the best team win, said Mark Sunday.", []),
]


@pytest.mark.parametrize("text,expected", NOT_DATES)
def test_not_dates(extract, text, expected):
    rec = extract(text, published=SUNDAY)
    assert [d.text for d in rec.dates] == expected


def test_range_keeps_both_ends(extract):
    text = "Thousands fled during the 1950-53 war."
    rec = extract(text, published=SUNDAY)
    (d,) = [d for d in rec.dates if "1950" in d.text]
    assert (d.text, d.value, d.low, d.high) == ("1950-53", "1950", "1950", "1953")
    assert text[d.start:d.end] == "1950-53"


def test_word_range_gives_two_dates_with_ends(extract):
    text = "The exhibition runs from June to August."
    rec = extract(text, published="2025-03-02")
    got = [(d.text, d.value, d.low, d.high) for d in rec.dates]
    assert got == [("June", "2025-06", "2025-06", "2025-08"), ("August", "2025-08", "2025-06", "2025-08")]


def test_offsets_and_anchor(extract):
    text = "On Sunday the army said a soldier had crossed the border.\nLast year 236 people arrived."
    rec = extract(text, published=SUNDAY)
    assert [(d.text, d.start, d.end, d.anchor) for d in rec.dates] == [
        ("Sunday", 3, 9, SUNDAY), ("Last year", 58, 67, SUNDAY)]


def test_without_publication_date_no_today(extract):
    """Relative expressions keep X placeholders; nothing is resolved against the clock."""
    rec = extract("The talks collapsed on Sunday. Prices rose last year. She took office in June. "
                  "The mine closed two days ago.")
    values = {d.text: d.value for d in rec.dates}
    assert values == {"Sunday": "XXXX-WXX-7", "last year": "XXXX", "June": "XXXX-06",
                      "two days ago": "XXXX-XX-XX"}
    today = date.today()
    assert not any(str(today.year) in (d.value or "") for d in rec.dates)


# direct normaliser checks: (text, dct, tense, ref, value, grain)
NORMALISE = [
    ("Friday", "1998-02-13", "past", None, "1998-02-13", "day"),
    ("Friday", "1998-02-13", "future", None, "1998-02-13", "day"),
    ("Monday", "1998-02-13", "future", None, "1998-02-16", "day"),
    ("last Friday", "1998-02-13", None, None, "1998-02-06", "day"),
    ("Nov. 10", "1989-11-02", "past", None, "1989-11-10", "day"),   # payable-style date, 8 days on
    ("Nov. 10", "1989-03-02", "past", None, "1988-11-10", "day"),
    ("a year earlier", "1989-11-02", None, ("1989-Q3", "quarter"), "1988-Q3", "quarter"),
    ("the following day", "1999-05-06", None, ("1998-10-23", "day"), "1998-10-24", "day"),
    ("the weekend", "1989-10-25", "past", None, "1989-W42-WE", "week"),
    ("nineteen ninety-six", "1998-02-13", None, None, "1996", "year"),
    ("the late 1990s", "2001-01-01", None, None, "199X", "decade"),
    ("this morning", "1998-02-13", None, None, "1998-02-13TMO", "day"),
    ("recently", "1998-02-13", None, None, "PAST_REF", None),
    ("last quarter", "2025-10-19", None, None, "2025-Q3", "quarter"),
    ("the final quarter", "2025-10-19", None, None, "2025-Q4", "quarter"),
    # no day told before it: the day after nothing a reader can check (narrative.py)
    ("the following day", "2025-10-19", None, None, None, None),
    ("last year", None, None, None, "XXXX", "year"),
    ("four months", "1998-02-13", None, None, None, None),
    ("every day", "1998-02-13", None, None, None, None),
]


@pytest.mark.parametrize("text,dct,tense,ref,value,grain", NORMALISE, ids=[f"{n[0]}@{n[1]}" for n in NORMALISE])
def test_normalise(text, dct, tense, ref, value, grain):
    ctx = Context(dct=date.fromisoformat(dct) if dct else None, tense=tense)
    if ref:
        ctx.ref = Timex(*ref)
        if ref[1] == "quarter":
            ctx.ref_q = ctx.ref
    tx = normalise(text, ctx)
    got = (tx.value, tx.grain) if tx else (None, None)
    assert got == (value, grain)


def test_scorer_counts_like_tempeval():
    text = "On Friday and in the third quarter, for four months."
    gold = {"id": "a", "text": text, "published": "1989-11-03", "gold": {"dates": [
        {"start": 3, "end": 9, "type": "DATE", "value": "1989-11-03"},
        {"start": 17, "end": 34, "type": "DATE", "value": "1989-Q3"},
        {"start": 40, "end": 51, "type": "DURATION", "value": "P4M"}]}}
    preds = {"a": {"dates": [
        {"start": 3, "end": 9, "value": "1989-11-03"},      # exact, right value
        {"start": 21, "end": 34, "value": "1989-Q4"},       # overlap, wrong value
        {"start": 40, "end": 51, "value": None}]}}          # only overlaps a DURATION: ignored
    lines = score([gold], preds)
    assert lines[-1].startswith("dates value-F1 0.500 (P 0.50 R 0.50) strict-F1 0.500 relaxed-F1 1.000")
    assert "+1 ignored" in lines[0]


def test_rules_only_pipeline_still_finds_dates():
    """Without the model (no tags, no parse, no entities) the patterns and normaliser still work."""
    from factextract.extraction import extract as run
    from factextract.pipeline import build_pipeline

    nlp = build_pipeline(None)
    text = "The soldier crossed on Sunday. In August of last year another one crossed."
    rec = run(text, published=SUNDAY, nlp=nlp)
    assert [(d.text, d.value) for d in rec.dates] == [("Sunday", "2025-10-19"), ("August of last year", "2024-08")]

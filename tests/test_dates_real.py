"""Dates on whole news stories (issue 12): what is not a date, clock times, ranges, the period a
results story reports, the year an undated article implies, and vague words kept apart.

All sentences are written for these tests.
"""
from __future__ import annotations

import json

import pytest

NO_DATE = None

# text, published, expected (text, value) pairs of the dates found (vague ones left out)
CASES = [
    # a year-shaped number that is a distance or a count
    ("Holmes fell in the final of the 1500m at the indoor championships.", None, []),
    ("The relay team ran 2000 metres in training on Monday.", "2005-03-07",
     [("Monday", "2005-03-07")]),
    # a 24-hour clock time before a time zone, spaced or joined
    ("By 1650 GMT, the euro was trading at $1.31.", None, [("1650 GMT", "XXXX-XX-XXT16:50")]),
    ("The pound slipped to $1.88 by 2230GMT.", "2005-02-03", [("2230GMT", "2005-02-03T22:30")]),
    ("The service is broadcast from 1130 to 1215 GMT.", None,
     [("1130", "XXXX-XX-XXT11:30"), ("1215 GMT", "XXXX-XX-XXT12:15")]),
    # names and compound nouns made of date words
    ("The mayor defended the scheme on BBC Radio 4's Today programme.", "2005-01-10", []),
    ("The sketch show The Day Today returns to the screen.", "2005-01-10", []),
    ("Today the ferry crossed the strait.", "2005-01-10", [("Today", "2005-01-10")]),
    ("The country's current account deficit widened sharply.", None, []),
    ("Economists watched the current-account gap.", None, []),
    # periods of play in a match report
    ("Rovers scored twice in the first half and held on after half-time.", None, []),
    ("Keane's first-half goal settled a scrappy match.", None, []),
    ("The hosts led 24-17 as the match went into the final quarter.", None, []),
    ("Her touch deserted her for the second half of the season.", None, []),
    ("The hosts were battered in the first half-hour.", None, []),
    # ... but a half or quarter in a results story is one of the year
    ("The retailer said profits rose 8% in the first half of 2004.", None,
     [("the first half of 2004", "2004-H1")]),
    ("Sales fell 3% in the last quarter of 2004.", None, [("the last quarter of 2004", "2004-Q4")]),
    # a holiday name before a noun it modifies is a kind of thing, not a time ...
    ("Shops hoped Christmas shoppers would return to buy Christmas presents.", None, []),
    ("She sent a Christmas e-mail to staff and hid Easter eggs in the garden.", None, []),
    ("Most New Year resolutions are broken by February.", None, [("February", "XXXX-02")]),
    ("The gallery put up a Christmas tree and sold Christmas cards.", None, []),
    # ... but the holiday itself, or a noun for its period, keeps it a date
    ("The family met at Christmas and ate together on Christmas Day.", None,
     [("Christmas", "XXXX-12-25"), ("Christmas Day", "XXXX-12-25")]),
    ("Christmas sales fell and trading was weak over the Christmas period.", None,
     [("Christmas", "XXXX-12-25"), ("Christmas", "XXXX-12-25")]),
    # growth comparisons name the span a change is measured over
    ("Rents climbed 0.4% on the month and 5.2% on the year in March.", None, [("March", "XXXX-03")]),
    ("Output was up 3% month-on-month and 5% year-on-year.", None, []),
    # a title or a pick "of the year"; a part of the year stays a date
    ("The band won album of the year and the gig of the year award.", None, []),
    ("The factory will close by the end of the year.", "2005-01-10", [("the end of the year", "2005")]),
    # an ordinal century inside a capitalised name
    ("The studio sold the rights to 20th Century Fox in May.", None, [("May", "XXXX-05")]),
    ("The chapel was rebuilt in the 19th century.", None, [("the 19th century", "18")]),
    # a count of months after a stated month
    ("In June 2003 he joined the club. Two months later he left.", None,
     [("June 2003", "2003-06"), ("Two months later", "2003-08")]),
    # ranges
    ("The 2005-6 budget raises spending on roads.", None, [("2005-6", "2005")]),
    ("The fair runs 10-20 February in the old town.", "2005-01-10", [("10-20 February", "2005-02-10")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_dates_in_real_sentences(extract, text, published, expected):
    rec = extract(text, published=published)
    got = [(d.text, d.value) for d in rec.dates if not d.vague]
    assert got == expected
    for d in rec.dates:
        assert text[d.start:d.end] == d.text


def test_ranges_carry_both_ends(extract):
    rec = extract("The 2005-6 budget and the fair on 10-20 February.", published="2005-01-10")
    assert [(d.low, d.high) for d in rec.dates] == [("2005", "2006"), ("2005-02-10", "2005-02-20")]


# an undated results story: the years it tells in the past imply the year it is written in
RESULTS_STORY = (
    "Carmaker lifts profits\n\n"
    "The carmaker made a profit of 1bn euros in 2004, against a loss in 2003. "
    "In the fourth quarter alone it earned 300m euros, compared with 120m euros a year earlier. "
    "Fourth-quarter sales rose 6%. The firm expects growth to slow this year and to recover "
    "next year. The outlook for 2005 is steady, and sales of its new model will start in 2006.")


def test_undated_story_implies_its_year(extract):
    rec = extract(RESULTS_STORY)
    values = {d.text: d.value for d in rec.dates}
    assert values["the fourth quarter"] == "2004-Q4"     # the period reported: the year told in the past
    assert values["a year earlier"] == "2003-Q4"         # the reported quarter, a year before
    assert values["Fourth-quarter"] == "2004-Q4"
    assert values["this year"] == "2005"                 # 2004 is told as a finished year
    assert values["next year"] == "2006"
    assert any("2005" in w and "publication date" in w for w in rec.warnings)


@pytest.mark.parametrize("text", [
    # nothing told in the past: the year stays unknown
    "The firm expects growth to slow this year. It plans a new plant in 2006.",
    # a past year far behind the years the story looks ahead to says nothing recent
    "The plant opened in 1998. Output will double this year and again in 2006.",
    # a profile telling only of past years: the year after the last one is not implied
    "She joined the bank in 1999 and became its chief in 2002. This year she faces a vote.",
])
def test_undated_story_without_evidence_keeps_xxxx(extract, text):
    rec = extract(text)
    assert {d.text.lower(): d.value for d in rec.dates}["this year"] == "XXXX"


def test_publication_date_wins_over_implied_year(extract):
    rec = extract(RESULTS_STORY, published="2005-02-03")
    assert {d.text: d.value for d in rec.dates}["this year"] == "2005"
    assert not any("implies" in w for w in rec.warnings)


def test_vague_words_are_marked(extract):
    rec = extract("Prices are now rising, and recently fell. The future looks bright. It rose in 2004.")
    vague = [(d.text, d.value) for d in rec.dates if d.vague]
    assert vague == [("now", "PRESENT_REF"), ("recently", "PAST_REF"), ("The future", "FUTURE_REF")]
    assert [d.text for d in rec.dates if not d.vague] == ["2004"]


def test_cli_leaves_vague_dates_out_unless_asked(tmp_path):
    from typer.testing import CliRunner

    from factextract.cli.app import app

    article = tmp_path / "a.txt"
    article.write_text("Shares are now rising.\n\nThe firm was founded in 1998.\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["extract", str(article), "--format", "json", "-q"])
    assert plain.exit_code == 0, plain.output
    assert [d["text"] for d in json.loads(plain.stdout)["dates"]] == ["1998"]
    full = runner.invoke(app, ["extract", str(article), "--format", "json", "-q", "--vague-dates"])
    dates = json.loads(full.stdout)["dates"]
    assert [(d["text"], d.get("vague")) for d in dates] == [("now", True), ("1998", None)]


# the period a results story reports anchors "the previous quarter", "a year earlier"
@pytest.mark.parametrize("text,expr,value", [
    ("Profits rose in the third quarter of 2004, after a dip in the previous quarter.",
     "the previous quarter", "2004-Q2"),
    ("Exports eased over the final three months of 2004, from 1.3% a year earlier.",
     "a year earlier", "2003-Q4"),
    ("The deal should close in the first quarter of 2005, the firm said. Turnover was £8bn in 2004, "
     "down from £9bn a year earlier.", "a year earlier", "2003"),
])
def test_reported_period_anchors(extract, text, expr, value):
    rec = extract(text, published="2005-02-10")
    assert {d.text: d.value for d in rec.dates}[expr] == value


def test_undated_story_finished_year_and_part_of_next_agree(extract):
    text = ("The carmaker made a profit in 2004. It declined to give guidance for the first quarter "
            "2005, which began badly. Its fourth quarter profits rose, against a loss a year ago.")
    values = {d.text: d.value for d in extract(text).dates}
    assert values["fourth quarter"] == "2004-Q4" and values["a year ago"] == "2003-Q4"


@pytest.mark.parametrize("text, expr, value", [
    # an untensed label ("its 2004 flotation") names a finished event, not a year under way:
    # with 2003 told in the past it must not make the story's year 2004
    ("The lender was rescued in 2003. Critics point to its 2004 flotation in Hong Kong. "
     "Last year, regulators fined it twice.", "Last year", "XXXX"),
    # a year that is the subject of a judgement ("2004 shows ...") may be finished
    ("The brewer lost money in 2003. \"The year 2004 shows that our plan works,\" its boss said. "
     "Last year it sold more beer than ever.", "Last year", "XXXX"),
])
def test_labels_and_judged_years_imply_no_year(extract, text, expr, value):
    assert {d.text: d.value for d in extract(text).dates}[expr] == value


def test_bare_verb_after_saw_takes_past_tense(extract):
    # "saw sales rise ... in 2004" tells 2004 as finished; with 2005 still to come that implies 2005
    text = ("The carmaker saw its quarterly profit fall from 2.1bn euros in 2003. It saw world sales "
            "rise 5% in 2004. Profits will be higher in 2005, it said. It turned a loss into a profit "
            "last year.")
    values = {d.text: d.value for d in extract(text).dates}
    assert values["last year"] == "2004"

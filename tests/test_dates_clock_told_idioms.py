"""Four-digit clock times that read as years ("kicks off at 1330"), "the year"/"the second half
of the year"/"the month" taking the year the sentence just named, and date words that name no
time (an age as a decade, "month by month"). All sentences are written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, span, value", [
    ("The final kicks off at 1330 on Saturday.", "1330", "XXXX-XX-XXT13:30"),
    ("Polls close at 2200 local time in the capital.", "2200 local time", "XXXX-XX-XXT22:00"),
    ("The road stays shut until 0545 for repairs.", "0545", "XXXX-XX-XXT05:45"),
    ("Reserve fixtures: Bury v Crewe (1245), Hull v Leeds (1500).", "1245", "XXXX-XX-XXT12:45"),
    ("The shares closed at 1115 pence on Friday.", "1115", None),
    ("The curfew runs from 0100 to 0500 each night.", "0100", "XXXX-XX-XXT01:00"),
    # years stay years
    ("The abbey was founded in 1330 by monks.", "1330", "1330"),
    ("By 2010 the network will reach every village.", "2010", "2010"),
    ("The rule has applied from 2003 onwards.", "2003", "2003"),
])
def test_clock_digits(extract, text, span, value):
    got = {d.text: d.value for d in extract(text).dates}
    assert got.get(span) == value


@pytest.mark.parametrize("text, published, span, value", [
    ("Rents climbed 9% across 2003, but only 1% over the second half of the year.", None,
     "the second half of the year", "2003-H2"),
    ("Output grew in 1998 and slowed towards the end of the year.", None, "the end of the year", "1998"),
    ("Orders rose in 2002 and dipped in the fourth quarter.", None, "the fourth quarter", "2002-Q4"),
    ("The firm gave no guidance for first quarter 2006.", None, "first quarter 2006", "2006-Q1"),
    ("She arrived in March 2001 and left at the end of the month.", None, "the end of the month", "2001-03"),
    # "the year as a whole" with no reported quarter of that year before it (results_year.py)
    ("Trade faltered late last year; only a brisk opening to 2004 saved the year as a whole from "
     "a loss.", None, "the year as a whole", "2004"),
    # a year from another sentence, or none: unchanged
    ("Sales rose in 2002. The firm expects more during the second half of the year.", None,
     "the second half of the year", "XXXX-H2"),
    ("Margins should widen over the second half of the year.", "2025-10-19",
     "the second half of the year", "2025-H2"),
])
def test_the_year_of_the_sentence(extract, text, published, span, value):
    got = {d.text: d.value for d in extract(text, published=published).dates}
    assert got.get(span) == value


@pytest.mark.parametrize("text, dates", [
    ("He took up painting in his late thirties.", []),
    ("Most of the runners were men in their 40s.", []),
    ("The month by month swings in the index worry traders.", []),
    ("The club was at its peak in the late 1970s.", ["the late 1970s"]),
])
def test_no_time_named(extract, text, dates):
    assert [d.text for d in extract(text).dates] == dates


@pytest.mark.parametrize("text, value", [
    ("Trains run far faster today than they did in my youth.", "PRESENT_REF"),
    ("Fishing catches could drop to a third of today's levels.", "PRESENT_REF"),
    ("The book is aimed at today's teenagers.", "PRESENT_REF"),
    ("Her songs still speak to the listeners of today.", "PRESENT_REF"),
    ("Even today, the old name is used by locals.", "PRESENT_REF"),
    # the day itself
    ("Today's verdict came after a long trial.", "2025-10-19"),
    ("Today's talks broke up without a deal.", "2025-10-19"),
    ("The council will vote today on the budget.", "2025-10-19"),
])
def test_today_meaning_nowadays(extract, text, value):
    got = [d.value for d in extract(text, published="2025-10-19").dates if d.text.lower().startswith("today")]
    assert got == [value]


@pytest.mark.parametrize("text, span, value", [
    # a year naming a thing ("the 2003 final") is not the year "the year" refers to
    ("After the 2003 final he said players need rest during the year.", "the year", "XXXX"),
    ("The buyer of today's auction paid a record sum.", "today", "2025-10-19"),
    ("It is more than most homes need today, the report said.", "today", "2025-10-19"),
])
def test_told_year_and_today_limits(extract, text, span, value):
    published = None if value.startswith("X") else "2025-10-19"
    got = {d.text: d.value for d in extract(text, published=published).dates}
    assert got.get(span) == value


def test_forecast_years_and_start_of_year_imply_no_later_year(extract):
    # years in a sentence about forecasts are predictions, and "the start of 2004" told in the
    # past may be told during 2004: neither dates the article to 2006
    text = ("Forecasts for growth were scaled back to 2.1% from 2.8% in 2005. Prices are far higher "
            "than they were at the start of 2004. Growth will slow next year and recover in 2006.")
    got = {d.text: d.value for d in extract(text).dates}
    assert got["next year"] == "XXXX"


def test_fixture_clock_time_gives_no_year(extract):
    # "2000 GMT" under a fixture's date is the kick-off time, not the year of the fixture
    text = "Bath v Wasps (Sat)\n\nThe Rec\n\nSaturday, 12 March\n\n2000 GMT\n\nBath have named an unchanged side.\n"
    got = {d.text: d.value for d in extract(text).dates}
    assert got["12 March"] == "XXXX-03-12"
    assert got["2000 GMT"] == "XXXX-XX-XXT20:00"


def test_a_changed_count_is_no_clock_time_and_gives_no_year(extract):
    dates = extract("Membership rose from 1500 to 2200 over the year.").dates
    assert not any("T" in (d.value or "") for d in dates)
    assert {d.text: d.value for d in dates}.get("the year") in (None, "XXXX")

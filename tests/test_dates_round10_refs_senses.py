"""Round 10 (dates): the date a relative phrase counts from (a year does not stand for a month;
a month of unknown year is no stale year's), financial years written with a slash, a fronted
month followed by a count, and date words used in another sense ("this fall from", "to this
day"). All sentences are written for these tests."""
from __future__ import annotations

import pytest


def _dates(extract, text, published=None):
    return {d.text: d for d in extract(text, published=published).dates}


@pytest.mark.parametrize("text, published, span, value", [
    # a year mentioned last says nothing of the month: no month invented from its 1 January
    ("Output should grow 1% in 2005, he said. Joblessness is 9.1%, up 0.2 points from the previous month.",
     None, "the previous month", "XXXX-XX"),
    # "that month" after a bare year names no month: left out rather than given 2005-01
    ("Output should grow 1% in 2005, he said. Some 9,000 posts were cut that month.", None, "that month", None),
    # a finer date still serves
    ("Sales fell in January 2004 after rising in the previous month.", None, "the previous month", "2003-12"),
    ("The deal was signed on 12 May 2003. That week, its shares rose.", None, "That week", "2003-W20"),
    ("The mill closed in 1998. During that year, 300 people left the town.", None, "that year", "1998"),
    # a month of unknown year after an older full date: the older year no longer serves
    ("Rents are at their lowest since June 2001. In January they rose 0.3% on the month and 9% on a year earlier.",
     None, "a year earlier", "XXXX"),
    ("Shares peaked in 1999. On 3 March the board met, and the following year it sold the unit.",
     None, "the following year", "XXXX"),
    ("The minister resigned last Thursday. On the same day, the party chose a new leader.",
     None, "same day", "XXXX-WXX-4"),
    # a date derived from another passes no guess along: "the same month" is still November
    ("In November 7,200 patients were on the list, up 350 on the previous month. Over the same month the "
     "list in Devon shrank.", None, "the same month", "XXXX-11"),
    ("In November 7,200 patients were on the list, up 350 on the previous month.", None, "the previous month", "XXXX-XX"),
    # with a publication date every bare month has its year: unchanged
    ("Rents are at their lowest since June 2001. In January they rose 9% on a year earlier.",
     "2005-02-10", "a year earlier", "2004"),
])
def test_reference_date(extract, text, published, span, value):
    got = _dates(extract, text, published)
    if value is None:
        assert span not in got
    else:
        assert span in got and got[span].value == value


@pytest.mark.parametrize("text, span, value, low, high", [
    ("Spending on roads rose 4.1% in 2002/03, the department said.", "2002/03", "2002", "2002", "2003"),
    ("Borrowing is forecast to fall by 2006/07.", "2006/07", "2006", "2006", "2007"),
    ("Arrests were down in 1999/2000 across the county.", "1999/2000", "1999", "1999", "2000"),
])
def test_slash_financial_years(extract, text, span, value, low, high):
    d = _dates(extract, text)[span]
    assert (d.value, d.low, d.high, d.grain) == (value, low, high, "year")


@pytest.mark.parametrize("text", [
    "Output compared for 2001/2003 was flat.",   # not consecutive: no one period
    "The helpline runs 24/7 all year.",
])
def test_slash_not_a_period(extract, text):
    assert not any("/" in d.text for d in extract(text).dates)


@pytest.mark.parametrize("text, span, value, absent", [
    ("In January 25 people who ran the scam were jailed.", "January", "XXXX-01", "January 25"),
    ("In March 300 workers walked out over pay.", "March", "XXXX-03", "March 300"),
    # a day stays a day
    ("The band plays Cork on June 24 and 25.", "June 24", "XXXX-06-24", None),
    ("The vote is on May 5, the party said.", "May 5", "XXXX-05-05", None),
    ("Police linked the raid to the March 11 bombings in the capital.", "March 11", "XXXX-03-11", None),
])
def test_month_then_count(extract, text, span, value, absent):
    got = _dates(extract, text)
    assert got[span].value == value
    assert got[span].start == text.index(span)
    if absent:
        assert absent not in got


@pytest.mark.parametrize("text, span, value, vague", [
    ("The bank expects this fall from the present 4.1% rate.", "this fall", None, None),
    ("Analysts blame this fall in sales on the weather.", "this fall", None, None),
    ("The show opens this fall in New York.", "this fall", "XXXX-FA", None),
    ("The doctor was shot this fall in his home upstate.", "this fall", "XXXX-FA", None),
    ("Even to this day, the family has had no answer.", "this day", "PRESENT_REF", True),
])
def test_word_senses(extract, text, span, value, vague):
    got = _dates(extract, text)
    if value is None:
        assert span not in got
    else:
        assert got[span].value == value and got[span].vague == vague


@pytest.mark.parametrize("text, span, value", [
    ("He kicked the winning goal in the 2003 World Cup and retired last year.", "2003", "2003"),
    ("She won silver at the 2000 Olympics in Sydney.", "2000", "2000"),
])
def test_year_heading_an_event_name(extract, text, span, value):
    got = _dates(extract, text)
    assert got[span].value == value and got[span].start == text.index(span)


def test_year_closing_a_name_is_the_names(extract):
    assert "2004" not in _dates(extract, "He scored twice at Euro 2004 in Portugal.")

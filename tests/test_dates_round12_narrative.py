"""Round 12 (dates): the narrative's own time (a weekday in apposition to a date, "the next
morning" in a passage about a stated day, "last October" said in November, forecasts
look ahead), year-shaped numbers that are names (model numbers, film titles), years and decades
the grammar missed ("a 2022 Senate run", "the 70s") and the clock's grain. All sentences are
written for these tests."""
from __future__ import annotations

import pytest


def _dates(extract, text, published=None):
    return {d.text: d for d in extract(text, published=published).dates}


@pytest.mark.parametrize("text, published, span, value", [
    # a weekday in apposition to a stated date is that date
    ("The council voted on Dec. 18, a Wednesday, to close the depot.", "2019-12-30", "Wednesday", "2019-12-18"),
    ("The plant shut on March 4, which was a Friday.", "2022-04-20", "Friday", "2022-03-04"),
    # a bare weekday stays in the publication's week even after an older stated date
    ("Staff were told on Dec. 18. Police said Monday that no charges would follow.", "2019-12-30",
     "Monday", "2019-12-30"),
    ("The ship docked on Monday 3 May. On Wednesday, officials said it was safe.", "2021-05-20", "Wednesday", "2021-05-19"),
    # "the next morning", "the following evening": from the day the passage tells of
    ("The hearing was on March 3. The next morning, the mayor left town.", "2019-12-26",
     "The next morning", "2019-03-04TMO"),
    ("Police were called on 9 June. The following evening a man was arrested.", "2020-07-01",
     "The following evening", "2020-06-10TEV"),
    ("Police were called on 9 June. The next day a man was charged.", "2020-07-01", "The next day", "2020-06-10"),
    # "last October" in November: the month just gone would be "last month", so a year back
    ("She changed her mind last October and backed the plan.", "2023-11-08", "last October", "2022-10"),
    ("Sales slumped last June.", "2023-11-08", "last June", "2023-06"),
    # "last March" after "last year": that year's March
    ("Prices rose sharply last year. Last March, they hit a record.", "2023-11-08", "Last March", "2022-03"),
    # a forecast's date is ahead of it
    ("The grid operator forecast electricity demand Monday at near-record levels.", "2020-08-16",
     "Monday", "2020-08-17"),
    ("Forecasters predict heavy rain on Tuesday.", "2020-08-16", "Tuesday", "2020-08-18"),
    ("The agency predicted on Tuesday that demand would rise.", "2020-08-16", "Tuesday", "2020-08-11"),
])
def test_narrative_time(extract, text, published, span, value):
    got = _dates(extract, text, published)
    assert span in got, list(got)
    assert got[span].value == value


@pytest.mark.parametrize("text, published", [
    # a "next day" with no day told near it names nothing a reader can check
    ("Every night I lay out my clothes for the next day.", "2020-02-08"),
    ("The trial opened on 2 January. " + "Lawyers argued over the evidence for hours. " * 16
     + "Most students pack their bags for the next day.", "2020-02-08"),
])
def test_next_day_without_a_day(extract, text, published):
    got = _dates(extract, text, published)
    assert not any("next day" in t for t in got), got


@pytest.mark.parametrize("text, absent, kept", [
    ("The RTX 2080 Ti beat the 2080 Super in every test.", ["2080"], []),
    ("Owners of the 2080 Ti will find that the 2080 runs hotter than cards made in 2018.", ["2080"], ["2018"]),
    ("It was reviewed on a GeForce GTX 1650 with 8 GB of memory.", ["1650"], []),
    ("Fans watched the NFL 2023 draft closely.", [], ["2023"]),
    ("The war film 1917 won best picture.", ["1917"], []),
    ("The war film “1917” won best picture.", ["1917"], []),
    ("She made her first film in 1917.", [], ["1917"]),
])
def test_numbers_that_are_names(extract, text, absent, kept):
    got = _dates(extract, text)
    for a in absent:
        assert a not in got, got
    for k in kept:
        assert k in got and got[k].value == k


@pytest.mark.parametrize("text, span, value, grain", [
    ("He is weighing a 2022 Senate run.", "2022", "2022", "year"),
    ("Her 2016 campaign was short of money.", "2016", "2016", "year"),
    ("Analysts see gains for the 2005 year.", "2005", "2005", "year"),   # "year" is no measure
    ("He loved the rock licks of the 70s.", "the 70s", "197X", "decade"),
    ("It sounds like the late 80s.", "the late 80s", "198X", "decade"),
])
def test_years_and_decades_found(extract, text, span, value, grain):
    got = _dates(extract, text)
    assert span in got, list(got)
    assert (got[span].value, got[span].grain) == (value, grain)


@pytest.mark.parametrize("text, span", [
    ("She wrote a 2000 word essay.", "2000"),
    ("Expect highs in the 70s on Friday.", "the 70s"),
    ("Temperatures will stay in the 80s all week.", "the 80s"),
    ("Most of the victims were in their 70s.", "70s"),
])
def test_not_years(extract, text, span):
    got = _dates(extract, text)
    assert not any(span in t for t in got), got


@pytest.mark.parametrize("text, published, span, value, grain", [
    ("Posted at 10:11 pm CST on the site.", "2022-04-21", "10:11 pm CST", "2022-04-21T22:11", "minute"),
    ("The polls close at 9 p.m. tonight.", "2022-04-21", "9 p.m. tonight", "2022-04-21T21:00", "hour"),
    ("The blast was heard at 0630 GMT.", "2022-04-21", "0630 GMT", "2022-04-21T06:30", "minute"),
    # after midnight: the start of the day; a deadline at midnight: its end
    ("Shortly after midnight on Dec. 19, she posted photos.", "2019-12-30", "midnight on Dec. 19",
     "2019-12-19T00:00", "hour"),
    ("Bids close at midnight on Dec. 31.", "2019-12-30", "midnight on Dec. 31", "2019-12-31T24:00", "hour"),
])
def test_clock_grain(extract, text, published, span, value, grain):
    got = _dates(extract, text, published)
    assert span in got, list(got)
    assert (got[span].value, got[span].grain) == (value, grain)


@pytest.mark.parametrize("text, span, value", [
    # the ten years up to or from now, not the calendar decade before or after this one
    ("Exports grew strongly in the town during the past decade.", "the past decade", "PAST_REF"),
    ("Housing was scarce over the last decade.", "the last decade", "PAST_REF"),
    ("It plans to invest $10bn over the next decade.", "the next decade", "FUTURE_REF"),
    ("Prices have doubled this decade.", "this decade", "202X"),
])
def test_decade_up_to_now(extract, text, span, value):
    got = {d.text: d for d in extract(text, published="2023-11-08").dates}
    assert span in got and got[span].value.rstrip("X") == value.rstrip("X")
    assert got[span].vague is (True if value.endswith("_REF") else None)

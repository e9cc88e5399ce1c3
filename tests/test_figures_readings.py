"""Figures a careful reader reads otherwise (issue 12): "one" that picks out an instance,
"two or three" as one approximate range, numbers inside a title ("24 Hour Party People"),
and 24-hour clock times in a pair ("between 2200 and 0700") read as times, not counts.
All sentences are our own writing."""
from __future__ import annotations

import pytest


def texts(record) -> list[str]:
    return [f.text for f in record.figures]


@pytest.mark.parametrize("sentence", [
    "The scheme was branded a farce by one civil liberties group last week.",
    "One local shopkeeper told reporters the road had been shut for days.",
    "When one parent asked the head about fees, she walked out.",
    "In one instance, a nurse worked three nights running.",
    "In one village, the water ran brown for weeks.",
    "One small consolation for the club was the crowd.",
    "The move was welcomed by one opposition spokesman as overdue.",
])
def test_one_that_picks_out_an_instance_is_no_figure(extract, sentence):
    assert [t for t in texts(extract(sentence)) if t.lower() == "one"] == []


@pytest.mark.parametrize("sentence, counted", [
    ("Only one senior judge signed the letter.", "senior judge"),
    ("The council kept one extra bus on the route.", "extra bus"),
    ("Exports fell by one notch in the ranking.", "notch"),
    ("The firm runs one ferry a day and two barges.", "ferry"),
    ("There was one fatal crash every three weeks on the road.", "fatal crash"),
    ("Voters were limited to one ballot paper each.", "ballot paper"),
])
def test_one_that_counts_stays(extract, sentence, counted):
    ones = [f for f in extract(sentence).figures if f.text.lower() == "one"]
    assert len(ones) == 1 and ones[0].value == 1 and ones[0].counted == counted


@pytest.mark.parametrize("sentence, text, low, high, unit, counted", [
    ("Most shoppers compare two or three price sites.", "two or three", 2, 3, None, "price sites"),
    ("The minister named one or two rivals.", "one or two", 1, 2, None, "rivals"),
    ("After 20 or 30 attempts the lock gave way.", "20 or 30", 20, 30, None, "attempts"),
])
def test_an_alternative_n_or_m_is_one_approximate_range(extract, sentence, text, low, high, unit, counted):
    rec = extract(sentence)
    assert texts(rec) == [text]
    f = rec.figures[0]
    assert (f.value, f.low, f.high, f.unit, f.qualifier, f.counted) == (None, low, high, unit, None, counted)


@pytest.mark.parametrize("sentence, kept", [
    ("Tickets cost £5 or £50 depending on the seat.", ["£5", "£50"]),        # far apart: two prices
    ("A coffee there costs eight or nine euros.", ["eight", "nine euros"]),   # money: two
    ("The crowd was around 300 or 400, police said.", ["around 300", "400"]),       # two estimates
    ("Some 5 or 50 boats sank.", ["Some 5", "50"]),
    ("Turnout was 2% or 3 points lower, say the polls.", ["2%", "3 points"]),  # two units
])
def test_unlike_alternatives_stay_apart(extract, sentence, kept):
    assert texts(extract(sentence)) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("She watched the film 48 Hour Coffee Shop twice.", []),
    ("Fans queued for the musical 12 Days Of Summer at the Palace.", []),
    ("The shop is open 24 Hours a day.", ["24 Hours a day"]),
    ("The 48-hour strike closed the port.", ["48-hour"]),
])
def test_a_number_inside_a_title_is_no_figure(extract, sentence, kept):
    assert texts(extract(sentence)) == kept


@pytest.mark.parametrize("sentence, times", [
    ("Police set a curfew between 2300 and 0600 in the district.", ["T23:00", "T06:00"]),
    ("Pubs may serve from 1000 to 2330 under the new licence.", ["T10:00", "T23:30"]),
    ("The road closes from 2100 until 0500 hours each night.", ["T21:00", "T05:00"]),
])
def test_a_pair_of_24_hour_times_is_two_times_and_no_figure(extract, sentence, times):
    rec = extract(sentence)
    assert texts(rec) == []
    assert [d.value[-6:] for d in rec.dates] == times


@pytest.mark.parametrize("sentence, kept", [
    ("Membership rose from 1500 to 2200 over the year.", ["2200"]),
    ("Staff numbers went from 1200 to 1800 workers.", ["1800"]),
])
def test_a_change_between_four_digit_numbers_is_no_clock(extract, sentence, kept):
    rec = extract(sentence)
    assert [t for t in texts(rec) if t in kept] == kept
    assert not any("T" in (d.value or "") for d in rec.dates)


def test_a_span_of_years_stays_years(extract):
    rec = extract("Prices doubled between 1985 and 1995 in the city.")
    assert [d.value for d in rec.dates] == ["1985", "1995"]


@pytest.mark.parametrize("sentence, text, low, high", [
    ("The new manager, in his 40s, came from a rival club.", "40s", 40, 49),
    ("Both founders were in their late twenties.", "late twenties", 27, 29),
    ("She wrote her first novel in her early 50s.", "early 50s", 50, 53),
])
def test_an_age_given_as_a_decade_of_life_is_a_range_in_years(extract, sentence, text, low, high):
    f = [f for f in extract(sentence).figures if f.text == text]
    assert len(f) == 1 and (f[0].value, f[0].low, f[0].high, f[0].unit) == (None, low, high, "year")


def test_a_decade_of_the_calendar_is_no_age(extract):
    assert texts(extract("Fashions of the 70s and the eighties came back.")) == []


@pytest.mark.parametrize("sentence, text", [
    ("Police chiefs fear 24-hour drinking will fill the cells.", "24-hour"),
    ("The bill allows 24-hour opening for some bars.", "24-hour"),
])
def test_the_hours_a_law_allows_are_a_figure(extract, sentence, text):
    f = [f for f in extract(sentence).figures if f.text == text]
    assert len(f) == 1 and (f[0].value, f[0].unit) == (24, "hour")


@pytest.mark.parametrize("sentence", [
    "Viewers complained about the US thriller series 24, which returns tonight.",
    "The singer sold his record label 19 for far less than hoped.",
    "Sadly, Live Aid 20 is not planned for this year.",
])
def test_a_number_that_names_a_work_or_firm_is_no_figure(extract, sentence):
    assert [t for t in texts(extract(sentence)) if t.isdigit()] == []


@pytest.mark.parametrize("sentence, text", [
    ("The band sold 20 copies on the first day.", "20"),
    ("The company 40 staff were told on Friday.", "40"),
    ("Britain's 646 MPs voted on the bill.", "646"),
    ("Meanwhile 40 Hong Kong singers recorded the song again.", "40"),
])
def test_a_count_after_such_a_noun_stays(extract, sentence, text):
    assert text in texts(extract(sentence))


@pytest.mark.parametrize("sentence", [
    '"Without the band I would be half the musician I am," she said.',
    '"He has half the talent of his father," the coach said.',
    "Getting the funding was half the battle, the head admitted.",
    "The whole affair was all one big publicity stunt.",
])
def test_half_and_one_in_idioms_are_no_figures(extract, sentence):
    assert [t for t in texts(extract(sentence)) if t.lower() in ("half", "one")] == []


def test_half_of_a_group_stays(extract):
    assert [f.value for f in extract("Half the nurses voted for the strike.").figures] == [0.5]

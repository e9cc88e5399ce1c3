"""Figures, round 8 of issue 12: rough spans ("a week or two"), counts of periods ("the next
two quarters"), the spaced million letter after a sum ("$35 m"), ages after role and family
nouns ("The duchess, 41,"), and what a figure counts when the parse points at the wrong noun
(a seller, an event, an organisation, a garden-path subject). All sentences are our own."""
from __future__ import annotations

import pytest


def figure(record, text):
    found = [f for f in record.figures if f.text == text]
    assert len(found) == 1, [(f.text, f.value, f.unit) for f in record.figures]
    return found[0]


@pytest.mark.parametrize("sentence, text, unit, high", [
    ("The repairs should be done within a week or two, the council said.", "a week or two", "week", 2),
    ("She expects to stay for a month or three before moving on.", "a month or three", "month", 3),
])
def test_a_unit_or_n_is_a_rough_span(extract, sentence, text, unit, high):
    f = figure(extract(sentence), text)
    assert (f.value, f.low, f.high, f.unit, f.qualifier) == (None, 1, high, unit, "about")


@pytest.mark.parametrize("sentence, text, value, counted", [
    ("Analysts expect weak sales over the next two quarters.", "two", 2, "quarters"),
    ("The economy shrank for three quarters in a row.", "three", 3, "quarters"),
    ("Three quarters of the tenants signed the letter.", "Three quarters", 0.75, "tenants"),
    ("Nurses staged two half-day strikes in March.", "two", 2, "half-day strikes"),
])
def test_quarters_after_a_count_are_periods(extract, sentence, text, value, counted):
    f = figure(extract(sentence), text)
    assert (f.value, f.counted) == (value, counted)


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("The sequel took $35 m in its first weekend.", "$35 m", 35e6, "USD"),
    ("The charity raised £4.5 m last year.", "£4.5 m", 4.5e6, "GBP"),
    ("The mast is 40 m tall.", "40 m", 40, "metre"),
])
def test_spaced_million_letter_after_a_sum(extract, sentence, text, value, unit):
    f = figure(extract(sentence), text)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("sentence, text", [
    ("The duchess, 41, opened the new ward on Friday.", "41"),
    ("Her grandson, 17, was taken to hospital.", "17"),
])
def test_age_after_a_role_or_family_noun(extract, sentence, text):
    assert figure(extract(sentence), text).unit == "year"


@pytest.mark.parametrize("sentence, text, counted", [
    # an "in" phrase with a determiner or possessive is where the money went, not what it is
    ("Savers lost £40m in the bank's failure.", "£40m", None),
    ("Donors have now pledged £12m in relief with more promised.", "£12m", "relief"),
    # the seller is not what a sale counts
    ("The bakery, which opened in 1990, sells 3m loaves.", "3m", "loaves"),
    ("The bakery, which opened in 1990, sells 3m a year.", "3m", None),
    # a verb that carries its object to a level measures the object
    ("The central bank met on Tuesday, lifting interest rates to 4.5%.", "4.5%", "interest rates"),
    # a company that moved is what its percentage counts (its shares; round 10)
    ("Acme Holdings fell 3% in early trading.", "3%", "Acme Holdings"),
    # a relative clause of earning names the earner
    ("The comedy, which took $20m last weekend, tops the chart.", "$20m", None),
    # a bare plural right after a sum names what the money is; "in total" names nothing
    ("The council would trim £3m in office costs to fund £1m in bus passes.", "£1m", "bus passes"),
    ("The regulator made the lender restate $2bn in earnings.", "$2bn", "earnings"),
    ("The builder paid £5m in total for the site.", "£5m", None),
])
def test_counted_guards(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


def test_garden_path_subject_of_a_change(extract):
    r = extract("The board expects a small drop in prices and forecasts farm incomes will fall 8%.")
    assert figure(r, "8%").counted == "farm incomes"


def test_age_before_a_dash(extract):
    r = extract("The driver, Tom Reed, 19 - who had passed his test in May - was unhurt.")
    assert figure(r, "19").unit == "year"


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("The board raised the payout to 45 euro cents a share.", "45 euro cents", 0.45, "EUR"),
    ("A stamp now costs 60 cents.", "60 cents", 60, "cent"),
])
def test_hundredths_after_a_currency_name(extract, sentence, text, value, unit):
    f = [f for f in extract(sentence).figures if f.text.startswith(text)][0]
    assert (round(f.value, 4), f.unit) == (value, unit)


@pytest.mark.parametrize("sentence, text, low, high", [
    ("Half of workers aged between 25 and 40 rent their homes.", "25 and 40", 25, 40),
    ("Drivers aged 17 to 21 pay the most for cover.", "17 to 21", 17, 21),
    ("Only 30% of those aged 16-19 had a bank account.", "16-19", 16, 19),
])
def test_age_ranges_are_years(extract, sentence, text, low, high):
    f = figure(extract(sentence), text)
    assert (f.low, f.high, f.unit) == (low, high, "year")


def test_to_the_tune_of_is_no_level(extract):
    r = extract("The manager was accused of draining the charity to the tune of £2m.")
    assert figure(r, "£2m").counted != "charity"


@pytest.mark.parametrize("sentence, kept", [
    ("The show led the ratings for a fifth week running.", None),
    ("Rain fell on a third of the days in May.", "a third"),
])
def test_fraction_words_before_a_period_are_ordinals(extract, sentence, kept):
    texts = [f.text.lower() for f in extract(sentence).figures]
    assert texts == ([kept] if kept else [])

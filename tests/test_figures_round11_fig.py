"""Round 11 (figures, issue 12): durations offered as alternatives ("two or three weeks") are one
stretch of time; a bare number after a capitalised common noun is the label of a name ("Planet 9",
"Half-Life 2"); a measure with decimals beside a date is still a measure ("50.08 Hz on 14 April");
the second number of a vote tally counts votes, not the object of the clause. Sentences written
for these tests."""
from __future__ import annotations

import pytest


def _figs(extract, text):
    return {f.text: f for f in extract(text).figures}


@pytest.mark.parametrize("text, fig, low, high, unit", [
    ("Harbour officials expect the new quay to open in three or four years.", "three or four years", 3, 4, "year"),
    ("The striker will be out for two or three weeks with a hamstring strain.", "two or three weeks", 2, 3, "week"),
    ("After 20 or 30 years of talk, the council must act now.", "20 or 30 years", 20, 30, "year"),
    ("Recovery should take four or five months, doctors said.", "four or five months", 4, 5, "month"),
    ("Teams usually get two or three days' rest between the ties.", "two or three days", 2, 3, "day"),
    # a hyphened compound range before its unit is one figure, as "8- to 16-metre" already was
    ("The new model cuts a second off its 0-to-60-mph time.", "0-to-60-mph", 0, 60, "mile per hour"),
    ("The fraud carries a 10-to-15-year prison term in the state.", "10-to-15-year", 10, 15, "year"),
    # "from X up to Y" with no word of change: a spread of values, one range
    ("Units in the Dunmere block run from 380 sq ft up to 760 sq ft.", "380 sq ft up to 760 sq ft", 380, 760, "square foot"),
    ("Seats at the new stadium are priced from £15 up to £60.", "£15 up to £60", 15, 60, "GBP"),
])
def test_alternatives_compounds_and_spreads_are_one_range(extract, text, fig, low, high, unit):
    figs = _figs(extract, text)
    assert fig in figs, sorted(figs)
    f = figs[fig]
    assert (f.value, f.low, f.high, f.unit, f.qualifier) == (None, low, high, unit, None)
    assert len([g for g in figs.values() if g.start < f.end and f.start < g.end]) == 1


@pytest.mark.parametrize("text, figs_expected", [
    # money alternatives stay two figures (the benchmarks' convention, which a reader accepts)
    ("Lunch costs eight or nine euros in the old town.", {"eight": 8, "nine euros": 9}),
    # far apart: two estimates, not one stretch
    ("It could take 5 or 50 years to clean up the site.", {"5": 5, "50 years": 50}),
])
def test_other_alternatives_stay_apart(extract, text, figs_expected):
    figs = _figs(extract, text)
    assert {t: f.value for t, f in figs.items()} == figs_expected


@pytest.mark.parametrize("text, label", [
    ("Fans queued for days to buy Half-Life 2 when it went on sale in London.", "2"),
    ("Astronomers on the Backyard Worlds: Planet 9 project spotted the faint object.", "9"),
    ("The airline filed for Chapter 11 protection in a New York court.", "11"),
])
def test_number_after_capitalised_noun_is_a_label(extract, text, label):
    figs = _figs(extract, text)
    assert label not in figs, sorted(figs)


@pytest.mark.parametrize("text, fig, value", [
    # a sentence-initial capital says nothing: the count stays
    ("Sales fell sharply. Profits dropped 12 points on the index.", "12 points", 12),
    ("Voters chose 3 candidates from a list of 40.", "3", 3),
])
def test_counts_after_ordinary_words_stay(extract, text, fig, value):
    figs = _figs(extract, text)
    assert fig in figs, sorted(figs)
    assert figs[fig].value == value


@pytest.mark.parametrize("text, fig, value, unit", [
    ("The meter read 50.11 Hz on 2 April, 50.08 Hz on 14 April, then 50.02 Hz on 30 April.", "50.08 Hz", 50.08, "hertz"),
    ("The river rose to 4.35 metres on 3 March, 4.82 metres on 5 March and then fell back.", "4.82 metres", 4.82, "metre"),
])
def test_decimal_measure_beside_a_date(extract, text, fig, value, unit):
    figs = _figs(extract, text)
    assert fig in figs, sorted(figs)
    assert (figs[fig].value, figs[fig].unit) == (value, unit)


@pytest.mark.parametrize("text, first, second, counted", [
    ("MPs backed the changes by 297 votes to 203.", "297", "203", "votes"),
    ("Peers approved the amendment by 215 votes to 146, a majority of 69.", "215", "146", "votes"),
    ("Members rejected the offer by 1,204 votes to 388 in a ballot on Friday.", "1,204", "388", "votes"),
])
def test_tally_second_number_counts_votes(extract, text, first, second, counted):
    figs = _figs(extract, text)
    assert figs[first].counted == counted and figs[second].counted == counted, \
        [(f.text, f.counted) for f in figs.values()]
    assert figs[second].value == float(second.replace(",", ""))


def test_tally_noun_after_second_number_is_kept(extract):
    figs = _figs(extract, "The firm cut 200 jobs to 1,500 staff across Wales.")
    assert figs["200"].counted == "jobs"
    assert figs["1,500"].counted == "staff"


def test_up_to_alone_is_a_bound(extract):
    figs = _figs(extract, "The bank will lend up to £60,000 to each buyer.")
    f = figs["up to £60,000"]
    assert (f.value, f.unit, f.qualifier, f.low, f.high) == (60000, "GBP", "up to", None, None)


@pytest.mark.parametrize("text, expected", [
    # after "by", two close rising amounts of one kind are the spread of the change: one range
    ("The party wants to raise its Commons tally by 25 to 30 seats.", {"25 to 30": (None, 25, 30, None)}),
    ("The faulty batch may trim earnings by $2.6m to $3.1m, Orlen Tools warned.", {"$2.6m to $3.1m": (None, 2.6e6, 3.1e6, "USD")}),
    # far apart: the change, then the level reached
    ("Defence spending will rise by $19bn to $419bn next year.",
     {"$19bn": (19e9, None, None, "USD"), "$419bn": (419e9, None, None, "USD")}),
    # falling: a tally or a lead, two figures
    ("Labour leads the Tories by 39% to 34% in the latest poll.",
     {"39%": (39, None, None, "percent"), "34%": (34, None, None, "percent")}),
    # two kinds: the change and the price reached
    ("Brackwell stock gained by 4.1% to 382 pence on the day.",
     {"4.1%": (4.1, None, None, "percent"), "382 pence": (382, None, None, "penny")}),
])
def test_by_n_to_m(extract, text, expected):
    figs = _figs(extract, text)
    assert {t: (f.value, f.low, f.high, f.unit) for t, f in figs.items()} == expected


@pytest.mark.parametrize("text, first, unit", [
    ("Waiting times at the clinic dropped from 44 to just 19 days.", "44", "day"),
    ("Its stake in the venture fell from 40 to only 12%.", "40", "percent"),
])
def test_from_n_to_just_m_takes_the_unit(extract, text, first, unit):
    figs = _figs(extract, text)
    assert figs[first].unit == unit


@pytest.mark.parametrize("text, first, second", [
    # a falling "N to M" with no "from" is a split of votes, not a range; the result noun after
    # it ("majority") is not what the numbers count
    ("The tribunal found for the tenants by a six to one majority on Tuesday.", "six", "one"),
    ("The board backed the merger by a seven to two margin on Monday.", "seven", "two"),
])
def test_falling_split_is_two_numbers(extract, text, first, second):
    figs = _figs(extract, text)
    assert first in figs and second in figs, sorted(figs)
    for t in (first, second):
        assert (figs[t].low, figs[t].high, figs[t].counted) == (None, None, None)


def test_rising_to_is_still_a_range(extract):
    figs = _figs(extract, "Most of the new members are aged 18 to 30.")
    assert (figs["18 to 30"].low, figs["18 to 30"].high) == (18, 30)


@pytest.mark.parametrize("text, first, second", [
    # a change verb with an article and modifiers before the amount: the change, then the level
    ("The county's benefit roll grew a bigger than forecast 13,000 to 2.91 million.", 13000, 2.91e6),
    ("The claimant count fell a further 2,000 to 98,000 in May.", 2000, 98000),
])
def test_change_with_article_is_two_figures(extract, text, first, second):
    figs = extract(text).figures
    assert [(f.value, f.low, f.high) for f in figs] == [(first, None, None), (second, None, None)]

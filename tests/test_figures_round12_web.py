"""Round 12 (figures, issue 12, web pages): numbers that count nothing on web pages (phone
numbers, street addresses, flat numbers, list markers, model numbers, display resolutions, a
year that dates a noun, the first hour of a pair of clock times); bounds said in shop and
finance English ("starting at", "as little as", "up to a", "an estimated X of", "in the region
of"); and what a sum counts when its clause names it by a pronoun ("sold it for"), a carrier
("in the form of") or the number word itself ("thousands upon thousands"). Sentences written
for these tests."""
from __future__ import annotations

import pytest


def _figs(extract, text):
    return {f.text: f for f in extract(text).figures}


@pytest.mark.parametrize("text, gone", [
    # phone numbers in international form, and digit groups joined by hyphens
    ("For bookings call +44 161 496 0123 before noon.", ["44", "161", "496"]),
    ("Reservations: +81 158-23-2012 (English spoken).", ["81", "158-23"]),
    ("For tickets call 555-0134 after six.", ["555-0134", "555"]),
    ("Tel: 3322 4567 (office hours only).", ["3322", "4567"]),
    # house numbers before a street; flat and office numbers
    ("The shop moved to 1600 Harbour Road last spring.", ["1600"]),
    ("Voting takes place at 2344 Bragg St., Apt. 1C on Tuesday.", ["2344", "1C"]),
    ("The clinic at 12 Elm Avenue is open again.", ["12"]),
    ("The firm rents Suite 400 in the old mill.", ["400"]),
    # list markers inside a sentence and at the head of a line
    ("Readers split in two camps: (1) those who loved the book, and (2) those who did not.", ["1", "2"]),
    ("Three lessons stand out.\n\n1. Turnout matters.\n\n2. Money is not everything.", ["1", "2"]),
    # model numbers after an acronym, before a model suffix, and in every bare use after
    ("Resellers list the RTX 4090 at twice its price.", ["4090"]),
    ("In tests it ran faster than a 2080 Ti despite its lower price.", ["2080"]),
    # display resolutions are formats, not pence or thousands
    ("The console targets 1440p gameplay at 60 frames a second.", ["1440p"]),
    ("Most new televisions now show 4K video.", ["4K"]),
    # a year that dates a singular noun
    ("He is preparing a 2026 Senate run after leaving the House.", ["2026"]),
    ("Her 1998 album sold poorly at first.", ["1998"]),
    # the first hour of a pair of clock times
    ("Polls are open between 12 and 8 p.m. on both days.", ["12"]),
    # labels of a figure in a text and of a kind of illness
    ("Figure 2 shows the same chart with larger labels.", ["2"]),
    ("The drug treats type 1 diabetes in children.", ["1"]),
    # "one-of-a-kind" is an idiom
    ("Members get one-of-a-kind reports every week.", ["one"]),
])
def test_numbers_that_count_nothing(extract, text, gone):
    figs = _figs(extract, text)
    for g in gone:
        assert g not in figs, sorted(figs)


@pytest.mark.parametrize("text, fig, value, unit, counted", [
    # the guards leave counts alone
    ("The council plans 300 High Street shops in the new quarter.", "300", 300, None, "High Street shops"),
    ("The firm employs 2000 workers at its plant.", "2000", 2000, None, "workers"),
    ("Shares in the miner rose 12p to 1080p.", "1080p", 1080, "penny", "Shares"),
    ("Readers can pick 4 articles a month for free.", "4", 4, None, "articles"),
    ("Amy Lane (17) and Jo Bright (12) lead the table.", "17", 17, "year", None),
    ("The 10 a.m. meeting drew 45 people.", "45", 45, None, "people"),
    ("Staff at the hotline took 12,500 calls in its first week.", "12,500", 12500, None, "calls"),
    ("Three Pro players and 3 Pro teams joined the league.", "3", 3, None, "Pro teams"),
    # an acronym's number is a name only where it stands: the same digits elsewhere count
    ("Shares in the FTSE 100 fell as the bank cut 100 jobs.", "100", 100, None, "jobs"),
    ("Fans were asked to call 0800 numbers at 2,500 stores.", "2,500", 2500, None, "stores"),
])
def test_counts_stay(extract, text, fig, value, unit, counted):
    figs = _figs(extract, text)
    assert fig in figs, sorted(figs)
    f = figs[fig]
    assert (f.value, f.unit, f.counted) == (value, unit, counted)


@pytest.mark.parametrize("text, fig, qualifier", [
    ("The card costs more than its rival, starting at $1,500 for the basic model.", "starting at $1,500", "at least"),
    ("You can buy one online for as little as $249.", "as little as $249", "at least"),
    ("Prices start at £12 for children.", "start at £12", "at least"),
    ("The deal is worth in the region of £5m to the club.", "in the region of £5m", "about"),
    ("The cost of the repairs has been estimated at $2m.", "$2m", "about"),
    ("The firm may claim up to a 90 percent tax break on the purchase.", "90 percent", "up to"),
    ("She has an estimated net worth of $4.5 billion.", "$4.5 billion", "about"),
    # no bound where none is said: "up to the" is a phrase of duty
    ("It is up to the 27 members to decide.", "27", None),
    ("The ticket costs £12 from next month.", "£12", None),
])
def test_bounds_in_shop_and_finance_english(extract, text, fig, qualifier):
    figs = _figs(extract, text)
    assert fig in figs, sorted(figs)
    assert figs[fig].qualifier == qualifier


@pytest.mark.parametrize("text, fig, counted", [
    # the thing sold is named only by a pronoun: not the seller
    ("Last year the Lyon auction house Mercier sold it for 3.2 million euros.", "3.2 million euros", None),
    # a carrier noun is not what a sum counts
    ("The museum is getting help in the form of 15 million euros from the bank.", "15 million euros", None),
    # a vague plural said twice is one figure counting what follows
    ("With thousands upon thousands of sellers, checks are hard.", "thousands upon thousands", "sellers"),
    # an estimate keeps what it counts
    ("The cost of the repairs has been estimated at $2m.", "$2m", "cost"),
    # "N of which" counts the noun of the count before it
    ("The plan allows 350 new flats along the river, 99 of which would be affordable.", "99", "new flats"),
    ("Twelve people were hurt, three of whom are in hospital.", "three", "people"),
    # the thing sold, when named, is still read
    ("The family sold the painting for £2m in 2019.", "£2m", "painting"),
])
def test_counted_from_the_clause(extract, text, fig, counted):
    figs = _figs(extract, text)
    assert fig in figs, sorted(figs)
    assert figs[fig].counted == counted


def test_thousands_upon_thousands_is_one_figure(extract):
    figs = extract("With thousands upon thousands of sellers, checks are hard.").figures
    assert [(f.text, f.start, f.end, f.value, f.qualifier) for f in figs] == \
        [("thousands upon thousands", 5, 29, 1000, "more than")]


def test_sold_it_warns(extract):
    rec = extract("Last year the Lyon auction house Mercier sold it for 3.2 million euros.")
    assert any("counted left empty" in w and "3.2 million euros" in w for w in rec.warnings)


@pytest.mark.parametrize("text, fig, value", [
    ("Bake the loaf in a 24cm (9 in) tin for 20 minutes.", "9 in", 9),
    ("Use a 30 cm (12in) pan.", "12in", 12),
])
def test_bracketed_inches_after_a_metric_length(extract, text, fig, value):
    figs = _figs(extract, text)
    assert fig in figs, sorted(figs)
    assert (figs[fig].value, figs[fig].unit) == (value, "inch")


def test_in_alone_stays_a_preposition(extract):
    figs = _figs(extract, "Of the 40 players, 5 in all were injured.")
    assert figs["5"].unit is None

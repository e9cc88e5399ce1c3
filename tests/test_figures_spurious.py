"""Figures that a careful reader would not count: numbers in titles and product names, the verb
"won" after a number, clock times, lists of days; and the unit of an age read from "He was 84,"
or "Name, 12.". All sentences are our own writing."""
from __future__ import annotations

import pytest


def texts(record) -> list[str]:
    return [f.text for f in record.figures]


# ---------------------------------------------------------------- titles and product names
@pytest.mark.parametrize("sentence, title_part", [
    ("The heist comedy pushed Harbour's 11 off the top of the chart.", "11"),
    ("Fans of Moon-Lander 3 queued overnight in Leeds.", "3"),
    ("The studio remastered Gate Runner 1 and 2 for the new console.", "2"),
    ("She joined Channel 5 after a decade in local radio.", "5"),
    ("The story ran on the Radio 4 bulletin at noon.", "4"),
    ("He installed Orbit 98 on every machine in the office.", "98"),
    ("Critics said Copper Lake 7 was the weakest film of the series.", "7"),
])
def test_number_in_a_title_is_not_a_figure(extract, sentence, title_part):
    assert title_part not in texts(extract(sentence))


@pytest.mark.parametrize("sentence, part, value", [
    ("Ferrier's 12,000 members will be balloted next week.", "12,000", 12000),
    ("The council's 40 wardens were sent home.", "40", 40),
    ("Northbank's 3-4% target band was kept.", "3-4%", None),
    ("Kessler's 30-man squad flies out on Monday.", "30", 30),
    ("The Orchard Trust's 300 volunteers signed the letter.", "300", 300),
])
def test_count_after_a_capitalised_word_stays(extract, sentence, part, value):
    found = [f for f in extract(sentence).figures if f.text == part]
    assert len(found) == 1, texts(extract(sentence))
    assert found[0].value == value


@pytest.mark.parametrize("sentence, gone", [
    ("Later that night the band played Seven Rivers Deep and Two Hearts Apart.", "Two Hearts"),
    ("The choir closed with Four Winters Gone on the last night.", "Four Winters"),
])
def test_word_number_title_with_a_unit_word(extract, sentence, gone):
    assert not any(gone.split()[0] in t for t in texts(extract(sentence)))


def test_measured_word_number_stays(extract):
    record = extract("The wall is six feet high and took two nights to build.")
    assert [(f.value, f.unit) for f in record.figures] == [(6, "foot"), (2, "night")]


@pytest.mark.parametrize("sentence", [
    "The documentary Breakpoint 4/5 won the audience award.",
    "Her film Circle 7/8 won a special mention in Cannes.",
])
def test_won_the_prize_is_a_verb_not_a_currency(extract, sentence):
    assert all(f.unit != "KRW" for f in extract(sentence).figures)


def test_korean_won_stays_a_currency(extract):
    f = extract("The bank lent 5,000 won to each stallholder.").figures[0]
    assert (f.value, f.unit) == (5000, "KRW")


def test_two_number_words_side_by_side_are_not_summed(extract):
    record = extract("They lost their last two Nine Counties matches.")
    assert [(f.text, f.value) for f in record.figures] == [("two", 2)]


# ---------------------------------------------------------------- times of day, lists of days
@pytest.mark.parametrize("sentence", [
    "The quiz will now go out at about 1930 on Saturdays.",
    "The ferry leaves at 0815 and returns at 1745.",
    "Rehearsals are set for 3, 9 and 16 March.",
    "Rehearsals are set for March 3, 9 and 16.",
])
def test_clock_times_and_day_lists_are_not_figures(extract, sentence):
    assert texts(extract(sentence)) == []


def test_at_a_four_digit_measure_stays(extract):
    record = extract("The shares closed at 1150 pence and the climbers camped at 1800 metres.")
    assert [(f.value, f.unit) for f in record.figures] == [(1150, "penny"), (1800, "metre")]


# ---------------------------------------------------------------- ages
@pytest.mark.parametrize("sentence, part", [
    ("The parts went to Tom Reddy, 13, and Alma Price, 11.", "11"),
    ("He was 79, and had run the shop for half a century.", "79"),
    ("She might be 41 next month, but she still wins races.", "41"),
    ("Last year she turned 60; now she is 61.", "61"),
])
def test_age_takes_the_unit_year(extract, sentence, part):
    found = [f for f in extract(sentence).figures if f.text == part]
    assert len(found) == 1, texts(extract(sentence))
    assert (found[0].unit, found[0].counted) == ("year", None)


def test_was_with_a_measure_is_not_an_age(extract):
    f = extract("Turnover was 15 points higher than forecast.").figures[0]
    assert f.unit != "year"


# ---------------------------------------------------------------- ranks, years, channel names
@pytest.mark.parametrize("sentence", [
    "Their second single reached numbers 14 and 9 in the charts.",
    "The ballad went straight in at number three.",
    "A spokesman for Number 10 declined to comment.",
    "It was the summer number one in 1976, and the next one in 1988 flopped.",
    "The debate was shown on Four television and on Radio Seven.",
])
def test_ranks_years_and_channel_names_are_not_figures(extract, sentence):
    assert texts(extract(sentence)) == []


@pytest.mark.parametrize("sentence, part, value", [
    ("The island's fishermen number 800m, the report claims.", "800m", 8e8),
    ("One in 2000 newborns carries the gene.", "One in 2000", 1 / 2000),
])
def test_verb_number_and_true_ratios_stay(extract, sentence, part, value):
    found = [f for f in extract(sentence).figures if f.text == part]
    assert len(found) == 1, texts(extract(sentence))
    assert found[0].value == pytest.approx(value)


def test_age_after_just(extract):
    f = extract("She won the seat at the age of just 26.").figures[0]
    assert (f.value, f.unit) == (26, "year")


@pytest.mark.parametrize("sentence, part", [
    ("United bid £2m for the Scotland striker, 27, on Friday.", "27"),
    ("The Irish international, 31, limped off after an hour.", "31"),
    ("She plans to retire before she turns 40.", "40"),
    ("\"I'm 29 now and I feel fitter than ever,\" she said.", "29"),
])
def test_age_after_a_role_noun_or_in_the_first_person(extract, sentence, part):
    found = [f for f in extract(sentence).figures if f.text == part]
    assert len(found) == 1, texts(extract(sentence))
    assert found[0].unit == "year"


def test_number_in_commas_after_a_thing_is_not_an_age(extract):
    record = extract("The fund, 40, and the trust, 25, merged last year.")
    assert all(f.unit is None for f in record.figures)


# ---------------------------------------------------------------- scores that end a clause
@pytest.mark.parametrize("sentence", [
    "She came through 4-6 7-5 6-4. Her next opponent is the top seed.",
    "The visitors hung on to draw 2-2. Both managers were content.",
    "Harlow beat Dunmore 5-0, their biggest win of the season.",
])
def test_score_at_the_end_of_a_clause_is_not_a_figure(extract, sentence):
    assert texts(extract(sentence)) == []


def test_range_at_the_end_of_a_sentence_stays(extract):
    f = extract("The survey asked people aged 18-24.").figures[0]
    assert (f.low, f.high) == (18, 24)


# ---------------------------------------------------------------- "one" introducing an instance
@pytest.mark.parametrize("sentence", [
    "One reason for the slump is the strong pound.",
    "The agency quoted one dealer as saying the market was calm.",
    "Selling the stadium would be one option for the club.",
    "One example was a parcel sent to the wrong town.",
])
def test_one_introducing_an_instance_is_not_a_figure(extract, sentence):
    assert texts(extract(sentence)) == []


@pytest.mark.parametrize("sentence, counted", [
    ("Only one analyst expected the rise.", "analyst"),
    ("At least one source confirmed the deal.", "source"),
    ("The club sold one goalkeeper in January.", "goalkeeper"),
])
def test_one_that_counts_stays(extract, sentence, counted):
    record = extract(sentence)
    assert [(f.value, f.counted) for f in record.figures] == [(1, counted)]


# ---------------------------------------------------------------- counted carried in a paragraph
def test_bare_subject_shares_take_the_group_of_the_paragraph(extract):
    record = extract("In the survey, 52% of tenants said rents were too high, compared to 30% who "
                     "disagreed. Similarly, 61% were worried about repairs, while 20% were not.")
    assert [(f.value, f.counted) for f in record.figures] == [
        (52, "tenants"), (30, "tenants"), (61, "tenants"), (20, "tenants")]


def test_group_is_not_carried_into_a_new_paragraph(extract):
    record = extract("Some 52% of tenants said rents were too high.\n\n30% were worried, a "
                     "landlord claimed.")
    assert [f.counted for f in record.figures] == ["tenants", None]


def test_share_after_another_counted_figure_is_left_alone(extract):
    record = extract("Some 52% of tenants complained and 300 landlords replied; 40% were angry.")
    assert record.figures[-1].counted is None


def test_restatement_after_or_counts_the_same_thing(extract):
    record = extract("The Nikkei had climbed 31.8 points, or 0.3%, by lunchtime.")
    counted = {f.text: f.counted for f in record.figures}
    assert counted["0.3%"] == counted["31.8 points"] and counted["0.3%"]


# ---------------------------------------------------------------- model pairs, short years
@pytest.mark.parametrize("sentence", [
    "The carrier ordered ten more of the 717-300 and a freighter.",
    "She sang '98 Summer Nights and an old ballad.",
])
def test_model_pair_and_short_year_title_are_not_figures(extract, sentence):
    assert all(f.value != 98 and "717" not in f.text for f in extract(sentence).figures)


def test_range_after_an_article_with_its_noun_stays(extract):
    f = extract("Most buyers were in the 120-150 bracket.").figures[0]
    assert (f.low, f.high, f.counted) == (120, 150, "bracket")


def test_count_of_an_acronym_plural_after_a_possessive_stays(extract):
    found = [f for f in extract("Only 9 of Ruritania's 412 MPs voted.").figures if f.text == "412"]
    assert found and found[0].counted == "MPs"


def test_digits_letters_digits_is_a_name(extract):
    assert extract("He preferred the hockey game NHL 3K7 to its rival.").figures == []

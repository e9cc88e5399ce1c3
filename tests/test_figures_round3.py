"""Figures careful readers still found wrong (issue 12, round 6): a ratio "eight out of 10"
read as two counts, idioms with a number ("two sides to every story", "a three-cornered
fight"), survey shares whose group is "those asked", counts of "the number of X", and a count
whose noun is left out because the sentence goes on with the same count. All sentences are our
own writing."""
from __future__ import annotations

import pytest


def figures(record):
    return {f.text: f for f in record.figures}


@pytest.mark.parametrize("sentence, text, value, counted", [
    ("Seven out of 10 shoppers said they buy online.", "Seven out of 10", 0.7, "shoppers"),
    ("Nine out of ten dentists use the brand.", "Nine out of ten", 0.9, "dentists"),
    ("Only 3 out of 20 towns met the target.", "3 out of 20", 0.15, "towns"),
    ("Two in every 10 homes have no insulation.", "Two in every 10", 0.2, "homes"),
])
def test_ratio_is_one_share(extract, sentence, text, value, counted):
    found = figures(extract(sentence))
    assert list(found) == [text]
    assert (found[text].value, found[text].unit, found[text].counted) == (pytest.approx(value), None, counted)


@pytest.mark.parametrize("sentence, word", [
    ("As ever there are two sides to every story, the coach said.", "two"),
    ("Locals expect a four-cornered contest in the seat next spring.", "four"),
    ("It was a three-cornered relationship that ended badly.", "three"),
    ("She works not only with one person, but with whole teams.", "one"),
])
def test_idiom_number_is_not_a_figure(extract, sentence, word):
    assert word not in figures(extract(sentence))


@pytest.mark.parametrize("sentence, text, counted", [
    ("Just over 40% said they trust banks, while 31% of those asked said they did not.",
     "31%", "those asked"),
    ("Just over 40% said they trust banks, while 31% of those asked said they did not.",
     "Just over 40%", "those asked"),
    ("Of those questioned, 62% said fares were too high.", "62%", "those questioned"),
    ("In the study, 18% of people surveyed had no savings.", "18%", "people surveyed"),
])
def test_survey_group_is_counted(extract, sentence, text, counted):
    assert figures(extract(sentence))[text].counted == counted


@pytest.mark.parametrize("sentence, text, counted", [
    ("The number of broadband homes has risen to 6.2 million.", "6.2 million", "broadband homes"),
    ("Officials want to raise the number of trained nurses from 20,000 next year.", "20,000",
     "trained nurses"),
])
def test_number_of_counts_its_noun(extract, sentence, text, counted):
    assert figures(extract(sentence))[text].counted == counted


@pytest.mark.parametrize("sentence, text, counted", [
    ("The bank will shed 3,500 jobs over two years. Some 900 will be lost in Cardiff.", "Some 900",
     "jobs"),
    ("The chain is to close 85 stores. Around 30 are to go in Wales and 12 will be closed in Kent.",
     "12", "stores"),
])
def test_elided_noun_of_the_same_count(extract, sentence, text, counted):
    assert figures(extract(sentence))[text].counted == counted


@pytest.mark.parametrize("sentence, text", [
    ("The bank will shed 3,500 jobs. Another 40 firms are to be hit.", "40"),   # a noun of its own
    ("The firm employs 300 staff.\n\n120 are to be trained.", "120"),          # a new paragraph
    ("Of the 12 managers, 5 said no.", "5"),                                 # not a survey group
])
def test_no_group_where_none_is_carried(extract, sentence, text):
    f = figures(extract(sentence))[text]
    assert f.counted != "staff" and f.counted != "jobs" and f.counted != "managers asked"


def test_large_counts_out_of_stay_two_figures(extract):
    found = figures(extract("Tablets will make up 90 million out of 400 million devices sold."))
    assert [(t, f.value) for t, f in found.items()] == [("90 million", 90_000_000), ("400 million", 400_000_000)]

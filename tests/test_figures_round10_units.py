"""Figures, round 10 of issue 12, units and readings in business reports: CFA francs (XAF in
central Africa, XOF in west Africa, "CFA franc" when the text names neither) and the ariary
are money; a number with one decimal before a month ("slipped to 48.3 in October from 51.9 in
September", "rose to 4.5 in May") is a reading, not a day. All sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, text, unit, value", [
    ("Gabon says the scheme has cost it 2bn CFA francs ($4m; £2m) a year.", "2bn CFA francs", "XAF", 2e9),
    ("Mali's new budget is 800bn CFA francs.", "800bn CFA francs", "XOF", 8e11),
    ("The fine was set at 300m CFA francs.", "300m CFA francs", "CFA franc", 3e8),
    ("The bank sold dollars at 1,900 ariary each.", "1,900 ariary", "MGA", 1900),
    ("The council paid 2m Swiss francs for the site.", "2m Swiss francs", "CHF", 2e6),
])
def test_currencies_by_name(extract, sentence, text, unit, value):
    found = [f for f in extract(sentence).figures if f.text == text]
    assert len(found) == 1 and (found[0].unit, found[0].value) == (unit, value)


@pytest.mark.parametrize("sentence, texts", [
    ("The services index eased to 53.4 in March from 55.1 in February.", ["53.4", "55.1"]),
    ("The confidence index rose to 4.5 in May.", ["4.5"]),
])
def test_a_one_decimal_reading_before_a_month_is_a_figure(extract, sentence, texts):
    assert [f.text for f in extract(sentence).figures] == texts


@pytest.mark.parametrize("sentence", [
    "Kick-off is at 19.45 on Saturday 5 May.",
    "The vote is on 4 May.",
])
def test_days_and_clock_times_stay_out(extract, sentence):
    assert [f.text for f in extract(sentence).figures] == []


def test_a_named_index_counts_the_index(extract):
    rec = extract("The Institute for Retail Studies (IRS) index fell to 48.2 in March, from 49.5 in February.")
    assert [(f.text, f.counted) for f in rec.figures] == [("48.2", "index"), ("49.5", "index")]

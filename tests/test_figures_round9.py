"""Figures, round 9 of issue 12: a share in words or a percentage right before "of" a survey's
group counts that group ("half of those questioned"); "one" before the source of a claim is
"a" source even when the claim tells numbers ("according to one analyst", "described by one
teachers' union as"); "N or M" keeps low/high and gets no qualifier the text does not write.
All sentences are our own writing."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, text, counted", [
    ("The poll found that half of those questioned wanted a later school day.", "half", "those questioned"),
    ("Almost two-thirds of those questioned backed the new bus lanes.", "Almost two-thirds",
     "those questioned"),
    ("A third of the people asked said they had never used the library.", "A third", "people asked"),
    ("A quarter of those surveyed had changed banks in the past year.", "A quarter", "those surveyed"),
    ("Two in five of those polled wanted the pier rebuilt.", "Two in five", "those polled"),
    ("In the council's study, 40% of respondents cycled to work at least once a week.", "40%",
     "respondents"),
])
def test_a_share_of_a_survey_group_counts_the_group(extract, sentence, text, counted):
    found = [f for f in extract(sentence).figures if f.text == text]
    assert len(found) == 1 and found[0].counted == counted


def test_a_share_of_something_else_keeps_its_own_noun(extract):
    rec = extract("Half of the 300 porters will move to the new depot.")
    half = next(f for f in rec.figures if f.text == "Half")
    assert half.counted == "porters"


@pytest.mark.parametrize("sentence, kept", [
    ("The toll, described by one drivers' union as \"daylight robbery\", rose to £12 in May.", ["£12"]),
    ("Ticket sales could fall 15% next year, according to one analyst.", ["15%"]),
    ("According to one estimate, 4,000 homes still lack a phone line.", ["4,000"]),
    ("The 14 changes, which one newspaper reported would cost £2m, were shelved.", ["14", "£2m"]),
    ("The plan was branded by one farmers' leader as a threat to 9,000 jobs.", ["9,000"]),
])
def test_one_before_a_source_is_no_figure(extract, sentence, kept):
    assert [f.text for f in extract(sentence).figures] == kept


@pytest.mark.parametrize("sentence, counted", [
    ("Only one newspaper carried the story on 3 May.", "newspaper"),
    ("One newspaper and two radio stations covered the match.", "newspaper"),
    ("The charity sent one doctor to each of the camps.", "doctor"),
])
def test_one_that_counts_still_counts(extract, sentence, counted):
    ones = [f for f in extract(sentence).figures if f.text.lower() == "one"]
    assert len(ones) == 1 and (ones[0].value, ones[0].counted) == (1, counted)


@pytest.mark.parametrize("sentence, text, low, high", [
    ("Most readers skim two or three headlines before choosing a story.", "two or three", 2, 3),
    ("The crew needed 20 or 30 breaks between dives.", "20 or 30", 20, 30),
])
def test_n_or_m_has_no_invented_qualifier(extract, sentence, text, low, high):
    f = next(f for f in extract(sentence).figures if f.text == text)
    assert (f.value, f.low, f.high, f.qualifier) == (None, low, high, None)

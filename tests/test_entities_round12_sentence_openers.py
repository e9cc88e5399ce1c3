"""A sentence's first word is capitalised whatever it is: an adjective before a party's members
("Wary Republicans") or a preposition ("Between") is no part of a name and alone no name; a
name the lexicon knows whole ("Liberal Democrats") stays (facts/entities/sentence_openers.py).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _names(record) -> dict[str, str]:
    r = to_dict(record)
    return {e["name"]: t for t in ("people", "organisations", "places") for e in r[t]}


@pytest.mark.parametrize("text, not_name", [
    ("Wary Republicans in the district quickly speculated that she had been told in advance.", "Wary Republicans"),
    ("Angry Democrats walked out of the chamber before the vote on Thursday.", "Angry Democrats"),
    ("Nervous Tories fear the by-election result will be close.", "Nervous Tories"),
])
def test_a_sentence_opening_adjective_is_no_part_of_a_name(extract, text: str, not_name: str) -> None:
    assert not_name not in _names(extract(text))


@pytest.mark.parametrize("text, name, etype", [
    ("Liberal Democrats leader Charles Kennedy said the tax was unfair.", "Liberal Democrats", "organisations"),
    ("Liberal Democrat home affairs spokesman Tom Harwell said the powers went too far.", "Liberal Democrat", "organisations"),
    ("The minister met Liberal Democrats in Leeds. Liberal Democrats said the plan was wrong.", "Liberal Democrats", "organisations"),
])
def test_a_name_known_whole_keeps_its_first_word(extract, text: str, name: str, etype: str) -> None:
    assert _names(extract(text)).get(name) == etype


def test_a_given_name_the_tagger_calls_an_adjective_stays(extract) -> None:
    people = {e["name"] for e in to_dict(extract("Rhian Tegwen, of the charity, said the rules were unfair. Tegwen added that few would be caught."))["people"]}
    assert "Rhian Tegwen" in people, people

"""Clubs the model took for people in sports reports (facts/entities/sport_clubs.py,
patterns/entities/sports_clubs.txt): the clubs list decides only in a sports article and only
when nothing says the name is a person's."""
from __future__ import annotations

import re

import pytest

from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.person_check import PersonCheck
from factextract.facts.entities.sport_clubs import SportClubs
from tests.entitytypes import mention_types


@pytest.fixture(scope="module")
def clubs():
    return SportClubs(PersonCheck(Lexicon()))


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text)]


@pytest.mark.parametrize("text, surface, expected", [
    ("Everton said the fee was too high.", "Everton", True),
    ("The move to Lazio fell through in the summer.", "Lazio", True),
    ("Sale Sharks lost at home for the first time.", "Sale Sharks", True),
    # a person's evidence wins over the list
    ("Chelsea Clinton spoke at the dinner.", "Chelsea Clinton", False),
    ("The singer Chelsea released a single.", "Chelsea", False),
    # a name not on the list is left alone
    ("Tremlow said the fee was too high.", "Tremlow", False),
])
def test_is_club(clubs, text, surface, expected):
    assert clubs.is_club(text, _spans(text, surface)) is expected


SPORT = ("Striker Dele Ashworth scored twice as the visitors won the match 3-1 at the stadium. "
         "Everton said the coach would stay for the season, and the league confirmed the result.")
NOT_SPORT = "Reading the report, Wigan said he was shocked by the album."


def test_club_in_a_sports_article_is_an_organisation(extract):
    rec = extract(SPORT)
    assert mention_types(rec, "Everton") == ["organisations"]
    assert mention_types(rec, "Dele Ashworth") == ["people"]
    assert not any("'Everton'" in w for w in rec.warnings)


def test_list_does_not_apply_outside_sport(extract):
    rec = extract(NOT_SPORT)
    assert mention_types(rec, "Wigan") == ["people"]

"""Name lists that settle what the model's "people" are: clubs in sports reports
(facts/entities/sport_clubs.py, patterns/entities/sports_clubs.txt: only in a sports article and
only when nothing says the name is a person's), UK towns (towns.txt), the words that mark a
sports report (sports_words.txt), and people known by one name (mononyms.txt)."""
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


def test_town_with_no_person_evidence_is_a_place(extract):
    """A town the towns list knows, that the grouping typed a person with nothing to say so."""
    rec = extract("The MP for Keighley spoke in the debate.\n\nVoters in Keighley will decide in May, "
                  "and the council said turnout in Torfaen was low.")
    assert "people" not in mention_types(rec, "Keighley")
    assert "people" not in mention_types(rec, "Torfaen")


@pytest.mark.parametrize("text, expected", [
    ("The squad lost a winger and a defender to injury.", True),       # squad words make a report
    ("The fixture was played at the stadium, and the referee sent two off.", True),
    ("The manager of the shop said the season of sales begins.", False),
])
def test_sports_words(text, expected):
    import spacy

    from factextract.facts.entities.sport_reports import is_sports
    from factextract.facts.entities.tokens import TokenView
    assert is_sports(TokenView(spacy.blank("en")(text)), Lexicon()) is expected


def test_a_club_before_its_player_is_not_fused_with_him(extract):
    rec = extract("Injuries hit the squad\n\nWest Ham's Darren Pells (knee) is out, so the uncapped "
                  "defender Owen Tarrant joins the squad for the match, the coach said.")
    assert mention_types(rec, "Darren Pells") == ["people"]
    assert not any("Pells" in e.name for e in rec.organisations)


@pytest.mark.parametrize("text, name", [
    ("Fans voted for Mozart and the list was published on Monday.", "Mozart"),
    ("Tickets for the Bono concert sold out. Bono thanked the fans.", "Bono"),
])
def test_one_name_people_are_kept_without_a_warning(extract, text, name):
    """People news names by one word (patterns/entities/mononyms.txt): kept, no warning."""
    rec = extract(text)
    assert mention_types(rec, name)[:1] == ["people"]
    assert not any(f"'{name}'" in w for w in rec.warnings)


@pytest.mark.parametrize("text, name", [
    ("The figures were first reported in the Evening Standard on Tuesday.", "Evening Standard"),
    ("Finance ministers of the G7 met in London to discuss the dollar.", "G7"),
    ("The charity Age Concern said older workers were let down.", "Age Concern"),
    ("Both the Sunday Times and the Sunday Telegraph ran the story.", "Sunday Telegraph"),
])
def test_press_and_civic_bodies_are_organisations(extract, text, name):
    """Newspapers, charities, unions and groupings of states (organisations_press_civic.jsonl)."""
    assert mention_types(extract(text), name) == ["organisations"]

"""People typed as organisations or places, and people's names cut at the start
(facts/entities/person_evidence.py, name_starts.py, patterns/entities/given_names_more.txt)."""
from __future__ import annotations

import re

import pytest

from factextract.facts.entities.given_names import given_names
from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.person_check import PersonCheck
from factextract.facts.entities.person_evidence import PersonEvidence


@pytest.fixture(scope="module")
def evidence():
    lex = Lexicon()
    return PersonEvidence(lex, PersonCheck(lex))


def _spans(text: str, *surfaces: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for s in surfaces
            for m in re.finditer(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text)]


@pytest.mark.parametrize("text, surfaces, expected", [
    # a given name first and nothing of a body's or a place's shape
    ("The trial of Dwayne Hollick began on Monday.", ["Dwayne Hollick"], True),
    ("Shares in Quarrow Holdings fell after Bernie Stane left.", ["Bernie Stane"], True),
    # evidence in any mention: an honorific, an age, his or her, a role noun right before
    ("Talks with Pellworth stalled. Mr Pellworth left the room.", ["Pellworth"], True),
    ("Aldous Krane, 58, denies the charges.", ["Aldous Krane"], True),
    ("Former Wales international Rhodri Vence fears for his old club.", ["Rhodri Vence"], True),
    ("The pack includes scrum-half Ieuan Trefor and two props.", ["Ieuan Trefor"], True),
    # organisations and places keep their type
    ("Shares in Dwayne Holdings rose 4%.", ["Dwayne Holdings"], False),
    ("The Bernie Stane Foundation gave £5m.", ["Bernie Stane Foundation"], False),
    ("They met at Camilla Park on Sunday.", ["Camilla Park"], False),
    ("Fans of the Otis Rangers sang all night.", ["Otis Rangers"], False),
    ("Its Cubic Vantage investment vehicle owns 28%.", ["Cubic Vantage"], False),
    ("Market leader Vodaphonix said its profits rose.", ["Vodaphonix"], False),
    ("Quarrow said its sales fell in Lisbon.", ["Quarrow"], False),
    ("Sales rose in Leeds, the council said.", ["Leeds"], False),
    # a role, a title or a nation's word inside the name
    ("Committee chairman Labour MP Jean Hollis said no.", ["Labour MP"], False),
    ("He warned that the British and Irish Wolves will be his hardest test.", ["Irish Wolves"], False),
    ("United face fellow Londoners West Ham at home.", ["Londoners West Ham"], False),
    ("She was shortlisted for the first international Quill Prize.", ["Quill Prize"], False),
    ("Former Wales international Rhodri Vence fears civil war at the union.", ["Rhodri Vence"], True),
])
def test_person_evidence(evidence, text, surfaces, expected):
    assert evidence.is_person(text, _spans(text, *surfaces)) is expected


def test_more_given_names_without_common_words_or_places():
    names = given_names()
    assert {"bernie", "dwayne", "camilla", "freddie", "otis", "armand"} <= names
    # English words, surnames more than given names, places: not given names
    assert not names & {"chance", "hope", "taylor", "morgan", "dallas", "georgia", "victoria"}


def _people(rec):
    return {e.name for e in rec.people}


@pytest.mark.parametrize("text, person, not_person", [
    # a cut given name goes back in, and the fullest form names the person
    ("Critics praised Otilie Varnholm for her debut. Varnholm thanked them.", "Otilie Varnholm", None),
    ("Authors such as Salman Rushdie, JM Quillan and Kazuo Ishiguro were left off the list.", "JM Quillan", "Quillan"),
    ("He toured with R Kellman last year, and Kellman said it went well.", "R Kellman", "Kellman"),
    ("Other winners included Catalina Arvelo Moreno, who took best actress.", "Catalina Arvelo Moreno", None),
    # what stands before a name in news copy stays out of it
    ("Blairite Alan Pardew was brought in over the chancellor's head.", "Alan Pardew", "Blairite Alan Pardew"),
    ("Liberal Democrat Charles Fenwick said the plan would fail.", "Charles Fenwick", "Democrat Charles Fenwick"),
    ("Striker Dane Fellowes scored twice on Saturday.", "Dane Fellowes", "Striker Dane Fellowes"),
    ("In January Carl Webb joined the board.", "Carl Webb", "January Carl Webb"),
])
def test_cut_names_extended(extract, text, person, not_person):
    people = _people(extract(text))
    assert person in people
    if not_person:
        assert not_person not in people


def test_person_typed_as_organisation_in_an_article(extract):
    text = ("Quarrow boss faces trial\n\n"
            "The trial of Bernie Stane, former chief executive of Quarrow Holdings, began on Monday. "
            "Mr Stane, 63, denies fraud. Quarrow Holdings shares fell 4%.")
    rec = extract(text)
    assert "Bernie Stane" in _people(rec)
    assert "Bernie Stane" not in {e.name for e in rec.organisations}


@pytest.mark.parametrize("text, person, surname", [
    # the full name typed otherwise once, the surname a person elsewhere: one person
    ("The Fabian Society's Sundar Kelwala said the change was overdue. Mr Kelwala added: \"We will act.\"",
     "Sundar Kelwala", "Kelwala"),
    ("The Fabian Society's Anand Pellam said the change was overdue. Pellam said: \"We will act.\"",
     "Anand Pellam", "Pellam"),
])
def test_full_name_joins_its_surname(extract, text, person, surname):
    rec = extract(text)
    assert person in _people(rec) and surname not in _people(rec)
    assert person not in {e.name for e in rec.places} | {e.name for e in rec.organisations}


def test_a_body_keeps_its_name_beside_a_lone_word(extract):
    rec = extract("Shares in Wells Fargo rose 2%. Fargo said its profits were up.")
    assert "Wells Fargo" in {e.name for e in rec.organisations}
    assert "Wells Fargo" not in _people(rec)


def test_a_body_named_after_a_lone_word_stays_a_body(evidence):
    text = "Belgium's Quellbrew bought a rival. Its stake in Sun Quellbrew was sold."
    groups = [{"type": "people", "keys": {"quellbrew"}, "mentions": _spans(text, "Quellbrew"), "votes": {}},
              {"type": "organisations", "keys": {"sun quellbrew"}, "mentions": _spans(text, "Sun Quellbrew"), "votes": {}}]
    assert [g["type"] for g in evidence.join_surnames(text, groups)] == ["people", "organisations"]


@pytest.mark.parametrize("text", [
    "Squads named\n\nUK Writers Guild nominees named\n\nThe Writers Guild of Britain named its nominees.",
])
def test_headline_words_are_not_cut_names(extract, text):
    assert not any("Writers" in n for n in _people(extract(text)))


@pytest.mark.parametrize("text, surface, dropped", [
    # one common word with no person's evidence is no person
    ("\"Symbolically, a higher fine would help,\" he said.", "Symbolically", True),
    ("Fans of Cyberspace queued for hours at the launch.", "Cyberspace", True),
    # a surname that is also a word stays with its evidence, or when names carry it
    ("Mr Frostwick said: \"Diligence pays.\" Lord Diligence agreed.", "Diligence", False),
    ("Striker Bramble scored twice.", "Bramble", False),
])
def test_common_words_alone_are_no_people(text, surface, dropped):
    from factextract.facts.entities.person_check import DROP
    check = PersonCheck(Lexicon())
    assert (check.verdict(text, _spans(text, surface)) == DROP) is dropped

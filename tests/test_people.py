"""People: a referent stays a person only with a reader's evidence (facts/entities/person_check.py)."""
from __future__ import annotations

import re

import pytest

from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.person_check import DROP, PersonCheck


@pytest.fixture(scope="module")
def check():
    return PersonCheck(Lexicon())


def _spans(text: str, *surfaces: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of each surface."""
    return [(m.start(), m.end()) for s in surfaces
            for m in re.finditer(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text)]


@pytest.mark.parametrize("text, surfaces, expected", [
    # evidence of a person: honorific, role noun, given name, speech verb, apposition, age
    ("Mr Tallow said the plan was late.", ["Tallow"], None),
    ("The deal was signed by striker Quarn on Friday.", ["Quarn"], None),
    ("Veronica Thistlewood opened the show.", ["Veronica Thistlewood"], None),
    ("\"It works,\" said Brannock.", ["Brannock"], None),
    ("Olu Marsh, a spokesman for the council, said no.", ["Olu Marsh"], None),
    ("Mike Bay, a spokesman for the firm, declined to comment.", ["Mike Bay"], None),
    ("The ceremony was attended by the Queen.", ["Queen"], None),
    ("The Rt Rev Simon Pelling spoke at the service.", ["Rt Rev Simon Pelling"], None),
    # line-ups: "Name (Club)" is a player even when the word is also a common noun
    ("Squad: Page (Carditon), Hunt (Oxley). The page was torn; the hunt went on.", ["Page"], None),
    # a name shaped like a place's or a body's, whatever the model said
    ("The Harold Pike Theater will close in May.", ["Harold Pike Theater"], "places"),
    ("The Greenway Party won two seats.", ["Greenway Party"], "organisations"),
    ("Shares in Hamburg Re fell 3%.", ["Hamburg Re"], "organisations"),
    ("Ticket sales for the Northern Premiership rose.", ["Northern Premiership"], DROP),
    ("Tamsin Rudd and Carl Webb joined the Arrowford Show.", ["Arrowford Show"], DROP),
    # a mock party name beside the person's own name: still the person
    ("Robert Quill spoke. \"Join the Robert Quill Party,\" said a rival.", ["Robert Quill", "Robert Quill Party"], None),
    # "the" before the name, a sequel number after it
    ("Fans of the Blasters cheered as the Blasters won.", ["Blasters"], DROP),
    ("Starbright 2 sold a million copies in a week.", ["Starbright"], DROP),
    # a name whose person follows: "Club's Given Surname"
    ("He was linked with Marlow's Sebastien Keyes and a Dutch keeper.", ["Marlow"], DROP),
    ("Premier League clubs met. The Premier League said no.", ["League"], DROP),
    # acronyms and words the text also writes in lower case
    ("Phones with GRPX access are cheap.", ["GRPX"], DROP),
    ("TENNIS - QUARRELL WINS IN ROME\n\nQuarrell won.", ["QUARRELL"], None),
    ("Registering took an hour, far longer than registering online used to.", ["Registering"], DROP),
    # demonym nouns
    ("Findlay is a Londoner who runs for another country.", ["Londoner"], DROP),
    # a gazetteer's name is its type
    ("Sales in Leeds rose again.", ["Leeds"], "places"),
    # initials with their stops are a given name: a scorecard's score is no sequel number
    ("Harlow: T. Quennell 7 R. Obi 4 N. Ames not out 2", ["T. Quennell"], None),
])
def test_person_verdicts(check, text, surfaces, expected):
    assert check.verdict(text, _spans(text, *surfaces)) == expected


def _people(rec):
    return {e.name for e in rec.people}


def test_clubs_and_products_are_no_people_in_an_article(extract):
    text = ("Rovers fear for title\n\n"
            "Striker Dane Fellowes scored twice as the Harriers beat Oxley 2-0 in the Premiership. "
            "Coach Ana Brightwater said: \"The Harriers deserved it.\" Fellowes now plays Starbright 2 "
            "on his console, he said.")
    rec = extract(text)
    people = _people(rec)
    assert "Dane Fellowes" in people and "Ana Brightwater" in people
    assert not people & {"Harriers", "Premiership", "Starbright"}

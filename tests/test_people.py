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


def _people_aliases(rec) -> dict[str, list[str]]:
    return {e.name: list(e.aliases) for e in rec.people}


# person_spans.py: what the model fused to a name comes off, what it cut goes back
@pytest.mark.parametrize("text, person, not_people", [
    ("Broadcaster Tamsin Varley has sold her piano. Tamsin Varley said it was time.", "Tamsin Varley",
     {"Broadcaster Tamsin Varley"}),
    ("But Lib Dem Oswin Harrow accused ministers of delay. Mr Harrow said so.", "Oswin Harrow",
     {"Lib Dem Oswin Harrow"}),
    ("Capital Radio DJ Marisa Telford will choose the questions.", "Marisa Telford", {"DJ Marisa Telford"}),
    ("The film was made by Darren Quist. Said Mr Quist: \"It took a year.\"", "Darren Quist",
     {"Said Mr Quist", "Quist"}),
    ("Lionel Ashby QC, a member of the chambers, resigned on Friday.", "Lionel Ashby",
     {"Lionel Ashby QC", "QC"}),
    ("Viewers of Warren Pell's TV chat show grew by a third.", "Warren Pell", {"Warren Pell's TV"}),
    ("Tries came from Pieter van der Merwe and Colm Roche.", "Pieter van der Merwe", {"Pieter"}),
    ("\"It works,\" said Professor Ilse Brandt-Hofer of the institute.", "Ilse Brandt-Hofer", {"Ilse Brandt"}),
    ("The lawsuit names Quantex boss Victor Morland as the source.", "Victor Morland", {"Quantex boss Victor Morland"}),
    ("Economy minister German Gref told the paper. Mr Gref said no.", "German Gref", {"Gref"}),
    ("Drummer Dave 'Spike' Morris left the band on Monday. Morris said he was tired.", "Dave 'Spike' Morris",
     {"Dave", "Morris"}),
    ("Dave 'Spike' Morris left the band on Monday, Morris told reporters.", "Dave 'Spike' Morris",
     {"Dave 'Spike", "Morris"}),
])
def test_person_span_edges(extract, text, person, not_people):
    people = _people(extract(text))
    assert person in people
    assert not people & not_people


# name_suffixes.py: a surname of two words or a hyphen joins its person
@pytest.mark.parametrize("text, person, alias", [
    ("Winger Marco de Santis scored early. De Santis then limped off.", "Marco de Santis", "De Santis"),
    ("Prop Juan Garcia Lopez scored early. Garcia Lopez then limped off.", "Juan Garcia Lopez", "Garcia Lopez"),
    ("Sprinter Dean Hale-Moreton won. \"I'm happy,\" said Hale-Moreton.", "Dean Hale-Moreton", "Hale-Moreton"),
    ("said Ramon Ortiz Vega, head of the group. Mr Ortiz Vega added that it was late.", "Ramon Ortiz Vega",
     "Ortiz Vega"),
    ("Fabien Pelard will lead the side. Squad: F Pelard (France), D Tully (France).", "Fabien Pelard", "F Pelard"),
    ("Dave Hollins was named chief. The appointment of David Hollins was welcomed.", "David Hollins", "Dave Hollins"),
    ("President George W Bush spoke first. George Bush then left.", "George W Bush", "George Bush"),
])

def test_surname_of_several_words_joins(extract, text, person, alias):
    """Also an initial, a short form or a middle initial for the same person (name_suffixes.py)."""
    people = _people_aliases(extract(text))
    assert people.get(person) is not None and alias in people[person]
    assert alias not in people


# person_context.py, coordination.py, person_check.py: a name that reads as a company's, a
# thing's or a place's, with no person's evidence, is no person
@pytest.mark.parametrize("text, not_person", [
    ("Trades are cleared through futures exchange Quellor. Volumes rose.", "Quellor"),
    ("Fansoft is calling on its Brindex encyclopaedia for answers.", "Brindex"),
    ("Grenmore made its call for new powers on Tuesday.", "Grenmore"),
    ("Gas cuts hit the towns close to Tazrit on Sunday.", "Tazrit"),
    ("Target seats include Shrewsbury, Dorset and Pellbay.", "Pellbay"),
    ("A campaign by Noxia Europe to fight spam was halted.", "Noxia Europe"),
    ("said Ann Reel, vice president for Technology and Intellectual Property.", "Intellectual Property"),
])
def test_things_listed_or_placed_are_no_people(extract, text, not_person):
    assert not_person not in _people(extract(text))


@pytest.mark.parametrize("text, person", [
    ("He wrote to the President of the Parliament, Josep Borrell, that it would wait.", "Josep Borrell"),
    ("Jason Scotland played the pass and Grady scored.", "Jason Scotland"),
    ("He faces last year's finalist Diego Ferrand. Ferrand, Spain's best player, is in form.", "Diego Ferrand"),
    ("Friends such as Chagall and Stravinsky treated him like a nephew.", "Stravinsky"),
    ("The gig starred Eric Clapton and Jools Holland, who raised a million.", "Jools Holland"),
    ("She knew the plan well; I have always been close to Ted and backed him, Ms Orme said.", "Ted"),
])
def test_people_kept_beside_places_and_bodies(extract, text, person):
    assert person in _people(extract(text))


def test_people_kept_without_evidence_are_warned_about(extract):
    rec = extract("The bizarre Ronco egg scrambler came 84th. Mr Tallow said it was late. Jane Pike waved.")
    warned = [w for w in rec.warnings if w.startswith("people: kept with no evidence")]
    assert len(warned) == 1 and "'Ronco'" in warned[0]
    assert "Tallow" not in warned[0] and "Jane Pike" not in warned[0]


def test_relatives_sharing_a_surname_stay_apart(extract):
    people = _people(extract("Jason Robbard spoke to his brother Andy Robbard. Later Phil Neville and Gary Neville arrived."))
    assert {"Jason Robbard", "Andy Robbard", "Phil Neville", "Gary Neville"} <= people

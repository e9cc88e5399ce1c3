"""Names in lists of people, formal place names and "The X" places
(facts/entities/listed_people.py, formal_places.py)."""
from __future__ import annotations

import pytest
import spacy

from factextract.facts.entities.formal_places import keeps_the
from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.listed_people import ListedPeople
from factextract.facts.entities.proposal import Proposal
from factextract.facts.entities.tokens import TokenView


def _names(rec, kind: str) -> list[str]:
    return [e.name for e in getattr(rec, kind)]


@pytest.fixture(scope="module")
def listed():
    """listed(text, proposals) -> {name: type} after ListedPeople, from proposals typed by hand
    ({surface: (type, src)}) on a blank tokenizer: the model's guess is given, not run."""
    nlp, rule = spacy.blank("en"), ListedPeople(Lexicon())

    def run(text: str, proposals: dict[str, tuple[str, str]]) -> dict[str, str]:
        v = TokenView(nlp(text))
        spans = []
        for name, (etype, src) in proposals.items():
            words = [t.text for t in nlp(name)]
            for i in range(len(v) - len(words) + 1):
                if v.texts[i:i + len(words)] == words:
                    spans.append(Proposal(i, i + len(words), etype, src))
        rule.apply(v, spans)
        return {v.txt(sp.s, sp.e): sp.type for sp in spans}
    return run


P, O, B = ("people", "model"), ("organisations", "model"), ("organisations", "band")


@pytest.mark.parametrize("text, proposals, name, expected", [
    # a given name first, listed with people: a person, whatever the letters of the surname
    ("Guests included Leonardo diCaprio, Tamsin Rudd, Carl Webb and Hugh Pallister.",
     {"Leonardo diCaprio": O, "Tamsin Rudd": P, "Carl Webb": P, "Hugh Pallister": P}, "Leonardo diCaprio", "people"),
    ("The judges are Cate Marlowe, Dwayne Hollick and Bernie Stane.",
     {"Cate Marlowe": O, "Dwayne Hollick": P, "Bernie Stane": P}, "Cate Marlowe", "people"),
    # a lone surname of a person named in the article, listed with people
    ("Gael Quintana starred. The prize went to Quintana, Carl Webb or Hugh Pallister.",
     {"Gael Quintana": P, "Quintana": O, "Carl Webb": P, "Hugh Pallister": P}, "Quintana", "people"),
    # ... and of one retyped by the list itself (a second pass)
    ("It went to Cate Marlowe, Tamsin Rudd and Carl Webb. Then Marlowe, Tamsin Rudd and Carl Webb left.",
     {"Cate Marlowe": O, "Marlowe": O, "Tamsin Rudd": P, "Carl Webb": P}, "Marlowe", "people"),
    # a known band listed with singers stays a band; so does an unknown word with no person of that name
    ("The concert featured Eric Clapton, Keane and Jools Holland.",
     {"Eric Clapton": P, "Keane": B, "Jools Holland": P}, "Keane", "organisations"),
    ("The bill has Tamsin Rudd, Quarrowmen and Carl Webb.",
     {"Tamsin Rudd": P, "Quarrowmen": O, "Carl Webb": P}, "Quarrowmen", "organisations"),
    # a lone unknown word among three people or more, in an article with no band: a surname
    ("The prize may go to Quintana, Carl Webb, Hugh Pallister or Dwayne Hollick.",
     {"Quintana": O, "Carl Webb": P, "Hugh Pallister": P, "Dwayne Hollick": P}, "Quintana", "people"),
    # ... but not in an article about bands, nor among two people only, nor an everyday word
    ("The band played after Quintana, Carl Webb, Hugh Pallister and Dwayne Hollick.",
     {"Quintana": O, "Carl Webb": P, "Hugh Pallister": P, "Dwayne Hollick": P}, "Quintana", "organisations"),
    ("The prize may go to Quintana, Carl Webb or Hugh Pallister.",
     {"Quintana": O, "Carl Webb": P, "Hugh Pallister": P}, "Quintana", "organisations"),
    ("Sponsors are Shell, Carl Webb, Hugh Pallister and Dwayne Hollick.",
     {"Shell": O, "Carl Webb": P, "Hugh Pallister": P, "Dwayne Hollick": P}, "Shell", "organisations"),
    # a list of mostly bodies, or one person only, proves nothing
    ("Backers are Tamsin Holdings, Carl Webb Ltd, Quarrow Bank and Hugh Pallister.",
     {"Tamsin Holdings": O, "Carl Webb Ltd": O, "Quarrow Bank": O, "Hugh Pallister": P}, "Tamsin Holdings", "organisations"),
    ("Leonardo Fund and Carl Webb met.",
     {"Leonardo Fund": O, "Carl Webb": P}, "Leonardo Fund", "organisations"),
])
def test_a_name_listed_with_people(listed, text, proposals, name, expected):
    assert listed(text, proposals)[name] == expected


@pytest.mark.parametrize("text, org", [
    # a known band listed with singers stays a band
    ("The concert featured Eric Clapton, Keane and Jools Holland. The band Keane played a new song "
     "and the singer thanked the music fans.", "Keane"),
])
def test_a_band_listed_with_singers_stays_an_organisation(extract, text, org):
    rec = extract(text)
    assert org in _names(rec, "organisations")
    assert org not in _names(rec, "people")


@pytest.mark.parametrize("text, place", [
    ("Officials in The Hague said the court would sit in May.", "The Hague"),
    ("Troops from the Republic of Congo crossed the river.", "Republic of Congo"),
    ("The State of California sued the water company on Friday.", "State of California"),
    ("She moved to the Isle of Wight after the war.", "Isle of Wight"),
])
def test_formal_place_names_are_whole_places(extract, text, place):
    rec = extract(text)
    assert place in _names(rec, "places")
    assert place not in _names(rec, "organisations")
    assert place.split()[-1] not in _names(rec, "places")


@pytest.mark.parametrize("name, kept", [
    ("The Hague", True), ("The Gambia", True), ("The Times", False), ("The Quarrow Estate", False),
    ("the Hague", False),
])
def test_the_belongs_only_to_known_the_places(name, kept):
    assert keeps_the(name) is kept


def test_a_body_of_a_place_stays_a_body(extract):
    rec = extract("The Bank of England raised rates, and the University of Leeds agreed.")
    assert "Bank of England" in _names(rec, "organisations")
    assert "University of Leeds" in _names(rec, "organisations")


@pytest.mark.parametrize("text, sports", [
    # everyday words that are sports words too, in a film story: not a sports report
    ("The film beat its rivals this season. In the final, the actress and the actor of the comedy "
     "shared the screenplay prize.", False),
    # a match report with a word of the arts in it stays one
    ("The striker scored twice in the final as the league leaders beat the champions; the fans "
     "sang a song.", True),
    # as many arts words as sports words: the sports rules still apply
    ("The striker scored in the league match, and the film, the album and the song came later.", True),
])
def test_an_arts_report_is_no_sports_report(text, sports):
    from factextract.facts.entities.sport_reports import is_sports
    assert is_sports(TokenView(spacy.blank("en")(text)), Lexicon()) is sports


_FILM_TALK = " The film and the drama, a comedy starring actors, was a sitcom."


@pytest.mark.parametrize("text, person", [
    # a person's name qualified by a compound noun is no work's ("an adaptation of the X best-seller")
    ("Greyhouse, a new adaptation of the Martin Crane best-seller, opens the channel's autumn season.",
     "Martin Crane"),
    # "X and Y of Z" without "the" is two names, not the title "X and the Y of Z"
    ("The channel will show a film about the warlord Genghis Khan and Daughter of The Revolution this week.",
     "Genghis Khan"),
])
def test_a_person_near_work_cues_stays_a_person(extract, text, person):
    assert person in _names(extract(text + _FILM_TALK), "people")


def test_a_numbered_title_after_a_work_noun_is_no_address(extract):
    rec = extract("He played a cop in the US series 41 Market Street for three years." + _FILM_TALK)
    assert not any("Market Street" in n for kind in ("people", "organisations", "places") for n in _names(rec, kind))
    rec = extract("The minister lives at 41 Market Street in Leeds.")
    assert "Market Street" not in _names(rec, "people")


def test_x_and_a_y_of_z_is_still_a_title(extract):
    rec = extract("The finalists were Citizen Kane and A Matter of Life and Death, each with ten votes." + _FILM_TALK)
    assert "Citizen Kane" not in _names(rec, "people")


@pytest.mark.parametrize("text, seat", [
    ("But the Tory MP for Quarrowby and East Pellham admitted the role had changed.", "Quarrowby and East Pellham"),
    ('"What for?" the Labour MP for Birkenhead demanded, urging the minister to act.', "Birkenhead"),
])
def test_the_seat_after_mp_for_is_a_place(extract, text, seat):
    rec = extract(text)
    assert seat in _names(rec, "places")
    assert seat not in _names(rec, "people") + _names(rec, "organisations")


def test_a_band_members_word_is_no_part_of_the_name(extract):
    rec = extract("Former Beatle Sir Hugh Pallister is second, and the late Beatle Graham Pellick fifth.")
    assert "Graham Pellick" in _names(rec, "people")
    assert not any("Beatle" in n for n in _names(rec, "people"))

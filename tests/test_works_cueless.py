"""Works with no cue in their own sentence, decided by a cue at another use in the article
(facts/entities/work_cues.py), and bands the model did not propose at all
(facts/entities/band_proposals.py). Own sentences only."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types

_HEAD = "Arts news of the week\n\n"


@pytest.mark.parametrize("text, title", [
    # a noun of a work's parts before "of X"
    ("The current series of Celebrity Lighthouse ends on Sunday. Viewers said Celebrity Lighthouse "
     "had gone too far.", "Celebrity Lighthouse"),
    ("Learning with online versions of The Tinkers may work, she said. The Tinkers sold well.", "Tinkers"),
    # a show's noun right after the name, no person after it
    ("Previous Tin Harbour housemates left early. Organisers said Tin Harbour would return in May.",
     "Tin Harbour"),
    # a part played in it
    ("Critics adored Nell Varga's turn as Katharine Hepburn in The Navigator. "
     "The Navigator has 11 nominations.", "Navigator"),
    ("Tomas Brenn plays Howard Hughes in Skyward Bound. Skyward Bound opens on Friday.", "Skyward Bound"),
    # an apposition headed by a work noun
    ("Mossy Creek - Leigh's 1950s drama about a nurse - won. Mossy Creek was praised.", "Mossy Creek"),
    # "X and the Y of Z" in an article about books
    ("Harold Penn and the Lantern of Durrow topped the book chart. Fans queued for Harold Penn.",
     "Harold Penn"),
    # a year's possessive before the name
    ("The record is held by 1995's Pale Lion followed by two others. Pale Lion sold 4.5m copies.", "Pale Lion"),
    # a sequel's digit after the name, in an article about films or games
    ("Ferro Quest 2 has broken video game records. Ferro Quest sold five million copies.", "Ferro Quest"),
    # ... and a piece of the rest of that title goes with it
    ("Harold Penn and the Prisoner of Azkarat topped the book chart. Fans queued for Harold Penn.",
     "Azkarat"),
])
def test_work_decided_by_a_cue_elsewhere(extract, text, title):
    rec = extract(_HEAD + text)
    assert _types(rec, title) == []


@pytest.mark.parametrize("text, name, kind", [
    # a clause's subject after a participle is no apposition: the director stays a person
    ("Directed by Bollywood veteran Ravi Malhan, the film is set in 1920s Delhi.", "Ravi Malhan", "people"),
    ("Based on the books by author Daniel Morrow, the film follows three children.", "Daniel Morrow", "people"),
    # "in X's film" after a part is the maker, not the title
    ("He played Arthur in Rosa Kessler's new film. Kessler called him a natural.", "Rosa Kessler", "people"),
    # a compound's head: "film director", "the film's star"
    ("Clint Eastwood, the veteran film director, smiled.", "Clint Eastwood", "people"),
    # a year's possessive before a name that a noun qualifies
    ("Sela Dunn beat 2003's Wimbledon champion Ana Ferris on Monday.", "Ana Ferris", "people"),
    # a results line is no sequel; a body with its acronym after "and the" is no title's rest
    ("Sunday's baseball scores: Lotte 3 Hyundai 1 Hyundai 4 Lotte 7.", "Hyundai", "organisations"),
    ("On Sunday the director praised Mahathir and the Organisation of Islamic Conference (OIC) alike.",
     "Organisation of Islamic Conference", "organisations"),
    # a numbered station is no sequel
    ("The film moves to Channel 4 in May. Viewers of Channel 4 liked it.", "Channel 4", "organisations"),
    # an office or a body after "and the ... of"
    ("Prince Charles and the Duchess of Cornwall watched the film on Friday.", "Cornwall", "places"),
])
def test_no_work_without_its_cue(extract, text, name, kind):
    rec = extract(_HEAD + text)
    assert _types(rec, name) == [kind]


@pytest.mark.parametrize("text, band, uses", [
    # a band noun right before a name the model missed; every use of it
    ("Rock band Q7 broke a ticket record. Q7 have sold out three nights in Dublin.", "Q7", 2),
    ("Soul group the O'Mallorys were inducted. The O'Mallorys sang two songs.", "O'Mallorys", 2),
    # a member's word after it, with the member's name or "the"/"former" around it
    ("Tamsin Ware said Larkspur singer Danny Holm had left. Larkspur will tour in May.", "Larkspur", 2),
    ("The bookmaker made Blazin' Squad singer Kenzo second favourite.", "Blazin' Squad", 1),
])
def test_missed_band_proposed_at_every_use(extract, text, band, uses):
    rec = extract(_HEAD + text)
    found = [e for e in rec.organisations if e.name == band]
    assert found and len(found[0].mentions) == uses


@pytest.mark.parametrize("text, name", [
    ("R&B singer Mark Morrison was stopped from releasing an album.", "R&B"),
    ("The Texan-born singer rang the label twice.", "Texan-born"),
    ("Comedy duo Harriet Pole and Dennis Crane will tour again.", "Harriet Pole"),
])
def test_no_band_from_genres_origins_or_people(extract, text, name):
    rec = extract(_HEAD + text)
    assert "organisations" not in _types(rec, name)


@pytest.mark.parametrize("text, name", [
    ("The singer appeared in Dunmore Sheriff Court on Monday, said Lena Orbis.", "Dunmore Sheriff Court"),
    ("Tomas Brenn played Hamlet in Stratford last year.", "Stratford"),
])
def test_appearing_in_a_court_or_a_town_is_no_work(extract, text, name):
    rec = extract(_HEAD + text)
    assert _types(rec, name) != []

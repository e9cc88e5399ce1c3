"""Lists of works and bands, award names, and prize cues decided for every mention of a name
(facts/entities/work_lists.py, work_referents.py). Own sentences only."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types

_HEAD = "Arts news of the week\n\n"


@pytest.mark.parametrize("text, titles", [
    # a plural work noun introduces the list; a later mention with no cue goes too
    ("She starred in films including 1989's Velvet Harbour. Velvet Harbour won praise.", ["Velvet Harbour"]),
    ("The band released the hit singles Paper Lanterns, Hollow Bay and Dust And Harbours. "
     "Hollow Bay reached number ten.", ["Hollow Bay", "Harbours"]),
    ("Rafe Lorne starred in films such as Harrow Fields and Blue Kettle. Harrow Fields made $2m.",
     ["Harrow Fields", "Blue Kettle"]),
    ("The duo scored two further hits - Cold Meridian and Lantern Row - before the split.",
     ["Cold Meridian", "Lantern Row"]),
    # a relative clause's prize: "X, which won best animation"
    ("Her new film follows Orla Minn's Glass Harbour, which won best animation last year. "
     "Glass Harbour made $20m.", ["Glass Harbour"]),
    # a music category: "best album for X"
    ("Singer Pell Ardo won best album for Velvet Rain on Sunday. Velvet Rain sold well.", ["Velvet Rain"]),
])
def test_listed_works_go_with_every_mention(extract, text, titles):
    rec = extract(_HEAD + text)
    for title in titles:
        assert _types(rec, title) == [], title


@pytest.mark.parametrize("text, bands", [
    ("Veldt beat bands such as Copper Saints, Halvorsen and The Nightjars to the prize. "
     "Halvorsen said they were happy.", ["Copper Saints", "Halvorsen", "Nightjars"]),
    ("They toured with bands including The Marlowes and Dead Orchard last spring.",
     ["Marlowes", "Dead Orchard"]),
])
def test_listed_bands_are_organisations(extract, text, bands):
    rec = extract(_HEAD + text)
    for band in bands:
        assert _types(rec, band) == ["organisations"], band


@pytest.mark.parametrize("text, person", [
    # a person in a list of "acts" or "groups" stays a person: a given name first
    ("The list features acts such as Kevin Marsh and Coldplay.", "Kevin Marsh"),
    ("Charity groups such as Oxfam were joined by Helen Carter on Monday.", "Helen Carter"),
    # the singer named in the prize sentence is no title
    ("Singer Pell Ardo won best album for Velvet Rain on Sunday.", "Pell Ardo"),
])
def test_people_near_lists_and_prizes_stay_people(extract, text, person):
    rec = extract(_HEAD + text)
    assert _types(rec, person) == ["people"]


@pytest.mark.parametrize("text, award", [
    ("The film won the Golden Bear at the festival in February.", "Golden Bear"),
    ("Pia Lund picked up three Brit Award nominations on Monday.", "Brit Award"),
    ("He is a two-time Brit winner and a former Brit nominee.", "Brit"),
    ("She was shortlisted for the Halston Prize in 2003.", "Halston Prize"),
])
def test_awards_are_no_entities(extract, text, award):
    rec = extract(_HEAD + text)
    assert _types(rec, award) == []


def test_a_name_used_also_without_an_award_word_stays(extract):
    rec = extract(_HEAD + "Bafta said the ceremony would move. The Bafta awards are on Sunday.")
    assert _types(rec, "Bafta") == ["organisations"]


@pytest.mark.parametrize("text, band, person", [
    # a band named after a person the article also names keeps its own referent
    ("Indie band Varrow released a new single. The name comes from Lotte Varrow, a poet. "
     "Varrow's singer Tom Hale said Varrow would tour.", "Varrow", "Lotte Varrow"),
    ("Rock band Kessler were formed in 1999, taking the name of Anton Kessler. "
     "Kessler guitarist Dan Ruiz left last year.", "Kessler", "Anton Kessler"),
])
def test_a_band_is_no_surname_of_its_namesake(extract, text, band, person):
    rec = extract(_HEAD + text)
    assert _types(rec, band) == ["organisations"]
    assert _types(rec, person) == ["people"]


@pytest.mark.parametrize("text, title", [
    ("Tomas Weil won an Oscar for Lantern Bay last year. Lantern Bay was made in Japan.", "Lantern Bay"),
    ("The drama picked up two nominations for The Salt Orchard at the awards.", "Salt Orchard"),
    # the other piece of a title cut at "of the" goes too
    ("Critics praised nominations for Endless Rainfall of the Crimson Coast in January.", "Crimson Coast"),
    ("The nominations for Broken Lantern of the Western Isles pleased the cast.", "Western Isles"),
    # a list after the prize, and "nominated for"
    ("He had three Oscar nominations for Salt and Ashes and Copper Kettle before.", "Copper Kettle"),
    ("Tilda Marsh was nominated for Grey Orchard in 2001. Grey Orchard flopped.", "Grey Orchard"),
])
def test_what_a_film_prize_is_for_is_a_work(extract, text, title):
    assert _types(extract(_HEAD + text), title) == []


@pytest.mark.parametrize("text, person", [
    ("The film earned a nomination for Kate Winslet in February.", "Kate Winslet"),
    ("The drama earned nominations for Kate Winslet and Tom Hale.", "Tom Hale"),
])
def test_a_person_a_prize_is_for_stays(extract, text, person):
    assert _types(extract(_HEAD + text), person) == ["people"]

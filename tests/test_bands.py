"""Well-known music acts, group plurals and lists of acts (facts/entities/music_acts.py,
work_referents.py). Own sentences only; the acts are real names from the gazetteer."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types

_HEAD = "Music news of the week\n\n"


@pytest.mark.parametrize("text, act", [
    # a distinctive act: any talk of music in the article will do
    ("Led Zeppelin topped a poll of the greatest albums ever made.", "Led Zeppelin"),
    ("Fans queued overnight for tickets. Scissor Sisters play three nights next month, the "
     "promoter said of the tour.", "Scissor Sisters"),
    # an act that is also a name or a word: music words in the sentence
    ("Keane and Snow Patrol were both nominated for best British album.", "Keane"),
    ("Franz Ferdinand played a short set at the festival on Saturday.", "Franz Ferdinand"),
    ("Queen, Muse and Blur complete the top ten of the rock chart.", "Queen"),
    ("The singer said New Order had shaped her music more than anyone.", "New Order"),
    ("Texas and Idlewild are among the acts booked for the gig in Glasgow.", "Texas"),
    # plural names only as "the X"
    ("Tickets sold fast after the Killers were added to the festival bill.", "Killers"),
    ("The Streets headline the second stage of the festival.", "Streets"),
    # a sentence's first word that runs into the act's name comes off
    ("Nevertheless Franz Ferdinand were the only British band to win at the music awards.", "Franz Ferdinand"),
])
def test_known_acts_are_organisations(extract, text, act):
    rec = extract(_HEAD + text)
    assert _types(rec, act) and set(_types(rec, act)) == {"organisations"}, act


def test_every_use_of_a_confirmed_act_is_a_band(extract):
    rec = extract(_HEAD + "Keane released a new album on Monday. Critics said Keane sounded tired. "
                          "Keane will appear at Wembley.")
    org = [e for e in rec.organisations if e.name == "Keane"]
    assert len(org) == 1 and len(org[0].mentions) == 3
    assert not [e for e in rec.people if e.name == "Keane"]


@pytest.mark.parametrize("text, name, types", [
    # a person, a longer name, or the monarch: never the act
    ("Roy Keane said the band on the team bus played his album too loud.", "Roy Keane", ["people"]),
    ("The Queen attended a concert of music by Elgar at the Albert Hall.", "Queen", []),
    ("Queen Elizabeth opened the new music school on Friday.", "Queen Elizabeth", ["people"]),
    # no talk of music: the plain word or place stays what it was
    ("Texas has executed more prisoners than any other US state this year.", "Texas", ["places"]),
    # a sentence's first word the article writes in lower case too
    ("Steps are being taken to cut the queues at the festival. The next steps follow soon.", "Steps", []),
])
def test_ambiguous_names_need_music_and_standing_alone(extract, text, name, types):
    rec = extract(text)
    assert _types(rec, name) == types, name


@pytest.mark.parametrize("text, group", [
    ("The Harbour Sisters released their second album on Monday, a year after their debut.", "Harbour Sisters"),
    ("Fans cheered as the Copper Fighters took the stage at the music festival.", "Copper Fighters"),
])
def test_group_plurals_are_organisations(extract, text, group):
    rec = extract(_HEAD + text)
    assert _types(rec, group) == ["organisations"], group


@pytest.mark.parametrize("text, person", [
    # a solo singer listed among known bands keeps being a person
    ("The rapper beat the Beastie Boys, Black Eyed Peas, Darrin Okoye and Maroon 5 to the award.", "Darrin Okoye"),
    ("The gig starred Oasis, Coldplay and Marla Vesk, who raised £1m for the charity.", "Marla Vesk"),
])
def test_soloists_listed_with_bands_stay_people(extract, text, person):
    rec = extract(_HEAD + text)
    assert "organisations" not in _types(rec, person), person
    assert "Beastie Boys" not in person and _types(rec, "Maroon 5" if "Maroon" in text else "Coldplay") == ["organisations"]

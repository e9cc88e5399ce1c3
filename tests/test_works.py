"""Works (films, songs, shows) are no entities and bands are organisations, decided per name
over all its uses in an article (facts/entities/work_referents.py). Own sentences only."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types


@pytest.mark.parametrize("text, title", [
    # the cue is on one use, the other use has none: both go
    ("Dorna Vale opened in Leeds on Friday. Tamsin Rooke star Hal Breck said the film Dorna Vale was hard work.",
     "Dorna Vale"),
    ("Ottoline Crane watched Harbour Lights on Sunday. Harbour Lights star Ottoline Crane was in tears.",
     "Harbour Lights"),
    # "her leading role in X"
    ("Mira Castell won the award for her leading role in Ashgrove. Ashgrove opens in May.", "Ashgrove"),
    ("Bruno Teller, who starred in Cinder Moon, flew home. Cinder Moon made $40m.", "Cinder Moon"),
    # a prize only a work wins
    ("Kestrel Road was named best film at the awards. Critics had tipped Kestrel Road.", "Kestrel Road"),
    # "X, starring ..."
    ("Pale Orchard, starring Nils Hagen, tops the chart. Pale Orchard cost little.", "Pale Orchard"),
    # "directed X"
    ("Ivo Marant, who directed Salt Meadow, spoke first. Salt Meadow took $9m.", "Salt Meadow"),
    # a function word capitalised inside the name
    ("The song Walk Me To The River was written by Ada Quill. Walk Me To The River sold well.",
     "Walk Me To The River"),
])
def test_a_work_goes_with_all_its_mentions(extract, text, title):
    rec = extract(text)
    assert _types(rec, title) == []


@pytest.mark.parametrize("text, band", [
    ("Indie band Marrowfield played Glasgow. Marrowfield said the tour was over.", "Marrowfield"),
    ("Ron Petty, the Halvard guitarist, left in May. Halvard said they would go on.", "Halvard"),
    ("Critics loved Halloway. Halloway were named best British group at the show.", "Halloway"),
    ("Scottish rock band Ferris Lane won two awards. Ferris Lane have sold a million records.",
     "Ferris Lane"),
])
def test_a_band_is_an_organisation(extract, text, band):
    rec = extract(text)
    assert _types(rec, band) == ["organisations"]


@pytest.mark.parametrize("text, name, expected", [
    # a singer's album makes her an artist, not a title
    ("Odessa Marle's new album is out. Odessa Marle said the film Dust Road inspired it.",
     "Odessa Marle", ["people"]),
    # "appeared in X" in a court story names a court, no work
    ("The singer appeared in Kelso Sheriff Court on Monday, said Lena Orbis.", "Kelso Sheriff Court",
     ["organisations"]),
    # a person who wins a prize is no title
    ("Harriet Vance won best comedy at the awards. Harriet Vance said she was thrilled.",
     "Harriet Vance", ["people"]),
    # a plural verb after a person's full name in a list is the list's
    ("Tom Acre and Nina Ruel were married in June.", "Nina Ruel", ["people"]),
    # a sports story: "X star Y" is a club's player
    ("Rovers star Danny Holt scored twice as Rovers beat Athletic 2-0 in the league match. "
     "The striker's goal came after the half-time whistle.", "Danny Holt", ["people"]),
])
def test_names_near_work_and_band_cues_are_kept(extract, text, name, expected):
    assert _types(extract(text), name) == expected


@pytest.mark.parametrize("text, name, expected", [
    # a prize for a person names no work, even with a work word in the category
    ("Mona Reyes and Tilda Farrow lost to Greta Holm for the best comedy actress prize.", "Tilda Farrow", ["people"]),
    # a band's prize after a noun phrase belongs to the phrase, not the singer
    ("Quarry Lane singer Abel Stroud called their award for best rock band a thrill.", "Abel Stroud", ["people"]),
    # a pair of people after "duo"
    ("Skating duo Jayne Marwick and Colin Dace will host the show.", "Jayne Marwick", ["people"]),
    # "bands" as the end of a noun phrase before a name
    ("The thief took two wedding bands Ozwin gave her, said Ozwin Harte.", "Ozwin Harte", ["people"]),
    # a label's name with a capitalised "A" inside a hyphenated word is no title
    ("Jay Rook signed to the Dub-A-Lot label. Dub-A-Lot said sales had doubled.", "Dub-A-Lot", ["organisations"]),
    # a film industry's name is no work
    ("Hollywood star Dean Carrow will play the lead, said the studio.", "Hollywood", ["places"]),
    # "Y, starring in X": the star is Y
    ("Jonas Whitby, starring in Copper Vale, drew crowds.", "Jonas Whitby", ["people"]),
    # "will play X": a verb, no work noun
    ("Torben Hale will play Anton Greer, a detective, in the new film.", "Anton Greer", ["people"]),
])
def test_cues_that_are_no_work_or_band_cues(extract, text, name, expected):
    assert _types(extract(text), name) == expected


@pytest.mark.parametrize("text, name, expected", [
    # a list with a band: its other many-word members are bands
    ("Rock band Grey Harrow topped the poll. The top five includes Grey Harrow, Tin Lantern and Velvet Moths.",
     "Tin Lantern", ["organisations"]),
    # a list with a film: its other members are films
    ("The comedy Salt Meadow, Dune Harbour and Cold Vessel took two prizes each.", "Dune Harbour", []),
    # but a one-word member the model took for a person may be a solo singer ("Dido")
    ("Rock band Grey Harrow topped the poll. The list also features Grey Harrow, Marisol and Leon Varga.",
     "Leon Varga", ["people"]),
])
def test_list_members_share_their_kind(extract, text, name, expected):
    assert _types(extract(text), name) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Fans queued for Shadow Ridge: Iron Dawn on Friday. Shadow Ridge has sold well before.", "Shadow Ridge", []),
    ("Its rival, Storm Legion: Final Front, casts you as a pilot. Final Front is hard.", "Final Front", []),
    # a colon after a name before one word is a label, not a subtitle
    ("The critics chose films. - Tom Pike, Daily Courier: Film - Long Night; actor - Ed Marr.",
     "Daily Courier", ["organisations"]),
])
def test_a_title_and_its_subtitle(extract, text, name, expected):
    assert _types(extract(text), name) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Ned Rourke staged the worldwide stage hit Copperline. Copperline ran for ten years.", "Copperline", []),
])
def test_a_stage_hit(extract, text, name, expected):
    assert _types(extract(text), name) == expected


@pytest.mark.parametrize("text, name, expected", [
    # a label before a colon is no title
    ("Results of the friendly on Saturday: Dunmore Athletic won 2-0. Scorers: Dean Hale (4th), Ivo Brand (80th).",
     "Dean Hale", ["people"]),
    # a role word before the name: "businessman X were" is a group's verb, not X's
    ("A consortium and a group headed by businessman Zoltan Merek were forming a bid.", "Zoltan Merek", ["people"]),
])
def test_labels_and_roles_are_no_title_or_band_cues(extract, text, name, expected):
    assert _types(extract(text), name) == expected


def test_an_institution_in_a_list_of_titles_stays(extract):
    text = ("Her stage work included Low Tide for the Harrowgate Theatre, Salt Meadow and the musical "
            "Dune Harbour. The Harrowgate Theatre said she was a joy.")
    assert _types(extract(text), "Harrowgate Theatre") == ["organisations"]


@pytest.mark.parametrize("text, name, expected", [
    # a middle initial "A" is no capitalised function word
    ("Robert A Colton, chief executive of Dunmore Tobacco, said sales rose.", "Robert A Colton", ["people"]),
    # "from X have": X is no subject, so no band
    ("A woman from Perth and two teenagers from Leicester have been charged, officers said.", "Leicester", ["places"]),
])
def test_shapes_and_verbs_that_are_no_cues(extract, text, name, expected):
    assert _types(extract(text), name) == expected

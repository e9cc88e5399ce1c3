"""Organisations a careful reader would not list in business, politics, arts and technology
stories (round 11): names the text itself calls things ("a tool called X"), and pieces of a
law's name ("Mental Capacity" of "the Mental Capacity Bill"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _orgs(record) -> dict[str, list[tuple[int, int]]]:
    r = to_dict(record)
    return {e["name"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in r["organisations"]}


@pytest.mark.parametrize("text, thing", [
    ("Several operators are testing a technology called Skyline, which doubles speeds.", "Skyline"),
    ("The firm uses a web-based tool called TraceMap to see where its visitors are.", "TraceMap"),
    ("He writes a weblog called Bread and Circuses from his flat in Leeds.", "Bread and Circuses"),
    ("The supercomputer was ranked with a speed test called Fastrack last week.", "Fastrack"),
    ('Ministers backed a scheme dubbed "Fresh Start" for young offenders.', "Fresh Start"),
    ("Engineers designed a format known as Quickpost for the new phones.", "Quickpost"),
])
def test_a_name_the_text_calls_a_thing_is_no_organisation(extract, text: str, thing: str) -> None:
    assert thing not in _orgs(extract(text))


@pytest.mark.parametrize("text, org, spans", [
    # a body's noun before the naming verb keeps the name an organisation
    ("The service is run by a company called Akamai, based in Cambridge, Massachusetts.",
     "Akamai", [(39, 45)]),
    ("The shares were sold to a little-known firm called Baikal Finance Group on Sunday.",
     "Baikal Finance Group", [(51, 71)]),
])
def test_a_body_called_so_stays_an_organisation(extract, text: str, org: str, spans) -> None:
    assert _orgs(extract(text)).get(org) == spans


@pytest.mark.parametrize("text, piece", [
    ("The Mental Capacity Bill returns to the Commons on Tuesday, the minister said.", "Mental Capacity"),
    ("MPs will debate the Crossrail Link Bill before the summer, officials said.", "Crossrail"),
    ("The Gambling Bill would allow eight regional casinos, critics warned.", "Gambling"),
])
def test_a_piece_of_a_laws_name_is_no_organisation(extract, text: str, piece: str) -> None:
    assert piece not in _orgs(extract(text))


def test_a_gazetteer_body_before_act_stays(extract) -> None:
    """"Parliament" of "the Parliament Act" is the body the act is named for."""
    text = "Campaigners said the 1949 Parliament Act could not be used to force the ban through."
    assert _orgs(extract(text)).get("Parliament") == [(26, 36)]


@pytest.mark.parametrize("text, title", [
    ("The director had hoped to make a film about Ash, star of the Evil Dead movies, but talks failed.",
     "Evil Dead"),
    ("Three jackets the band wore on their Please Please Me album sleeve fetched $80,000 in London.",
     "Please Please Me"),
    ("The studio wants to make a sequel to the Night Harbour movies next year, its head said.", "Night Harbour"),
    ("Fans of the Road Kings series in Europe will have to wait until June for the new one.", "Road Kings"),
    ("Nobody in the club could beat him at the Ironclad game. Ironclad has sold well.", "Ironclad"),
])
def test_a_name_before_a_works_noun_is_a_title(extract, text: str, title: str) -> None:
    assert title not in _orgs(extract(text))


@pytest.mark.parametrize("text, org, spans", [
    # a title after the noun: the name before it is the maker's
    ("She had a part in Zenith Entertainment drama Moving Wheels before her move to America.",
     "Zenith Entertainment", [(18, 38)]),
    # a body's evidence at another use keeps the name an organisation
    ("The Velvet Pictures film opens on Friday. Velvet Pictures said the budget was $40m.",
     "Velvet Pictures", [(4, 19), (42, 57)]),
    ("Critics liked the Hartwell Films movie. The co-chairmen of Hartwell Films are both British.",
     "Hartwell Films", [(18, 32), (59, 73)]),
])
def test_a_makers_name_before_a_works_noun_stays(extract, text: str, org: str, spans) -> None:
    assert _orgs(extract(text)).get(org) == spans


@pytest.mark.parametrize("text, plan", [
    ("Farmers say the European Union's Common Fisheries Policy has ruined the industry.", "Common Fisheries Policy"),
    ("The Home Office began work on its Safer Streets and Community Strategy last spring.",
     "Safer Streets and Community Strategy"),
    ("Britain came ninth, according to the Global Broadband Index published on Monday.", "Global Broadband Index"),
    ("The Harold Pinter Award for new writing will be presented in May.", "Harold Pinter Award"),
    ("Two clinics were paid for through the government's Private Finance Initiative (PFI). The PFI has critics.",
     "Private Finance Initiative"),
    ("Schools joined the government's Better Behaviour Programme last year.", "Better Behaviour Programme"),
])
def test_a_plans_or_a_prizes_name_is_no_organisation(extract, text: str, plan: str) -> None:
    assert plan not in _orgs(extract(text))


def test_a_plans_acronym_goes_with_it(extract) -> None:
    text = "Two clinics were paid for through the government's Private Finance Initiative (PFI). The PFI has critics."
    assert "PFI" not in _orgs(extract(text))


@pytest.mark.parametrize("text, org, spans", [
    # a body named "... Programme" or "... Initiative" without a possessive before it
    ("The World Food Programme said it would send 200 tonnes of rice to the region.",
     "World Food Programme", [(4, 24)]),
    ("Aid from the United Nations Development Programme will reach the villages by March.",
     "United Nations Development Programme", [(13, 49)]),
    ("A report by the Open Society Initiative found that the courts were slow.",
     "Open Society Initiative", [(16, 39)]),
])
def test_a_body_named_programme_stays(extract, text: str, org: str, spans) -> None:
    assert _orgs(extract(text)).get(org) == spans


@pytest.mark.parametrize("text, title", [
    # an apposition after a work's noun, a list it introduces, a character's part
    ("He is the producer of the hit West End musical, Bombay Dreams. The show opened in 2002.", "Bombay Dreams"),
    ("He appeared in five Spike Lee movies, including School Daze and Jungle Fever, over ten years.", "School Daze"),
    ("Her television work included the part of Matron in the BBC drama Casualty and a film role.", "Matron"),
])
def test_a_works_noun_before_a_title(extract, text: str, title: str) -> None:
    assert title not in _orgs(extract(text))


def test_the_maker_before_a_works_noun_stays(extract) -> None:
    text = "Her television work included the part of Matron in the BBC drama Casualty and a film role."
    assert _orgs(extract(text)).get("BBC") == [(55, 58)]


@pytest.mark.parametrize("text", [
    "Cinemas had a strong year thanks to hits like Harbour Lights and Lord of the Rings.",
    "No film since Lord of the Rings has earned as much, the studio said.",
])
def test_the_last_word_of_an_of_the_title_is_no_organisation(extract, text: str) -> None:
    assert "Rings" not in _orgs(extract(text))


def test_a_role_of_the_body_keeps_the_body(extract) -> None:
    text = "Glenn Stevens, Governor of the Reserve Bank, said rates would stay on hold."
    assert _orgs(extract(text)).get("Reserve Bank") == [(31, 43)]

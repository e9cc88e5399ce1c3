"""Companies, bodies and forces a careful reader lists as organisations (org_names.py,
organisations_known.jsonl, the web-address shape of organisations_shapes.jsonl): a company named
after another of the article ("Virgin Megastores"), a police force named by its area, a firm
written as its web address, and well-known companies and bodies, which are never warned about.
Every sentence here is our own writing."""
from __future__ import annotations

import pytest

from entitytypes import mention_types


@pytest.mark.parametrize("text, name", [
    ("Music retailer Virgin said on Monday that Virgin Megastores would shut ten shops in March.",
     "Virgin Megastores"),
    ("Lycos is to close its spam screensaver. Lycos Europe said the campaign had worked.",
     "Lycos Europe"),
    ("Tyre maker Pirelli said Pirelli Cables would be sold to a fund for 1.3bn euros.",
     "Pirelli Cables"),
])
def test_company_named_after_another_is_an_organisation(extract, text, name):
    assert mention_types(extract(text), name) == ["organisations"]


@pytest.mark.parametrize("text, person", [
    ("The Tory party has fallen behind in the polls, but Tory Liam Fox said the gap would close.",
     "Liam Fox"),
    ("Chelsea beat Arsenal 2-1 at home. Arsenal Wenger's side never recovered, said Marcel Desailly.",
     "Marcel Desailly"),
])
def test_person_beside_an_organisation_stays_a_person(extract, text, person):
    rec = extract(text)
    assert any(person in e.name for e in rec.people)
    assert not any(person in e.name for e in rec.organisations)


@pytest.mark.parametrize("text, person", [
    ("Labour will study the idea, but Tory Owen Blakemore said his party had a better one.",
     "Owen Blakemore"),
    ("Tory Michael Howard said the tax would go, and Labour disagreed.", "Michael Howard"),
])
def test_party_word_before_a_name_is_no_part_of_it(extract, text, person):
    rec = extract(text)
    assert mention_types(rec, person) == ["people"]
    assert not any(e.name.startswith("Tory ") for e in rec.people)


@pytest.mark.parametrize("text, force, area", [
    ("West Yorkshire police said a woman from Bradford was held on Sunday.",
     "West Yorkshire police", "West Yorkshire"),
    ("Norfolk police chief Ian Kerr said the roads would be closed until Friday.",
     "Norfolk police", "Norfolk"),
])
def test_area_and_police_is_a_force(extract, text, force, area):
    rec = extract(text)
    assert mention_types(rec, force) == ["organisations"]
    assert mention_types(rec, area) == []


@pytest.mark.parametrize("text, place", [
    ("Two brothers were questioned by UK police after flying back from Kenya.", "UK"),
    ("French police detained three men at the port of Calais on Monday.", "Calais"),
])
def test_national_police_is_no_force(extract, text, place):
    rec = extract(text)
    assert not any(m.text.endswith("police") for e in rec.organisations for m in e.mentions)
    assert mention_types(rec, place) == ["places"]


@pytest.mark.parametrize("text, site", [
    ("Net traffic monitor OneStat.com said the open-source browser had gained ground.", "OneStat.com"),
    ("The news was first reported by the rumour site AppleInsider.com on Tuesday.", "AppleInsider.com"),
    ("Customers placed orders on Shopping.com before the sale ended, the firm said.", "Shopping.com"),
])
def test_firm_written_as_its_web_address(extract, text, site):
    assert mention_types(extract(text), site) == ["organisations"]


@pytest.mark.parametrize("text, name", [
    ("Search engines such as Google and Yahoo have signed the deal, officials said.", "Yahoo"),
    ("Jaguar will cut 1,150 jobs at its Browns Lane plant, the carmaker said.", "Jaguar"),
    ("The Department for Work and Pensions said the figures were wrong.", "Department for Work and Pensions"),
    ("Mr Darby claimed New Labour still spoke for working families.", "New Labour"),
    ("The Royal Highland Fusiliers will merge with the Black Watch next year.", "Royal Highland Fusiliers"),
])
def test_well_known_organisations_typed_and_not_warned(extract, text, name):
    rec = extract(text)
    assert mention_types(rec, name) == ["organisations"]
    assert not any(name in w for w in rec.warnings)


@pytest.mark.parametrize("text, venue", [
    ("The film had its premiere at the Odeon Leicester Square on Sunday night.", "Odeon Leicester Square"),
    ("Stars gathered at the Beverly Hilton for the awards dinner on Saturday.", "Beverly Hilton"),
    ("The band will play the Royal Albert Hall in May, promoters said.", "Royal Albert Hall"),
])
def test_hotels_and_halls_are_places(extract, text, venue):
    assert mention_types(extract(text), venue) == ["places"]


@pytest.mark.parametrize("text, standard", [
    ("Browsers show foreign letters through a system called Unicode, the panel said.", "Unicode"),
    ("Older machines only understood ASCII codes, so names were limited.", "ASCII"),
])
def test_standards_are_no_organisations(extract, text, standard):
    assert standard not in {m.text for e in extract(text).organisations for m in e.mentions}


@pytest.mark.parametrize("text, person, firm", [
    ("The row was started by publisher Jason O-Grady, who runs a rumour site about the firm.",
     "Jason O-Grady", None),
    ("Games publisher Eidos said sales rose, while publisher Mark Hollis stepped down.", "Mark Hollis", "Eidos"),
])
def test_job_before_a_given_name_is_a_person(extract, text, person, firm):
    rec = extract(text)
    assert mention_types(rec, person) == ["people"]
    if firm:
        assert mention_types(rec, firm) == ["organisations"]


@pytest.mark.parametrize("text, names", [
    ("Soldiers from the Gurkha Rifles and the Light Dragoons marched through the town.",
     ["Gurkha Rifles", "Light Dragoons"]),
    ("Men of the Kings Own Borderers will join the Welsh Fusiliers next spring, the army said.",
     ["Kings Own Borderers", "Welsh Fusiliers"]),
    ("Thousands marched with Stop the Motorway Alliance in the city on Saturday.", ["Stop the Motorway Alliance"]),
])
def test_regiments_and_campaigns_are_organisations(extract, text, names):
    rec = extract(text)
    for name in names:
        assert mention_types(rec, name) == ["organisations"]

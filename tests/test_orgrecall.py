"""Organisations the model misses or types as people, found by the words around a company, a
bank or a band (facts/entities/corporate.py); every sentence here is our own writing."""
from __future__ import annotations

import pytest

from entitytypes import types_listing as _types


@pytest.mark.parametrize("text, surface", [
    # a cue that only introduces an organisation proposes the name after it
    ("Tickets sold out fast for the band Velvet Harbour on Friday.", "Velvet Harbour"),
    ("Prices rose, said Mara Quell, an economist at Penrose Tallis.", "Penrose Tallis"),
    ("Late on Monday, shares in Kelderby rose by 4%.", "Kelderby"),
    ("Sales at the retailer John Quarrow rose by 4% last year.", "John Quarrow"),
    ("The talks were handled by brokers Ashdown Mercer in London.", "Ashdown Mercer"),
    # a capitalised run ending in a company word
    ("Reinsurers such as Lindqvist Re saw their value fall.", "Lindqvist Re"),
    ("A deal with Hollins Networks was signed on Monday.", "Hollins Networks"),
    ("Creditors met Grant & Partners, the administrators, on Monday.", "Grant & Partners"),
])
def test_company_cues_find_organisations(extract, text, surface):
    assert _types(extract(text), surface) == ["organisations"]


@pytest.mark.parametrize("text, surface", [
    # one mention's corporate words settle the type of every mention of the name
    ("Shares in engineering group Harwick soared. Harwick said it would cut costs. "
     "Analysts expect Harwick to grow.", "Harwick"),
    ("Talks failed. Both Tollis and rival Veranet met the board. Veranet said it would bid.", "Veranet"),
    ('"We will fight this," Tallair deputy chief executive Mark Obrey told the BBC.', "Tallair"),
    ("Trade was quiet. Vostrel's chief executive resigned. Vostrel said sales fell.", "Vostrel"),
    ("A spokesman for Belltrail said work would start. Belltrail plans a new line.", "Belltrail"),
    ("Oskova, the company, denied the claim. Oskova said it would appeal.", "Oskova"),
    ("Workers at ex-Baltra plants marched. Baltra's assets were sold. Baltra said it had no cash.", "Baltra"),
])
def test_every_mention_of_a_company_is_an_organisation(extract, text, surface):
    assert _types(extract(text), surface) == ["organisations"]


@pytest.mark.parametrize("text, surface, expected", [
    # a person's evidence wins: a full name or an honorific with the same word
    ("Owner Dario Castell sold the firm. Castell's stake was worth £4m.", "Castell", ["people"]),
    ("Mr Tervo said the takeover of Tervo was a joke.", "Tervo", ["people"]),
    ("A spokesman for Mr Halloran said Halloran was ill.", "Halloran", ["people"]),
    # a place the gazetteer knows stays a place after "stake in"
    ("It bought a stake in France last year, officials said.", "France", ["places"]),
    # a capitalised word after a cue that is no name's start (a headline-like month) is left alone
    ("The firm said in January that sales fell.", "January", []),
])
def test_person_and_place_evidence_is_kept(extract, text, surface, expected):
    assert _types(extract(text), surface) == expected



@pytest.mark.parametrize("text, corporate", [
    ("Dunmore, the company, said it would appeal.", True),
    ("Dunmore, a state-owned gas giant, said it would appeal.", True),
    ("At Dunmore, the company has written to homes.", False),   # a fronted place
    ("Dunmore, the capital of the region, is quiet.", False),
    ("Dunmore boss Ilse Varga quit.", True),
    ("Dunmore's stake rose to 5%.", True),
    ("Dunmore's wife was there.", False),
    ("Dunmore said its profits fell.", True),
    ("Dunmore said it would be wrong to appeal.", False),
    ("Dunmore said that it would appeal.", True),
    ("Dunmore said he would appeal.", False),
    ("Dunmore deputy chief executive Ilse Varga quit.", True),
    ("The company, Dunmore, is to alter its packs.", True),
    ("The firm unit Dunmore was sold.", True),
])
def test_corporate_evidence_around_one_mention(nlp, text, corporate):
    from factextract.facts.entities.corporate import CorporateNames
    from factextract.facts.entities.lexicon import Lexicon
    from factextract.facts.entities.tokens import TokenView
    v = TokenView(nlp.make_doc(text))
    s = v.lowers.index("dunmore")
    assert CorporateNames(Lexicon())._corporate(v, s, s + 1) is corporate


@pytest.mark.parametrize("text, surface, expected", [
    ("Sales fell at retailers including Tesco, Asda, Jessops and Quillby, the survey said on Monday.",
     "Quillby", ["organisations"]),
    ("Small firms such as Quillby, Vantrix and Dobbo-Link offer such tools to users.", "Dobbo-Link", ["organisations"]),
    ("Small firms such as Quillby, Vantrix and Dobbo-Link offer such tools to users.", "Quillby", ["organisations"]),
    ("Small firms such as Quillby, Vantrix and Q-Link offer such tools to users.", "Q-Link", ["organisations"]),
    ("Security vendors raised the alarm. Finnish company F-Secure rated the worm a serious risk.", "F-Secure",
     ["organisations"]),
    ("The Finnish company Kelt-Secure gave the virus its highest threat level on Monday.", "Kelt-Secure", ["organisations"]),
    # a list of people stays a list of people
    ("The guests at the dinner included Tony Blair, Gordon Brown, Merrow and John Prescott on Friday.",
     "Merrow", ["people"]),
    # a list with a person's full name in it is a list of people ("Ja Rule")
    ("The label's artists include Dorrow, Tavix, Kelmo Ranft and Quarrick on its roster.", "Quarrick", ["people"]),
    # a list of places stays places
    ("Sales fell in Paris, Lyon, Tesco and Asda stores, the survey said on Monday.", "Lyon", ["places"]),
])
def test_a_list_of_organisations(extract, text, surface, expected):
    assert _types(extract(text), surface) == expected


@pytest.mark.parametrize("orgs, expected", [
    ({0, 1}, "people"),          # a line-up where the model took two of six players for clubs
    ({0, 1, 2, 3}, "organisations"),   # most of the list are organisations: the rest too
])
def test_a_list_is_of_organisations_when_most_of_it_is(nlp, orgs, expected):
    from factextract.facts.entities.corporate import CorporateNames
    from factextract.facts.entities.lexicon import Lexicon
    from factextract.facts.entities.proposal import Proposal
    from factextract.facts.entities.tokens import TokenView
    v = TokenView(nlp.make_doc("They played Dudley, Fennick, Corran, Hollis, Tarrow and Quarrel on Monday."))
    starts = [v.texts.index(w) for w in ("Dudley", "Fennick", "Corran", "Hollis", "Tarrow", "Quarrel")]
    spans = [Proposal(s, s + 1, "organisations" if k in orgs else "people", "model") for k, s in enumerate(starts)]
    CorporateNames(Lexicon())._lists(v, spans)
    assert spans[-1].type == expected


@pytest.mark.parametrize("text, surface", [
    ('The founder of the consultancy Ilse Marrow agreed. "Yes," Mrs Marrow said.', "Ilse Marrow"),
    ("Rap boss arrested\n\nRap mogul Dion Kell was held on Monday.", "Rap"),
])
def test_no_organisation_of_a_person_or_a_common_word(extract, text, surface):
    assert "organisations" not in _types(extract(text), surface)

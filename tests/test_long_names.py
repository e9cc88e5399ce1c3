"""Long official names come out whole (long_names.py, fused.py): cut at "and", a comma or a
second "of", or before their head, they are one organisation, not fragments or a place; a
nation's body named by its adjective is found. Every sentence here is our own writing."""
from __future__ import annotations

import pytest


def _orgs(rec):
    return {e.name for e in rec.organisations}


def _all_names(rec):
    return {e.name for k in ("people", "organisations", "places") for e in getattr(rec, k)}


@pytest.mark.parametrize("text, name", [
    # a remit continued through "and" and commas
    ("Staff at the Department for Education and Skills said the forms were late.",
     "Department for Education and Skills"),
    ("The Department for Culture, Media and Sport will publish the review in spring.",
     "Department for Culture, Media and Sport"),
    ("Exports rose, Korea's Ministry of Economy, Trade and Energy said on Monday.",
     "Ministry of Economy, Trade and Energy"),
    ("Last week the Organisation for Economic Co-operation and Development cut its growth outlook.",
     "Organisation for Economic Co-operation and Development"),
    ("Ms Garvie, who sits on the Parliamentary Group on Betting and Gaming, called the rules muddled.",
     "Parliamentary Group on Betting and Gaming"),
    # a second "of"/"for" part
    ("A letter from the Board of Deputies of British Jews reached the council on Tuesday.", "Board of Deputies of British Jews"),
    ("Staff at the Medical Foundation for the Care of Victims of Torture warned that families were in danger.",
     "Medical Foundation for the Care of Victims of Torture"),
    # common words before the head, with "and" or cut off by the model
    ("A spokesman for the World Travel and Tourism Council said bookings were down.",
     "World Travel and Tourism Council"),
    ("Members of the Independent Police Complaints Commission met the family.",
     "Independent Police Complaints Commission"),
    # a members' plural head ends a remit too
    ("An appeal by the International Federation of the Red Cross and Red Crescent Societies raised little.",
     "International Federation of the Red Cross and Red Crescent Societies"),
    # a country written before a body of common words is its first word
    ("She left the UK Independence Party last year, her agent said.", "UK Independence Party"),
    ("A report for the US-Korea Economic and Security Review Commission came out.",
     "US-Korea Economic and Security Review Commission"),
    ("Both lenders - China Construction Bank and Industrial and Commercial Bank of China - shelved the listing.", "China Construction Bank"),
    # a plural noun's possessive
    ("She taught for the Workers' Educational Association before the election.", "Workers' Educational Association"),
    # the words an acronym in brackets spells
    ("Budget carriers' group European Low-fare Airlines Association (ELAA) lodged a complaint in May.",
     "European Low-fare Airlines Association"),
    ("Shares in Scottish and Newcastle (S&N) rose after it bid for a Polish brewer.", "Scottish and Newcastle"),
    # the model's whole name comes back when a shape cut it before its "of" part
    ("Postal voting is spreading. The Audit Commission and National Union of Students have doubts.",
     "National Union of Students"),
    # a region a commission serves
    ("Coffee exports fell 8%, a UN Economic Commission for Latin America study found.",
     "Economic Commission for Latin America"),

    # places inside the name stay in it
    ("A spokesman for the Police Federation of England and Wales said officers were tired.",
     "Police Federation of England and Wales"),
])
def test_a_long_name_is_one_organisation(extract, text, name):
    rec = extract(text)
    assert name in _orgs(rec)
    # and none of its pieces is an entity of its own
    assert not {n for n in _all_names(rec) if n != name and n in name}


@pytest.mark.parametrize("text, names", [
    # a piece the article uses as a name by itself is another organisation
    ("Officials from the Ministry of Defence and Treasury met. The Treasury said nothing.",
     {"Ministry of Defence", "Treasury"}),
    # a name after "and" that is no common word is a second organisation
    ("The Bank of England and Barclays both raised their forecasts.", {"Bank of England", "Barclays"}),
    # "for" before another party is no remit; a day after "on" is no part of the name
    ("He left the Labour Party for the Liberal Democrats in 2003.", {"Labour Party", "Liberal Democrats"}),
    ("The Court of Appeal on Wednesday rejected the claim.", {"Court of Appeal"}),
    # a name ending in its own head before or after "and" is a second body
    ("The Audit Commission and National Union of Students have doubts.",
     {"Audit Commission", "National Union of Students"}),
    ("The Office for National Statistics and Financial Services Authority agreed.",
     {"Office for National Statistics", "Financial Services Authority"}),
])
def test_two_names_stay_two(extract, text, names):
    assert _orgs(extract(text)) == names


@pytest.mark.parametrize("text, wrong", [
    # a country's possessive is no part of the name
    ("Officials of Britain's Independence Party met on Monday.", "Britain's Independence Party"),
    # an acronym that spells no body's name makes none
    ("The jets carry an Identification Friend or Foe (IFF) unit.", "Identification Friend or Foe"),
])
def test_no_long_name_is_made_up(extract, text, wrong):
    assert not any(wrong in n for n in _all_names(extract(text)))


@pytest.mark.parametrize("text, name", [
    ("The Scottish Executive said it would appeal against the ruling.", "Scottish Executive"),
    ("Ministers in the Welsh Assembly voted for the plan on Tuesday.", "Welsh Assembly"),
])
def test_a_nations_government_is_found(extract, text, name):
    assert name in _orgs(extract(text))


def test_an_adjective_before_a_lowercase_head_is_no_body(extract):
    rec = extract("Scottish ministers and the chief executive of Kelbrook met on Monday.")
    assert not any("Scottish" in n for n in _all_names(rec))


def test_an_undecided_long_name_is_warned_about(extract):
    rec = extract("Officials from the Ministry of Defence and Treasury met. The Treasury said nothing.")
    assert any("'Ministry of Defence and Treasury'" in w for w in rec.warnings)
    assert not any("may go on" in w for w in extract("The Department for Education and Skills said so.").warnings)


def test_a_place_named_alone_elsewhere_stays_in_the_long_name(extract):
    rec = extract("Visitors from Latin America spent more, according to the Economic Commission for Latin America.")
    assert "Economic Commission for Latin America" in _orgs(rec)
    assert "Latin America" in {e.name for e in rec.places}

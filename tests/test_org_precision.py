"""Organisations a careful reader would list, once each (org_precision.py, org_joins.py,
aliases.txt): a sentence's capitalised first word comes off an organisation's front or is no
organisation at all, a person's apposition makes a person of a name the model called a body, a
short name joins its long form even when the long form ends in a suffix ("Group"), and a few
well-known bodies under two names are one. Every sentence here is our own writing."""
from __future__ import annotations

import pytest


def _orgs(rec):
    return {e.name for e in rec.organisations}


def _people(rec):
    return {e.name for e in rec.people}


@pytest.mark.parametrize("text, whole, fused", [
    ("Past Congressional Budget Office forecasts proved too rosy. Congress voted on Friday.",
     "Congressional Budget Office", "Past Congressional Budget Office"),
    ("Five Bank of America units agreed to pay the fine, regulators said.",
     "Bank of America", "Five Bank of America"),
    ("Earlier Standard Life said the review would take a year.",
     "Standard Life", "Earlier Standard Life"),
])
def test_sentence_start_word_comes_off(extract, text, whole, fused):
    orgs = _orgs(extract(text))
    assert whole in orgs
    assert fused not in orgs


@pytest.mark.parametrize("text, word", [
    ("Controversial new casinos will be banned from using tricks, the minister said.", "Controversial"),
    ("Mystery firm Baikal Finance Group won the auction of the oil unit on Sunday.", "Mystery"),
    ('Leyton Vale lost 4-2 to Dunmore Rovers. Pryce said: "At 3-0 down it was a mountain to climb. '
     'We recovered against Hartwell 2-1 and Ashby Town 3-0."', "At"),
])
def test_lone_sentence_start_word_is_no_organisation(extract, text, word):
    assert word not in _orgs(extract(text))


@pytest.mark.parametrize("text, name", [
    # a company at a sentence's start stays one
    ("Shell said its reserves had been overstated for years.", "Shell"),
    ("Vodafone has named a new head for its Japanese arm.", "Vodafone"),
    # a capitalised adjective inside the name is no sentence opener
    ("British Airways will raise its fares in April, the airline said.", "British Airways"),
])
def test_names_at_a_sentence_start_stay(extract, text, name):
    assert name in _orgs(extract(text))


@pytest.mark.parametrize("text, person", [
    ("The plant was sold to Tomas Brevik, the region's richest man, for a small sum.", "Tomas Brevik"),
    ("Welcoming the ruling, Orla Quennell, chief executive of the Tenants Council, said it was fair.",
     "Orla Quennell"),
])
def test_person_apposition_makes_a_person(extract, text, person):
    rec = extract(text)
    assert person in _people(rec)
    assert person not in _orgs(rec)


def test_company_noun_before_keeps_a_body(extract):
    rec = extract("A report by advisory firm Harrow Dunmore, the independent expert, valued the bid higher.")
    assert "Harrow Dunmore" not in _people(rec)


def test_short_name_joins_a_group_name(extract):
    rec = extract("Tarvin Finance Group won the auction on Sunday. Shares in Tarvin rose 5% on Monday.")
    orgs = [e for e in rec.organisations if "Tarvin" in e.name]
    assert len(orgs) == 1
    assert orgs[0].name == "Tarvin Finance Group"
    assert len(orgs[0].mentions) == 2


@pytest.mark.parametrize("text, name", [
    ("The EU Commission president flew to Kiev on Monday. The European Commission wants a bigger budget.",
     "European Commission"),
    ("The Foreign Office will close two posts. The Foreign and Commonwealth Office said staff would move.",
     "Foreign and Commonwealth Office"),
])
def test_one_body_under_two_names(extract, text, name):
    rec = extract(text)
    assert [e.name for e in rec.organisations] == [name]


@pytest.mark.parametrize("text, name, warned", [
    # one common word and nothing around it that says company: the reader is told to check it
    ("The festival sold out in days. Fans cheered loudly, and Tribute said more dates would follow.",
     "Tribute", True),
    # a company cue, a possessive or a body's word after it is evidence enough
    ("Shares in Shell rose 3%. Shell said its reserves were overstated.", "Shell", False),
    ("Oil giant Shell cut its forecast. Shell said the cut was small.", "Shell", False),
    # not a common word: no warning
    ("Vodafone said profits rose in Japan.", "Vodafone", False),
])
def test_weak_organisation_warning(extract, text, name, warned):
    rec = extract(text)
    assert name in _orgs(rec)
    flagged = [w for w in rec.warnings if w.startswith("organisations: kept on the model's word alone")]
    assert bool(flagged and repr(name) in flagged[0]) is warned


def test_a_body_named_by_one_word_is_not_warned(extract):
    rec = extract("The bill goes before Parliament next week. Parliament rejected a similar bill in May.")
    assert "Parliament" in _orgs(rec)
    assert not [w for w in rec.warnings if w.startswith("organisations:")]

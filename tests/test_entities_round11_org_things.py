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

"""A building a preposition locates is a place (venues.py); a person-shaped name ending in a
trade noun no surname is ("Films", "Laboratories") is a company, in "Straits" a place
(person_check.py with patterns/entities/not_people_heads.txt). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _record(extract, text: str) -> dict:
    return to_dict(extract(text))


def _where(record: dict, name: str) -> list[str]:
    return [t for t in ("people", "organisations", "places") if any(e["name"] == name for e in record[t])]


@pytest.mark.parametrize("text, name", [
    ("The launch dinner was held at the Calloway Hotel in Brighton on Friday evening.", "Calloway Hotel"),
    ("The four men are still held in Woodhill Prison, their lawyer told reporters.", "Woodhill Prison"),
    ("He spent two years at Barlinnie Prison before his appeal was heard.", "Barlinnie Prison"),
    ("The band first played at the Rainbow Theatre in north London in 1977.", "Rainbow Theatre"),
    ("Guests arrived for the state dinner at Buckingham Palace on Tuesday.", "Buckingham Palace"),
])
def test_a_located_building_is_a_place(extract, text: str, name: str) -> None:
    record = _record(extract, text)
    assert _where(record, name) == ["places"]
    ent = next(e for e in record["places"] if e["name"] == name)
    start = text.index(name)
    assert [(m["start"], m["end"]) for m in ent["mentions"]] == [(start, start + len(name))]


@pytest.mark.parametrize("text, name", [
    ("The pop star called off her Onyx Hotel tour in March after an ankle injury.", "Onyx Hotel"),
    ("Tim Ward of the Blackpool Hotel Association said bookings were down by a fifth.", "Onyx Hotel"),
    ("The actor Lee Hall said the play would open in May.", "Lee Hall"),
])
def test_no_venue_without_the_building_ending_the_located_name(extract, text: str, name: str) -> None:
    assert "places" not in _where(_record(extract, text), name)


def test_a_company_typed_whole_keeps_its_type(extract) -> None:
    text = "The National Theatre said on Monday that it would stage the play at the National Theatre in spring."
    assert _where(_record(extract, text), "National Theatre") == ["organisations"]


@pytest.mark.parametrize("text, name, etype", [
    ("The film will be released by Samuel Goldwyn Films in the US next year.", "Samuel Goldwyn Films", "organisations"),
    ("Scientists at Lawrence Livermore National Laboratory built the machine.",
     "Lawrence Livermore National Laboratory", "organisations"),
    ("Tankers must pass through the Dardanelles Straits to reach the Mediterranean.", "Dardanelles Straits", "places"),
])
def test_a_name_ending_in_a_trade_or_place_noun_is_no_person(extract, text: str, name: str, etype: str) -> None:
    assert _where(_record(extract, text), name) == [etype]

"""Storms' names after a storm word and holidays' names are no people, organisations or places
(storms_holidays.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _names(extract, text: str) -> dict[str, set[str]]:
    record = to_dict(extract(text))
    return {k: {e["name"] for e in record[k]} for k in ("people", "organisations", "places")}


def _all(names: dict[str, set[str]]) -> set[str]:
    return names["people"] | names["organisations"] | names["places"]


@pytest.mark.parametrize("text, gone", [
    ("Hurricane Orla tore through the islands on Monday, the coastguard said. Aid agencies said "
     "Orla had left thousands of families without shelter.", {"Orla", "Hurricane Orla"}),
    ("Typhoon Mangal struck the northern coast of Luzon overnight.", {"Mangal", "Typhoon Mangal"}),
    ("Cyclone Berwin flattened villages in the delta, the United Nations said.",
     {"Berwin", "Cyclone Berwin"}),
    ("Tropical Storm Delfina dropped heavy rain on Texas, forecasters said.",
     {"Delfina", "Tropical Storm Delfina", "Storm Delfina"}),
    ("Storm Hamish brought winds of 90mph and flooding to Cumbria on Saturday.",
     {"Hamish", "Storm Hamish"}),
])
def test_storm_names_are_no_entities(extract, text: str, gone: set[str]) -> None:
    assert not (_all(_names(extract, text)) & gone)


@pytest.mark.parametrize("text, name, kind", [
    # no weather in the article: "Storm" is a given name here
    ("The album sleeve was designed by Storm Thorgerson, who died in London.", "Storm Thorgerson", "people"),
    # a storm word inside another name
    ("The air force will buy 40 more Eurofighter Typhoon jets, said Defence Secretary Hal Brook.",
     "Hal Brook", "people"),
])
def test_storm_words_in_other_names(extract, text: str, name: str, kind: str) -> None:
    assert name in _names(extract, text)[kind]


@pytest.mark.parametrize("text, gone", [
    ("Retail sales rose sharply over Easter, said Anna Pike of the British Retail Consortium.", "Easter"),
    ("Shops reported record crowds on Boxing Day as the sales began.", "Boxing Day"),
    ("Many families will fast during Ramadan and celebrate Eid with relatives.", "Ramadan"),
    ("Many families will fast during Ramadan and celebrate Eid with relatives.", "Eid"),
    ("Hindus in Leicester lit lamps for Diwali on Friday.", "Diwali"),
    ("Flights were full before Thanksgiving, the airline said.", "Thanksgiving"),
    ("The festival of Hanukkah began on Sunday evening.", "Hanukkah"),
    ("Christmas trading was weaker than expected, Marton Stores said.", "Christmas"),
])
def test_holidays_are_no_entities(extract, text: str, gone: str) -> None:
    assert gone not in _all(_names(extract, text))


def test_whole_names_only(extract) -> None:
    """ "Christmas Island" is a place, not the holiday."""
    names = _names(extract, "Asylum seekers were flown to Christmas Island, north-west of Perth.")
    assert "Christmas Island" in names["places"]


def test_storm_offsets_leave_other_mentions(extract) -> None:
    text = "Hurricane Orla hit Jamaica, said Prime Minister Dean Marsh. Orla weakened later."
    record = to_dict(extract(text))
    people = {e["name"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in record["people"]}
    assert "Orla" not in people and "Hurricane Orla" not in people
    s = text.index("Dean Marsh")
    assert people.get("Dean Marsh") == [(s, s + len("Dean Marsh"))]


def test_headline_place_after_storm_word_stays(extract) -> None:
    """A headline writes every word capitalised: "Typhoon Lashes Japan" keeps its place."""
    text = "Typhoon Lashes Japan Coast\n\nA powerful typhoon struck Japan on Monday, officials said."
    record = to_dict(extract(text))
    places = {e["name"]: [m["start"] for m in e["mentions"]] for e in record["places"]}
    assert places.get("Japan") == [text.index("Japan"), text.index("Japan", 30)]

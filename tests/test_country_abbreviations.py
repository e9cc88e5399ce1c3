"""Countries abbreviated as headlines and team sheets write them ("S Africa", "N Korea") are
places, one with their full name (patterns/entities/places_countries.jsonl, aliases.txt).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


@pytest.mark.parametrize("text, name, alias", [
    ("S Korea raises spending to lift growth\n\nSouth Korea will spend more on roads, its finance "
     "ministry said on Monday.", "South Korea", "S Korea"),
    ("N Ireland police chief to retire\n\nThe head of the police in Northern Ireland is to step down "
     "next year.", "Northern Ireland", "N Ireland"),
])
def test_an_abbreviated_country_joins_its_full_name(extract, text: str, name: str, alias: str) -> None:
    places = {e["name"]: e for e in to_dict(extract(text))["places"]}
    assert alias in places[name]["aliases"]
    assert not any(n in places for n in ("Korea", "Ireland", "Africa"))


def test_players_listed_with_an_abbreviated_country_are_people(extract) -> None:
    text = "Visitors: T Maaka (S Africa), R Dube (S Africa), H Lemoine (France)."
    rec = to_dict(extract(text))
    places = {e["name"] for e in rec["places"]}
    assert {"S Africa", "France"} <= places and "Africa" not in places
    assert {"T Maaka", "R Dube"} <= {e["name"] for e in rec["people"]}

"""A club named only by a transfer in a sports report is an organisation (transfer_clubs.py).
Sentences written for these tests; the raw pipeline misses each club."""
from __future__ import annotations

import pytest

from factextract.records import to_dict

_LEAD = "The striker scored twice in the league match on Saturday and the manager praised the midfield. "


def _where(extract, text: str, name: str) -> list[tuple[str, list[int]]]:
    record = to_dict(extract(text))
    return [(t, [m["start"] for m in e["mentions"]]) for t in ("people", "organisations", "places")
            for e in record[t] if e["name"] == name]


@pytest.mark.parametrize("body, name", [
    ("Kovacs was signed from Tranmere during the summer but has struggled for goals.", "Tranmere"),
    # the model's place no gazetteer knows
    ("Since then the former coach has been in charge at Lillestrom Kameratene, where he won the cup.",
     "Lillestrom Kameratene"),
])
def test_a_club_after_a_transfer_is_an_organisation(extract, body: str, name: str) -> None:
    text = _LEAD + body
    assert _where(extract, text, name) == [("organisations", [text.index(name)])]


@pytest.mark.parametrize("body, name", [
    ("He hopes to join England's squad for the World Cup qualifier.", "England"),   # a possessive: the country
    ("The defender moved to Portugal in the summer.", "Portugal"),                  # a country stays a place
])
def test_no_club_from_a_country(extract, body: str, name: str) -> None:
    assert [t for t, _ in _where(extract, _LEAD + body, name)] == ["places"]



def test_no_club_from_a_hyphenated_modifier(extract) -> None:
    text = _LEAD + "The move to Lodi-based Fanfulla reunites the winger with his old coach."
    assert "Lodi" not in [e["name"] for e in to_dict(extract(text))["organisations"]]

"""A seat named by its cue is a place, not an organisation or a person (seats.py): "the
constituency of X", "seat of X", "entered Parliament for X", "his constituency party, X", a
peer's "Lord Y of X". Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _names(record, kind: str) -> dict[str, list[tuple[int, int]]]:
    r = to_dict(record)
    return {e["name"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in r[kind]}


@pytest.mark.parametrize("text, seat, span", [
    ("He said in this constituency of Stoke Heath and Dale there was a Labour stronghold.",
     "Stoke Heath and Dale", (32, 52)),
    ("Mr Hale entered Parliament for Leeds North West in 1987, after two failed attempts.",
     "Leeds North West", (31, 47)),
])
def test_a_cued_seat_is_one_place(extract, text: str, seat: str, span) -> None:
    rec = extract(text)
    assert _names(rec, "places").get(seat) == [span]
    assert seat not in _names(rec, "organisations") and seat not in _names(rec, "people")


@pytest.mark.parametrize("text, kept, kind", [
    # a body after "seat of" named by the gazetteer stays a body
    ("The seat of the European Parliament is in Strasbourg.", "European Parliament", "organisations"),
    # the MP's own name before the cue stays a person
    ("Mr Hale entered Parliament for Leeds North West in 1987, after two failed attempts.", "Hale", "people"),
])
def test_names_around_a_seats_cue_keep_their_type(extract, text: str, kept: str, kind: str) -> None:
    assert kept in _names(extract(text), kind)


def test_a_peers_place_is_no_organisation(extract) -> None:
    text = "Lord Kinnock of Bedwellty took his seat on Monday. Bedwellty was his first seat."
    orgs = _names(extract(text), "organisations")
    assert "Bedwellty" not in orgs

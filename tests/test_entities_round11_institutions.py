"""A school or a club the model typed a person or a place, known from the words around it
(institution_cues.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _where(extract, text: str, name: str) -> list[tuple[str, list[int]]]:
    record = to_dict(extract(text))
    return [(t, [m["start"] for m in e["mentions"]]) for t in ("people", "organisations", "places")
            for e in record[t] if e["name"] == name]


@pytest.mark.parametrize("text, name", [
    ("Mr Dale, a former Eton pupil, said he had no regrets about leaving politics.", "Eton"),
    ("Born in Kent in 1931, he was educated at Harrow and served in the Navy.", "Harrow"),
    ("The new bishop was educated at Ampleforth before reading law.", "Ampleforth"),
])
def test_a_school_by_its_cue_is_an_organisation(extract, text: str, name: str) -> None:
    assert _where(extract, text, name) == [("organisations", [text.index(name)])]


@pytest.mark.parametrize("text, name", [
    ("Riders from the South Shropshire Hunt met on Boxing Day despite the ban.", "South Shropshire Hunt"),
    ("Members of the North Yorkshire Walking Club said the path was closed.", "North Yorkshire Walking Club"),
])
def test_a_place_shaped_club_is_an_organisation(extract, text: str, name: str) -> None:
    assert _where(extract, text, name) == [("organisations", [text.index(name)])]


@pytest.mark.parametrize("text, name, etype", [
    ("The school was built in Eton, near Windsor, in the 1440s.", "Eton", "places"),
    ("The firm, a former Soviet Union supplier, cut its prices.", "Soviet Union", "places"),
    ("He was born in the South Shropshire hills and moved to Leeds.", "South Shropshire", "places"),
])
def test_no_school_without_the_cue(extract, text: str, name: str, etype: str) -> None:
    assert [t for t, _ in _where(extract, text, name)] == [etype]

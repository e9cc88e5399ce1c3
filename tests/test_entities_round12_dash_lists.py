"""A list of names that a company noun introduces across a dash or colon ("retailers - including
X, Y and Z") is a list of organisations, like "retailers, including X" (corporate.py).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _types(extract, text: str) -> dict[str, str]:
    record = to_dict(extract(text))
    return {e["name"]: t for t in ("people", "organisations", "places") for e in record[t]}


@pytest.mark.parametrize("text, names", [
    ("Several chains - including Argos, Brogden and Cullimore - said trade had picked up in December.",
     ["Argos", "Brogden", "Cullimore"]),
    ("Several retailers \u2013 including Tesco, Halworth and Pennick \u2013 reported strong sales.",
     ["Tesco", "Halworth", "Pennick"]),
])
def test_dash_list_after_company_noun(extract, text: str, names: list[str]) -> None:
    types = _types(extract, text)
    assert [types.get(n) for n in names] == ["organisations"] * len(names)


@pytest.mark.parametrize("text, name, etype", [
    # a list of people after a dash stays people: the noun before the dash is no company noun
    ("Three ministers - including Alan Brisk, Mary Tollan and Peter Gault - resigned.", "Mary Tollan", "people"),
])
def test_dash_list_of_people_untouched(extract, text: str, name: str, etype: str) -> None:
    assert _types(extract, text).get(name) == etype

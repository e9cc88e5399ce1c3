"""A sentence's first word modifying a demonym ("Banned American sprinter X") is no name, while
two-word names ending in a demonym-like word stay (org_precision.py). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _names(record) -> set[str]:
    r = to_dict(record)
    return {e["name"] for t in ("people", "organisations", "places") for e in r[t]}


@pytest.mark.parametrize("text, person, not_name", [
    ("Banned American sprinter Tia Gordon has admitted using a steroid.", "Tia Gordon", "Banned American"),
    ("Legendary Dutch coach Pim Stolk has died aged 80.", "Pim Stolk", "Legendary Dutch"),
    ("Disgraced Canadian runner Joel Brant spoke to reporters on Monday.", "Joel Brant", "Disgraced Canadian"),
])
def test_a_modified_demonym_is_no_name(extract, text: str, person: str, not_name: str) -> None:
    names = _names(extract(text))
    assert person in names
    assert not_name not in names


@pytest.mark.parametrize("text, name", [
    ("Liberal Democrat spokesman Ed Hale said the plan was flawed.", "Liberal Democrat"),
    ("Anglo American said profits rose by 12% last year.", "Anglo American"),
])
def test_names_ending_in_such_words_stay(extract, text: str, name: str) -> None:
    assert any(name in n for n in _names(extract(text)))

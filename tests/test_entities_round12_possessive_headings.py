""""<Name>'s Review", "<Name>'s Choice", "Editor's Picks" title a part of a page: no
organisation; the reviewer named by one given name stays a person, a common word or a known
body before the possessive does not (facts/entities/possessive_headings.py).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _typed(record) -> dict[str, str]:
    r = to_dict(record)
    return {e["name"]: t for t in ("people", "organisations", "places") for e in r[t]}


@pytest.mark.parametrize("text, gone, person", [
    ("Four of us tried the pastries.\n\nHaruto's Review\n\nThe custom one was crisp and light.", "Haruto's Review", "Haruto"),
    ("Four of us tried the pastries.\n\nMireille's Verdict\n\nToo sweet for me, but the coffee was fine.", "Mireille's Verdict", "Mireille"),
    ("The readers voted on the desserts.\n\nEditor's Picks\n\nThe lemon tart won easily.", "Editor's Picks", None),
])
def test_a_possessive_heading_is_no_organisation(extract, text: str, gone: str, person: str | None) -> None:
    typed = _typed(extract(text))
    assert gone not in typed and not any(n.endswith(gone.split("'")[1]) for n in typed), typed
    if person:
        assert typed.get(person) == "people", typed


def test_a_body_with_a_possessive_name_stays(extract) -> None:
    typed = _typed(extract("Savings rates at Sainsbury's Bank rose on Monday, the lender said."))
    assert any(t == "organisations" and n.startswith("Sainsbury") for n, t in typed.items()), typed

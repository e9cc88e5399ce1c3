"""A bare surname two people share goes to the one the article is about - the one named first -
unless the other was named in full earlier in the same paragraph; the record warns when the
principal was chosen past a nearer namesake (facts/entities/shared_surnames.py).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _mentions(record) -> dict[str, list[int]]:
    r = to_dict(record)
    return {e["name"]: [m["start"] for m in e["mentions"]] for e in r["people"]}


PRINCIPAL = ("Mark Tillery will not seek re-election, his office said on Tuesday.\n\n"
             "His wife, Debra Tillery, is a friend of the favourite for the seat.\n\n"
             "Tillery announced his decision hours after the filing deadline.")
SAME_PARAGRAPH = ("Mark Tillery will not seek re-election, his office said on Tuesday.\n\n"
                  "His brother Scott Tillery runs a car dealership. Tillery said he would not stand either.")


@pytest.mark.parametrize("text, surname, owner, not_owner", [
    (PRINCIPAL, "Tillery", "Mark Tillery", "Debra Tillery"),
    (SAME_PARAGRAPH, "Tillery", "Scott Tillery", "Mark Tillery"),
])
def test_a_shared_surname_goes_to_the_one_meant(extract, text: str, surname: str, owner: str, not_owner: str) -> None:
    people = _mentions(extract(text))
    at = text.rindex(surname + " ")
    assert at in people[owner], people
    assert at not in people.get(not_owner, [])


def test_the_record_warns_when_the_principal_was_chosen(extract) -> None:
    rec = to_dict(extract(PRINCIPAL))
    assert any("'Tillery' -> 'Mark Tillery', not 'Debra Tillery'" in w for w in rec["warnings"]), rec["warnings"]


def test_a_squad_list_is_left_to_the_nearest(extract) -> None:
    text = ("Uncapped defender Scott Pellow is drafted in for the game.\n\n"
            "Defenders Gareth Pellow and Ian Marsh have hamstring injuries.\n\n"
            "Squad: Marsh (Swansea), Pellow (Tranmere), Evans (Cardiff).")
    people = _mentions(extract(text))
    at = text.index("Pellow (")
    assert at not in people.get("Scott Pellow", []), people

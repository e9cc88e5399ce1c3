"""A long organisation name that a bracketed initialism spells by its words' first letters is one
organisation and the initialism its alias (spelled_names.py, long_names.py, acronyms.py).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.facts.entities.spelled_names import organisation_sign, spelled_by_prefixes
from factextract.records import to_dict


def _orgs(extract, text: str) -> list[tuple[str, list[str], list[int]]]:
    record = to_dict(extract(text))
    return [(e["name"], e["aliases"], [m["start"] for m in e["mentions"]]) for e in record["organisations"]]


@pytest.mark.parametrize("acronym, long_form, spelled", [
    ("Narnac", "Network Authority for Registered Names and Codes", True),   # "and" gives "a"
    ("Salts", "Shoppers Against Loyalty Tracking and Surveillance", True),
    ("Apacs", "Association for Payment Clearing Services", True),   # "Pa" of "Payment"
    ("Ofwat", "Office of Water Services", False),   # "Services" gives no letter
    ("Kate", "Sylvia", False),   # one word
    ("Mobo", "Music of Black Origin", True),
    ("Nasa", "National Aeronautics", False),   # letters left over
])
def test_spelled_by_prefixes(acronym: str, long_form: str, spelled: bool) -> None:
    assert spelled_by_prefixes(acronym, long_form.split()) is spelled


@pytest.mark.parametrize("long_form, sign", [
    ("Network Authority for Registered Names and Codes", True),   # a head, then a remit
    ("Shoppers Against Loyalty Tracking and Surveillance", True),   # members, then a cause
    ("Parents for Safer Roads", True),
    ("Global System for Mobiles", False),
    ("Music of Black Origin", False),
])
def test_organisation_sign(long_form: str, sign: bool) -> None:
    assert organisation_sign(long_form.split(), {"authority", "council"}) is sign


@pytest.mark.parametrize("text, name, alias", [
    ("The Network Authority for Registered Names and Codes (Narnac) approved two new domains on "
     "Friday. Narnac said the names would be on sale by June.",
     "Network Authority for Registered Names and Codes", "Narnac"),
    ("Shoppers Against Loyalty Tracking and Surveillance (Salts) has called for a boycott of the "
     "cards. Salts wants the chain to publish what it stores.",
     "Shoppers Against Loyalty Tracking and Surveillance", "Salts"),
    ("Figures from the Association for Payment Clearing Services (Apacs) show card use rising. "
     "Apacs expects the trend to continue.",
     "Association for Payment Clearing Services", "Apacs"),
])
def test_spelled_name_is_one_organisation(extract, text: str, name: str, alias: str) -> None:
    orgs = _orgs(extract, text)
    found = [o for o in orgs if o[0] == name]
    assert found and found[0][1] == [alias]
    assert found[0][2][0] == text.index(name)
    assert len(found[0][2]) == 3   # the long name and both uses of the initialism
    assert not any(o[0] == alias for o in orgs)


@pytest.mark.parametrize("text, absent", [
    # a prize's name spelled by its initialism is no organisation
    ("She won the Award for Young Rural Enterprise (Ayre) last spring.",
     "Award for Young Rural Enterprise"),
])
def test_no_organisation_without_a_sign(extract, text: str, absent: str) -> None:
    assert not any(o[0] == absent for o in _orgs(extract, text))

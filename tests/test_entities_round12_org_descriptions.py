"""A name the text describes as a business or a publication is an organisation
(facts/entities/org_descriptions.py): a noun before it ("auction house X", "online retailer X")
or the head of an apposition or copula after it ("X, a kamaboko store in ...", "X is a fish cake
factory"). A noun of a person's trade in that place ("a store manager") says nothing.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _typed(record) -> dict[str, str]:
    r = to_dict(record)
    return {e["name"]: t for t in ("people", "organisations", "places") for e in r[t]}


@pytest.mark.parametrize("text, name", [
    ("The vase set a record when Lyon-based auction house Bervaux sold it for 3 million euros.", "Bervaux"),
    ("Online retailer Zentopo has already sold out of the new consoles.", "Zentopo"),
    ("Our guide took us to Kanemori Shoten, a tofu shop in the old harbour district.", "Kanemori Shoten"),
    ("Kanemori Shoten is a family tofu factory near the port. Kanemori Shoten opened in 1931.", "Kanemori Shoten"),
    ("Analysts said Brallix, an online marketplace for trainers, had doubled its sales.", "Brallix"),
])
def test_a_name_described_as_a_business_is_an_organisation(extract, text: str, name: str) -> None:
    assert _typed(extract(text)).get(name) == "organisations"


@pytest.mark.parametrize("text, name", [
    ("Helen Marsh, a store manager in Leeds, said sales had fallen.", "Helen Marsh"),
    ("Tom Reddan, the magazine's editor, said the issue sold out.", "Tom Reddan"),
])
def test_a_person_described_by_a_trade_stays_a_person(extract, text: str, name: str) -> None:
    assert _typed(extract(text)).get(name) == "people"


@pytest.mark.parametrize("text, not_person", [
    ("The BA.2 subvariant spread fast, and Omicron BA.2 now accounts for most cases.", "Omicron BA.2"),
    ("Shoppers can now add RTX 4080s to their desktops at checkout, the firm said.", "RTX 4080s"),
])
def test_a_model_or_variant_code_is_no_person(extract, text: str, not_person: str) -> None:
    assert _typed(extract(text)).get(not_person) != "people"


def test_a_number_name_stays_a_person(extract) -> None:
    assert _typed(extract("Rapper 50 Cent said his new album would be out in March.")).get("50 Cent") == "people"

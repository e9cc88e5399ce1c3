"""Company names written lower-case first ("eDonkey") after a company cue, and single names after
"companies such as" (camel_brands.py, corporate.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.facts.entities.camel_brands import brand_shaped
from factextract.records import to_dict


def _orgs(extract, text: str) -> dict[str, list[int]]:
    record = to_dict(extract(text))
    return {e["name"]: [m["start"] for m in e["mentions"]] for e in record["organisations"]}


@pytest.mark.parametrize("word, shaped", [
    ("eDonkey", True), ("iDefence", True), ("eBay", True), ("ePlanning", True),
    ("Donkey", False), ("e-Donkey", False), ("ebay", False), ("iPODs", False), ("eU", False),
])
def test_brand_shaped(word: str, shaped: bool) -> None:
    assert brand_shaped(word) is shaped


@pytest.mark.parametrize("text, name", [
    ("Advertisers have pulled out of deals with companies such as eTorrento in recent weeks. "
     "eTorrento said it would fight the claims.", "eTorrento"),
    ("The flaw was found by security firm iSentry, which alerted the software maker.", "iSentry"),
    ("Lenders - including uFinance, Carrow and Dellbank - cut their rates on Monday.", "uFinance"),
])
def test_lower_case_first_company_after_a_cue(extract, text: str, name: str) -> None:
    assert _orgs(extract, text).get(name, [None])[0] == text.index(name)

"""A company's own "'s" stays in its name when it owns nothing (possessive_names.py), and a
word-shaped acronym in brackets joins the long form it spells (acronyms.py). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _orgs(record) -> dict[str, dict]:
    return {e["name"]: e for e in to_dict(record)["organisations"]}


@pytest.mark.parametrize("text, name", [
    ("The ratings agency Kestrel's said the outlook for the bank was negative.", "Kestrel's"),
    ("Shoppers at Marlowe's spent 4% more over Christmas, the retailer Marlowe's reported.", "Marlowe's"),
    ("Shares in the retailer Hadley's fell 4% after the warning.", "Hadley's"),
    ("The chain was bought by Standard & Bright's, which already owns 40 stores.", "Standard & Bright's"),
])
def test_a_name_that_owns_its_possessive_keeps_it(extract, text: str, name: str) -> None:
    orgs = _orgs(extract(text))
    assert name in orgs, orgs
    m = orgs[name]["mentions"][0]
    assert text[m["start"]:m["end"]] == name


@pytest.mark.parametrize("text, name, not_name", [
    ("Microsoft's profits rose by 10% in the quarter, the firm said.", "Microsoft", "Microsoft's"),
    ("The decision to close the plant was the BBC's.", "BBC", "BBC's"),
    ('Labour\'s "tired old promises" would cost more, he said.', "Labour", "Labour's"),
    ("Workers at the plant fear Vantor's planned job cuts, the union said.", "Vantor", "Vantor's"),
])
def test_an_owning_possessive_is_cut(extract, text: str, name: str, not_name: str) -> None:
    names = {e["name"] for t in ("organisations", "people", "places") for e in to_dict(extract(text))[t]}
    assert not_name not in names
    assert name in names


def test_every_mention_of_a_name_with_its_own_possessive_takes_it(extract) -> None:
    text = ("Ratings agency Kestrel's said on Monday that it had cut the bank's rating. "
            "Kestrel's chief economist, Anna Webb, said the cut was overdue.")
    org = _orgs(extract(text))["Kestrel's"]
    assert [text[m["start"]:m["end"]] for m in org["mentions"]] == ["Kestrel's", "Kestrel's"]


@pytest.mark.parametrize("text, long_form, acronym", [
    ("A poll by the Programme on International Policy Attitudes (Pipa) found 20,000 people uneasy. "
     "Pipa said the mood had darkened.", "Programme on International Policy Attitudes", "Pipa"),
    ("The Northern Rail Passengers Association (Nrpa) wants lower fares, and Nrpa will publish its "
     "survey on Friday.", "Northern Rail Passengers Association", "Nrpa"),
])
def test_a_word_shaped_acronym_joins_its_long_form(extract, text: str, long_form: str, acronym: str) -> None:
    orgs = _orgs(extract(text))
    assert acronym not in orgs
    assert acronym in orgs[long_form]["aliases"]
    assert sum(text[m["start"]:m["end"]] == acronym for m in orgs[long_form]["mentions"]) == 2


def test_a_name_in_brackets_that_does_not_spell_the_long_form_is_no_acronym(extract) -> None:
    text = "The singer Sylvia Marsh (Kate to her friends) will tour in May, her label said."
    people = {e["name"]: e for e in to_dict(extract(text))["people"]}
    assert "Kate" not in people.get("Sylvia Marsh", {}).get("aliases", [])


@pytest.mark.parametrize("text, long_form, acronym", [
    ("The runner bought the drug from the Bay Area Lab Co-Operative (Balco), the firm said. "
     "Balco denies it.", "Bay Area Lab Co-Operative", "Balco"),
    ("The Northern Rail Users Association (NRUA) said fares rose by 5%. NRUA will meet ministers.",
     "Northern Rail Users Association", "NRUA"),
])
def test_a_long_form_ending_in_an_organisation_head_is_an_organisation(extract, text: str, long_form: str,
                                                                        acronym: str) -> None:
    rec = to_dict(extract(text))
    orgs = {e["name"]: e for e in rec["organisations"]}
    assert acronym in orgs[long_form]["aliases"]
    assert not any(acronym in (e["name"], *e["aliases"]) for e in rec["places"])

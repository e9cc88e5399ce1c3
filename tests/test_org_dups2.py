"""One organisation under spelling variants is one entity; a place fused in front of an
organisation's name is a place of its own (org_variants.py). Sentences written for these tests."""
from __future__ import annotations

from collections import Counter

import pytest

from factextract.facts.entities.org_variants import OrgVariants, variant_key

PLACES = {"united states", "london", "hertfordshire", "new york"}
CANON = {"us": "united states"}


def _groups(text: str, names: list[tuple[str, str]]) -> list[dict]:
    """One group per (type, name) at its first place in the text."""
    out = []
    for etype, name in names:
        s = text.index(name)
        out.append({"type": etype, "keys": {" ".join(name.lower().split())}, "mentions": [(s, s + len(name))],
                    "votes": Counter({etype: 1})})
    return out


def _tool() -> OrgVariants:
    return OrgVariants(PLACES, {"london stock exchange", "quarvex"}, lambda k: CANON.get(k, k))


@pytest.mark.parametrize("key, want", [
    ("powerpage.org", "powerpage"),
    ("amazon.com", "amazon"),
    ("king's own scottish borderers", "kingsownscottishborderers"),
    ("kings own scottish borderers", "kingsownscottishborderers"),
    ("coca-cola", "cocacola"),
    ("nat west", "natwest"),
    ("bank of england", "bankofengland"),
])
def test_variant_key(key: str, want: str) -> None:
    assert variant_key(key) == want


@pytest.mark.parametrize("text, a, b", [
    ("Readers of PowerPage wrote in. PowerPage.org later closed.", "PowerPage", "PowerPage.org"),
    ("The King's Own Rifles paraded. The Kings Own Rifles left.", "King's Own Rifles", "Kings Own Rifles"),
    ("Shares in Coca-Cola rose. Coca Cola said more.", "Coca-Cola", "Coca Cola"),
    ("The blog Zing Zong won. Zingzong readers voted.", "Zing Zong", "Zingzong"),
])
def test_spelling_variants_join(text: str, a: str, b: str) -> None:
    groups = _tool().apply(text, _groups(text, [("organisations", a), ("organisations", b)]))
    assert len(groups) == 1 and len(groups[0]["mentions"]) == 2


def test_different_names_stay_apart() -> None:
    text = "Shares in Kingfisher rose. Kingsway Media fell."
    groups = _tool().apply(text, _groups(text, [("organisations", "Kingfisher"), ("organisations", "Kingsway Media")]))
    assert len(groups) == 2


@pytest.mark.parametrize("text, fused, other, place, org_part", [
    ("The US Grewal Research Center polled voters. Grewal Research said so.",
     "US Grewal Research Center", "Grewal Research", "US", "Grewal Research Center"),
    ("Members of London UKIP met. UKIP said the talks were private.", "London UKIP", "UKIP", "London", "UKIP"),
    ("The Hertfordshire Robotix team built it. Robotix will go on.", "Hertfordshire Robotix", "Robotix",
     "Hertfordshire", "Robotix"),
    ("A New York Fabergo Group deal. Fabergo Group said yes.", "New York Fabergo Group", "Fabergo Group",
     "New York", "Fabergo Group"),
])
def test_fused_place_splits(text: str, fused: str, other: str, place: str, org_part: str) -> None:
    groups = _tool().apply(text, _groups(text, [("organisations", fused), ("organisations", other)]))
    orgs = [g for g in groups if g["type"] == "organisations"]
    places = [g for g in groups if g["type"] == "places"]
    assert len(orgs) == 1
    assert sorted(text[s:e] for s, e in orgs[0]["mentions"]) == sorted([org_part, other])
    assert [text[s:e] for g in places for s, e in g["mentions"]] == [place]


def test_fused_place_joins_existing_place() -> None:
    text = "In London the party spoke. London UKIP met. UKIP agreed."
    groups = _groups(text, [("places", "London"), ("organisations", "London UKIP"), ("organisations", "UKIP")])
    groups[1]["mentions"] = [(text.index("London UKIP"), text.index("London UKIP") + 11)]
    out = _tool().apply(text, groups)
    places = [g for g in out if g["type"] == "places"]
    assert len(places) == 1 and len(places[0]["mentions"]) == 2


@pytest.mark.parametrize("text, long, short", [
    ("The London Transport board met. Transport staff said so.", "London Transport", "Transport"),   # common word: the place stays
    ("The London Stock Exchange rose. Stock Exchange staff left.", "London Stock Exchange", "Stock Exchange"),
    ("The US Dazzlecorp rose.", "US Dazzlecorp", "Brightline"),   # no other name with the rest
])
def test_place_names_that_stay(text: str, long: str, short: str) -> None:
    names = [("organisations", long)] + ([("organisations", short)] if short in text else [])
    groups = _tool().apply(text, _groups(text, names))
    assert not [g for g in groups if g["type"] == "places"]
    assert any(text[s:e] == long for g in groups for s, e in g["mentions"])


@pytest.mark.parametrize("text, fused, place, org", [
    ("The US Quarvex Corporation said sales rose.", "US Quarvex Corporation", "US", "Quarvex Corporation"),
    ("Bosses at London Quarvex agreed.", "London Quarvex", "London", "Quarvex"),
])
def test_place_before_known_body_splits(text: str, fused: str, place: str, org: str) -> None:
    groups = _tool().apply(text, _groups(text, [("organisations", fused)]))
    assert [text[s:e] for g in groups if g["type"] == "organisations" for s, e in g["mentions"]] == [org]
    assert [text[s:e] for g in groups if g["type"] == "places" for s, e in g["mentions"]] == [place]


@pytest.mark.parametrize("text, names, want", [
    ("The MEP said no.", ["MEP"], []),
    ("The MPs voted. MPs left.", ["The MPs"], []),
    ("He was made an MBE.", ["MBE"], []),
    ("A UKIP MEP spoke. UKIP said more.", ["UKIP MEP", "UKIP"], [["UKIP", "UKIP"]]),
    ("Two Veritas MSPs spoke.", ["Veritas MSPs"], [["Veritas"]]),
    ("The Mepco Group grew.", ["Mepco Group"], [["Mepco Group"]]),
    ("The consultancy MEPS said prices rose.", ["MEPS"], [["MEPS"]]),   # a firm's acronym
])
def test_members_are_not_organisations(text: str, names: list[str], want: list[list[str]]) -> None:
    groups = _tool().apply(text, _groups(text, [("organisations", n) for n in names]))
    assert [sorted(text[s:e] for s, e in g["mentions"]) for g in groups] == want

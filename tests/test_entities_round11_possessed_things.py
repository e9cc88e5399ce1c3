"""A short name a person or a company owns is a work or a product, no organisation
(possessed_things.py): "Google's Blogger", "Gulliver's Travels". A place's possessive names a
firm ("Japan's Honda"), and a body's head or a part's word keeps a body. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _orgs(record) -> dict[str, list[tuple[int, int]]]:
    r = to_dict(record)
    return {e["name"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in r["organisations"]}


@pytest.mark.parametrize("text, thing", [
    ("It was taken from the classic novel, Gulliver's Travels. The author said so.", "Travels"),
    ("Tools such as Google's Blogger are free to use, analysts said.", "Blogger"),
])
def test_a_thing_a_person_or_firm_owns_is_no_organisation(extract, text: str, thing: str) -> None:
    assert thing not in _orgs(extract(text))


@pytest.mark.parametrize("text, org, spans", [
    ("Shares in Japan's Honda rose 2% on Monday.", "Honda", [(18, 23)]),
    ("He gave a speech to Labour's Fabian Society on Monday.", "Fabian Society", [(29, 43)]),
    ("Its Yukos's Yuganskneftegas subsidiary was sold at auction.", "Yuganskneftegas", [(12, 27)]),
    ("Tools such as Google's Blogger are free to use, analysts said.", "Google", [(14, 20)]),
])
def test_firms_bodies_and_owners_stay(extract, text: str, org: str, spans) -> None:
    assert _orgs(extract(text)).get(org) == spans


@pytest.mark.parametrize("text, org", [
    ("She is a barrister at Helen Marchant's Lanyard Chambers, the paper said.", "Lanyard Chambers"),
    ("The Scottish National Party's Holyrood leader said the plan was wrong.", "Holyrood"),
    ("The sale has been agreed, the Mail on Sunday's Financial Mail claimed.", "Financial Mail"),
])
def test_a_body_paper_or_a_name_before_a_role_stays(extract, text: str, org: str) -> None:
    assert org in _orgs(extract(text))

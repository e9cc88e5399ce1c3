"""A body's head the model found alone ("House") takes the "of" name after it ("House of
Fraser") and the tail is no separate mention (of_names.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _orgs(record: dict) -> list[tuple[str, int, int]]:
    return sorted((e["name"], m["start"], m["end"]) for e in record["organisations"] for m in e["mentions"])


def _others(record: dict) -> list[str]:
    return [m["text"] for k in ("people", "places") for e in record[k] for m in e["mentions"]]


@pytest.mark.parametrize("text, name", [
    ("Department store chain House of Fraser said sales fell 3% over Christmas.", "House of Fraser"),
    ("Retailers including Next, House of Fraser and Boots reported weak trading.", "House of Fraser"),
    ("Shares in House of Fraser rose after the takeover bid was confirmed.", "House of Fraser"),
    ("The House of Fraser chain will close ten stores, the company said.", "House of Fraser"),
])
def test_head_and_of_name_are_one_organisation(extract, text: str, name: str) -> None:
    record = to_dict(extract(text))
    start = text.index(name)
    assert (name, start, start + len(name)) in _orgs(record)
    assert not any(o[0] in ("House", "Fraser") for o in _orgs(record))
    assert "Fraser" not in _others(record)


@pytest.mark.parametrize("text, name", [
    ("The Bank of Scotland raised its mortgage rates on Friday.", "Bank of Scotland"),
    ("MPs in the House of Commons voted against the plan on Tuesday.", "House of Commons"),
    ("She joined the Society of Merchant Venturers last year.", "Society of Merchant Venturers"),
    ("Analysts at Bank of Ireland expect growth of 4%.", "Bank of Ireland"),
])
def test_names_found_whole_stay_whole(extract, text: str, name: str) -> None:
    record = to_dict(extract(text))
    start = text.index(name)
    assert (name, start, start + len(name)) in _orgs(record)


def test_a_role_before_of_is_no_head(extract) -> None:
    text = "The chairman of Tesco said profits would rise."
    assert _orgs(to_dict(extract(text))) == [("Tesco", 16, 21)]

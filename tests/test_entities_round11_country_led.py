"""A company named by a country and a word of its own is one organisation at every mention,
not the country plus a fragment (country_led_names.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _record(extract, text: str) -> dict:
    return to_dict(extract(text))


def _mentions(record: dict, etype: str, name: str) -> list[tuple[int, int]]:
    return sorted((m["start"], m["end"]) for e in record[etype] if e["name"] == name for m in e["mentions"])


def _spans(text: str, word: str) -> list[tuple[int, int]]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + 1)
    return out


@pytest.mark.parametrize("text, name", [
    ("Broadband is sold by internet provider UK Online. UK Online said it would cut its prices next year.",
     "UK Online"),
    ("Shares in UK Coal dropped 6% on Tuesday when the miner cut its profit forecast. The costs went up, UK Coal said.",
     "UK Coal"),
])
def test_every_mention_of_the_pair_is_the_company(extract, text: str, name: str) -> None:
    record = _record(extract, text)
    assert _mentions(record, "organisations", name) == _spans(text, name)
    uk = [m for e in record["places"] for m in e["mentions"] if m["text"] == "UK"]
    assert uk == []


def test_the_country_elsewhere_stays_a_place(extract) -> None:
    text = ("Broadband is sold by internet provider UK Online. UK Online said the UK was lagging behind "
            "France.")
    record = _record(extract, text)
    assert _mentions(record, "organisations", "UK Online") == _spans(text, "UK Online")
    assert (text.index("UK was"), text.index("UK was") + 2) in [
        (m["start"], m["end"]) for e in record["places"] for m in e["mentions"]]


@pytest.mark.parametrize("text", [
    "The quiz will be shown opposite the UK Music Hall of Fame show next Sunday.",
    "Sales in the UK Online were slow, the UK retailer said.",
])
def test_no_company_without_the_article_saying_so(extract, text: str) -> None:
    record = _record(extract, text)
    assert not any(e["name"].startswith("UK ") and e["name"].split()[1] in ("Music", "Online")
                   for e in record["organisations"])


def test_a_public_body_after_the_country_stays_apart(extract) -> None:
    text = "The US Congress will vote on the bill. The US Congress has twice rejected it, US officials said."
    record = _record(extract, text)
    assert not any(e["name"] == "US Congress" and len(e["mentions"]) > 2 for e in record["organisations"])

"""A person's surname run on into a body's name is two names (fused_surnames.py): a headline's
"Blair Labour's longest-serving PM" names the person the article calls "Tony Blair" and the
party it calls "Labour". Sentences written for these tests."""
from __future__ import annotations

from factextract.records import to_dict

TEXT = ("Blair Labour's longest-serving PM\n\nTony Blair has become the Labour Party's longest-serving "
        "prime minister. If Mr Blair wins the next election, Labour will be pleased.")


def _names(record, kind: str) -> dict[str, list[tuple[int, int]]]:
    r = to_dict(record)
    return {e["name"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in r[kind]}


def test_a_surname_fused_to_a_party_is_split(extract) -> None:
    rec = extract(TEXT)
    assert _names(rec, "people").get("Tony Blair") == [(0, 5), (35, 45), (114, 119)]
    orgs = _names(rec, "organisations")
    assert "Blair Labour" not in orgs
    assert orgs.get("Labour Party") == [(6, 12), (61, 73), (144, 150)]


def test_a_body_whose_first_word_is_no_surname_stays_whole(extract) -> None:
    text = "Tony Blair met the Scottish Labour Party leaders. Labour said the talks went well."
    assert "Scottish Labour Party" in _names(extract(text), "organisations")

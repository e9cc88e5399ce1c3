"""US and local offices before a name are honorifics kept out of it ("Congressman Meadows",
"Rep. Mark Meadows", "Gov. Roy Cooper", "Sheriff ...", "Judge ..."), so the short form joins the
full name; a newspaper's page reference ("Page A8") and a time zone ("10:11 pm CST") are no
entities. Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _people(record) -> dict[str, list[str]]:
    r = to_dict(record)
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in r["people"]}


def _names(record) -> set[str]:
    r = to_dict(record)
    return {e["name"] for t in ("people", "organisations", "places") for e in r[t]}


@pytest.mark.parametrize("text, person, short", [
    ("Mark Tillery will not seek re-election. Congressman Tillery told reporters he was tired.",
     "Mark Tillery", "Tillery"),
    ("Rep. Dana Hollis said the bill would pass. Congresswoman Hollis voted for it last year.",
     "Dana Hollis", "Hollis"),
    ("Gov. Roy Pemberton signed the order on Friday. Pemberton said it would save lives.",
     "Roy Pemberton", "Pemberton"),
    ("Sheriff Tom Radley closed the road. Sheriff Radley said nobody was hurt.",
     "Tom Radley", "Radley"),
    ("Judge Alice Corran refused bail. Judge Corran said the risk was too high.",
     "Alice Corran", "Corran"),
])
def test_an_office_before_a_name_is_an_honorific(extract, text: str, person: str, short: str) -> None:
    people = _people(extract(text))
    assert person in people, people
    assert short in people[person]
    assert not any(n.startswith(("Congress", "Rep", "Gov", "Sheriff", "Judge")) for n in people)


@pytest.mark.parametrize("text, not_name", [
    ("The letter on Page A8 drew dozens of replies from readers in Oakland.", "Page A8"),
    ("The storm reached the coast at 10:11 pm CST on Tuesday, officials in Houston said.", "CST"),
    ("The launch is set for 9 am PDT on Thursday, Apple said.", "PDT"),
])
def test_page_references_and_time_zones_are_no_entities(extract, text: str, not_name: str) -> None:
    assert not_name not in _names(extract(text))

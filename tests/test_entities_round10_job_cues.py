"""A job only a person holds, lowercase right before a name ("politician Pim Fortuyn",
"sculptor Henry Moore"), makes the name a person (cues.py reads the person_before words of
patterns/entities/cue_words.txt). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _typed(record) -> dict[str, str]:
    r = to_dict(record)
    return {e["name"]: t for t in ("people", "organisations", "places") for e in r[t]}


@pytest.mark.parametrize("text, name", [
    ("The film recalls the murder of the populist politician Pim Fortuyn in Hilversum.", "Pim Fortuyn"),
    ("A bronze by the sculptor Henry Moore fetched a record price at the sale.", "Henry Moore"),
    ("The campaigner Barry Lim said the council had ignored residents.", "Barry Lim"),
    ("The exhibition shows work by photographer Max Lyons from the 1970s.", "Max Lyons"),
    ("The musical was written by playwright Catherine Johnson.", "Catherine Johnson"),
    ("Former footballer Paul Gascoigne has joined the coaching staff of Kettering.", "Paul Gascoigne"),
])
def test_a_job_before_a_name_makes_a_person(extract, text: str, name: str) -> None:
    assert _typed(extract(text)).get(name) == "people"


@pytest.mark.parametrize("text, name, kind", [
    # a noun that may name a firm's trade is no such cue
    ("Shares in broadcaster ITV rose 3% on Tuesday.", "ITV", "organisations"),
    ("Games publisher Eidos said sales had fallen.", "Eidos", "organisations"),
])
def test_company_nouns_stay_companies(extract, text: str, name: str, kind: str) -> None:
    assert _typed(extract(text)).get(name) == kind

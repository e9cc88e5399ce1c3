"""The name after a job noun or a source's name is where someone works, an organisation
(employer_names.py). Sentences written for these tests; the raw pipeline misses each name."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _where(extract, text: str, name: str) -> list[tuple[str, list[int]]]:
    record = to_dict(extract(text))
    return [(t, [m["start"] for m in e["mentions"]]) for t in ("people", "organisations", "places")
            for e in record[t] if e["name"] == name]


@pytest.mark.parametrize("text, name", [
    # a source's name after a speech verb, then "at"
    ("Retail sales were flat in March, said Colm Fenner at Dunmore Stockbrokers in Cork.", "Dunmore Stockbrokers"),
    ('"The slowdown was expected," said Ines Kalberer at Landesbankwerk. "Hiring has stalled."', "Landesbankwerk"),
    # a job noun, then "of"
    ("Paolo Serafin, chief of Streamvale, said the service would launch in the autumn.", "Streamvale"),
    ("Tom Vick, director of Quillpoint Games, said sales had doubled.", "Quillpoint Games"),
])
def test_the_employer_is_an_organisation(extract, text: str, name: str) -> None:
    assert _where(extract, text, name) == [("organisations", [text.index(name)])]


@pytest.mark.parametrize("text, name, etype", [
    # a nationality or a place before the noun it modifies, a possessive, a hyphenated modifier
    ("David Orme, head of UK equities at the fund, said he was cautious.", "UK", "places"),
    ("Sam Tully, head of Germany's largest union, called for talks.", "Germany", "places"),
    ("Lena Hart, president of Vanuatu, arrived on Monday.", "Vanuatu", "places"),
])
def test_no_employer_from_a_place_or_a_modifier(extract, text: str, name: str, etype: str) -> None:
    assert [t for t, _ in _where(extract, text, name)] == [etype]


@pytest.mark.parametrize("text", [
    "The Director of Public Prosecutions will decide whether to bring charges.",   # a title, capitalised
    "Ken Mair, director of Aberdeen-based drillers, said the field was promising.",
])
def test_no_organisation_without_a_name(extract, text: str) -> None:
    record = to_dict(extract(text))
    assert [e["name"] for e in record["organisations"]] == []


def test_no_employer_cut_before_its_number(extract) -> None:
    text = '"We have taken a lot of money," said Tom Reid at Flutter 365 on Friday.'
    assert "Flutter" not in [e["name"] for e in to_dict(extract(text))["organisations"]]

"""Round 12, places and spans on web news: a place inside "-based/-born/-area" (hyphen_places.py),
a name not cut at a hyphen ("Miami-Dade Police", ruler_spans.hyphen_start), a title run not
spilling into the next sentence (ruler_spans.name_end), roads and "the enclave of X" as places,
US state abbreviations under one place (aliases.txt), and a letter writer's town
(letter_towns.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _record(extract, text: str) -> dict:
    return to_dict(extract(text))


def _where(record: dict, name: str) -> list[str]:
    return [t for t in ("people", "organisations", "places") if any(e["name"] == name for e in record[t])]


def _mentions(record: dict, etype: str, name: str) -> list[tuple[int, int]]:
    ent = next(e for e in record[etype] if e["name"] == name)
    return [(m["start"], m["end"]) for m in ent["mentions"]]


@pytest.mark.parametrize("text, name", [
    ("The Paris-based dealer Maison Orlac sold the vase for 2m euros.", "Paris"),
    ("A Maryland-based lawyer, Tom Ferrel, filed the claim on Monday.", "Maryland"),
    ("She is giving up her Los Angeles-area seat after six terms.", "Los Angeles"),
    ("The London-born singer moved to Lisbon when she was nine.", "London"),
    ("The Texas-headquartered chain will shut 40 stores.", "Texas"),
    ("Two US-based funds bought the stake last week.", "US"),
])
def test_a_place_inside_a_hyphenated_modifier(extract, text: str, name: str) -> None:
    record = _record(extract, text)
    assert "places" in _where(record, name)
    start = text.index(name)
    assert (start, start + len(name)) in _mentions(record, "places", name)


@pytest.mark.parametrize("text, name", [
    ("The pro-Moscow rebels seized the airport.", "Moscow"),
    ("The Oscar-nominated film opens in June.", "Oscar"),
    ("These AI-based tools answer questions. AI firms grew.", "AI"),
])
def test_other_hyphenated_adjectives_stay_no_mention(extract, text: str, name: str) -> None:
    assert _where(_record(extract, text), name) == []


def test_a_name_is_not_cut_at_its_hyphen(extract) -> None:
    text = "Officers from Miami-Dade Police closed the road for six hours."
    record = _record(extract, text)
    assert _where(record, "Miami-Dade Police") == ["organisations"]
    assert _where(record, "Dade Police") == []


@pytest.mark.parametrize("text, name, wrong", [
    ("The hall was built for King Henri I. Between 1990 and 2004 it was a museum.", "Henri I.", "Henri I. Between"),
    ("It was a gift from Governor Ann Holt. The state kept it.", "Ann Holt", "Ann Holt. The"),
])
def test_a_title_run_stops_at_the_next_sentence(extract, text: str, name: str, wrong: str) -> None:
    record = _record(extract, text)
    assert _where(record, name) == ["people"]
    assert _where(record, wrong) == []


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Theresa May said she would stay on.", "Theresa May"),
    ("Coach Will Carling said the side was ready.", "Will Carling"),
])
def test_a_stop_word_read_as_a_name_stays(extract, text: str, name: str) -> None:
    assert _where(_record(extract, text), name) == ["people"]


@pytest.mark.parametrize("text, name", [
    ("Traffic on Florida's Turnpike was stopped for hours after the crash.", "Turnpike"),
    ("The car struck a pillar under the overpass of the Turnpike, police said.", "Turnpike"),
    ("The truck overturned on the Garden State Parkway near Exit 98.", "Garden State Parkway"),
    ("She moved to the liberal enclave of Asheville in 2010.", "Asheville"),
    ("Residents of the neighborhood of Ridgewood Heights protested.", "Ridgewood Heights"),
])
def test_roads_and_neighbourhoods_are_places(extract, text: str, name: str) -> None:
    assert _where(_record(extract, text), name) == ["places"]


@pytest.mark.parametrize("text, short, full", [
    ("Walker, a Republican from Greensboro, N.C., said North Carolina would gain.", "N.C.", "North Carolina"),
    ("The firm moved from San Diego, Calif., because California taxes rose.", "Calif.", "California"),
    ("She grew up in Tampa, Fla. Florida voters backed her in May.", "Fla.", "Florida"),
])
def test_a_state_abbreviation_is_the_state(extract, text: str, short: str, full: str) -> None:
    record = _record(extract, text)
    assert _where(record, full) == ["places"] and _where(record, short) == [] \
        and _where(record, short.rstrip(".")) == []
    start = text.index(short)
    # initials keep their point ("N.C."); a sentence's full stop is cut from "Calif." as from any name
    end = start + len(short) - (0 if short.count(".") > 1 else 1)
    assert (start, end) in _mentions(record, "places", full)


def test_a_letter_writers_town_is_a_place(extract) -> None:
    text = ("Letters to the editor\n\nThe council should fix the roads before it builds more car parks.\n\n"
            "Dorothy Hallam\n\nWalnut Creek\n\n"
            "The new bus lanes have made my journey to work twice as long.\n\nPeter Ashworth\n\nFremont\n")
    record = _record(extract, text)
    for town in ("Walnut Creek", "Fremont"):
        assert "places" in _where(record, town)
        start = text.index(town)
        assert _mentions(record, "places", town) == [(start, start + len(town))]


def test_a_title_case_line_after_a_name_is_no_town_alone(extract) -> None:
    text = ("The vote was close.\n\nDorothy Hallam\n\nWhy The Roads Matter\n\nWe need new buses.")
    record = _record(extract, text)
    assert "places" not in _where(record, "Why The Roads Matter")


@pytest.mark.parametrize("text, names", [
    ("The lane is shut between Ellery Drive and Apple Orchard Road after a gas leak.",
     ["Ellery Drive", "Apple Orchard Road"]),
    ("A lorry overturned on Peachwood Road on Tuesday morning.", ["Peachwood Road"]),
    ("The bakery off Tanner Lane has closed.", ["Tanner Lane"]),
])
def test_a_located_street_is_a_place(extract, text: str, names: list[str]) -> None:
    record = _record(extract, text)
    for name in names:
        assert _where(record, name) == ["places"]
        start = text.index(name)
        assert _mentions(record, "places", name) == [(start, start + len(name))]


@pytest.mark.parametrize("text, name", [
    ("The Road Haulage Association said diesel was too dear.", "Road Haulage Association"),
])
def test_a_body_named_after_a_street_noun_stays(extract, text: str, name: str) -> None:
    assert "places" not in _where(_record(extract, text), name)

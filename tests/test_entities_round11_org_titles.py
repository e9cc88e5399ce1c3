"""Organisations a careful reader would not list (round 11, second pass): the last word of a
title "X of the Y" where the title opens the text, a line or a sentence (of_titles.py), and the
tail of an office's title "Secretary of State for X" (office_titles.py), a chip's name before
"processor" (tech_evidence.txt). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _orgs(record) -> dict[str, list[tuple[int, int]]]:
    r = to_dict(record)
    return {e["name"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in r["organisations"]}


@pytest.mark.parametrize("text, piece", [
    ("Top of the Pops quits BBC One\n\nThe chart show will move to a Sunday slot, the corporation said.",
     "Pops"),
    ("Night of the Comet was the surprise hit of the autumn for the small studio.", "Comet"),
    ("Critics loved it. Shaun of the Dead made more money than any British comedy that year.", "Dead"),
])
def test_a_title_opening_a_line_or_sentence_loses_its_last_word(extract, text: str, piece: str) -> None:
    assert piece not in _orgs(extract(text))


@pytest.mark.parametrize("text, org, spans", [
    # a body's head or a role before "of the" keeps the name whole or the piece a body
    ("Friends of the Earth said the new runway would double emissions.", "Friends of the Earth", [(0, 20)]),
    ("Top of the Pops quits BBC One\n\nThe chart show will move to a Sunday slot.", "BBC One", [(22, 29)]),
])
def test_bodies_near_such_titles_stay(extract, text: str, org: str, spans) -> None:
    assert _orgs(extract(text)).get(org) == spans


@pytest.mark.parametrize("text, tail", [
    ("The role, renamed Secretary of State for Coastal Affairs, replaces the old one.",
     "State for Coastal Affairs"),
    ("He was made Minister of State for Trade in the reshuffle last week.", "State for Trade"),
])
def test_the_tail_of_an_office_title_is_no_organisation(extract, text: str, tail: str) -> None:
    orgs = _orgs(extract(text))
    assert tail not in orgs and not any(name.startswith("State") for name in orgs)


def test_the_department_of_the_office_stays(extract) -> None:
    text = "The Department for Constitutional Affairs said the Secretary of State would decide."
    assert _orgs(extract(text)).get("Department for Constitutional Affairs") == [(4, 41)]


@pytest.mark.parametrize("text, thing", [
    ("The Vortex processor was designed by three firms. The Vortex processor will drive the console.",
     "Vortex"),
])
def test_a_name_before_processor_twice_is_a_thing(extract, text: str, thing: str) -> None:
    assert thing not in _orgs(extract(text))

"""Clubs of sports reports (facts/entities/sport_clubs.py): a name ending with a club's last word
("Sheff Utd", "Bristol Rovers") is the club where the model made it a person, and "X FC" is the
one club "X City" (or "X Rovers" ...) of the same article."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, club", [
    ("Sheff Utd", True),
    ("Bristol Rovers", True),
    ("Partick Thistle", True),
    ("United", False),          # one word: the short form of many a club, left to the joins
    ("Gavin Williams", False),
])
def test_club_shaped(name, club):
    from factextract.facts.entities.sport_clubs import club_shaped
    assert club_shaped(name) is club


@pytest.mark.parametrize("text, name", [
    # a club named with a club's last word is the club, where the model made it a person
    ("Sheffield United lost 2-1 at home to Leeds on Saturday.\n\nSheff Utd are now ninth in the "
     "Championship.", "Sheff Utd"),
    ("Torquay beat Bristol Rovers 3-1 in the league on Saturday, and the manager said Rovers had "
     "been poor.", "Bristol Rovers"),
])
def test_club_shaped_names_are_clubs(extract, text, name):
    rec = extract(text)
    kinds = {n: kind for kind in ("people", "organisations", "places")
             for e in getattr(rec, kind) for n in [e.name, *e.aliases]}
    assert kinds.get(name) == "organisations", kinds


def _org(*keys: str) -> dict:
    from collections import Counter
    return {"type": "organisations", "keys": set(keys), "mentions": [(0, 1)] * len(keys),
            "votes": Counter({"organisations": len(keys)})}


@pytest.mark.parametrize("keys, expected", [
    # "X FC" is the one club "X <club word>" of the article
    ([("newry fc",), ("newry city", "newry")], [{"newry fc", "newry city", "newry"}]),
    ([("cheadle afc",), ("cheadle town",)], [{"cheadle afc", "cheadle town"}]),
    # two clubs of the town: which one? none
    ([("bristol fc",), ("bristol city",), ("bristol rovers",)],
     [{"bristol fc"}, {"bristol city"}, {"bristol rovers"}]),
    # another town's club, or a name with no club word: apart
    ([("newry fc",), ("bangor city",)], [{"newry fc"}, {"bangor city"}]),
    ([("newry fc",), ("newry council",)], [{"newry fc"}, {"newry council"}]),
])
def test_club_forms_join(keys, expected):
    from factextract.facts.entities.sport_clubs import join_club_forms
    groups = join_club_forms([_org(*k) for k in keys])
    assert [g["keys"] for g in groups] == expected

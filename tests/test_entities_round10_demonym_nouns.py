"""A nationality noun ("Frenchman", "Welshwoman", "Spaniard", "Swede") is a demonym like "French": left
before a name it is no part of it ("Frenchman Remy Gaudin" is Remy Gaudin, a person), and alone
("the Dutchman") it is no entity (patterns/entities/demonyms.txt). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _typed(record) -> dict[str, str]:
    r = to_dict(record)
    return {e["name"]: t for t in ("people", "organisations", "places") for e in r[t]}


@pytest.mark.parametrize("text, person, not_name", [
    ("Frenchman Remy Gaudin beat the fourth seed in three sets on Tuesday.", "Remy Gaudin", "Frenchman Remy Gaudin"),
    ("Welshman Gareth Pryce finished second in the 800m final.", "Gareth Pryce", "Welshman Gareth Pryce"),
    ("Dutchman Pieter Claes led the race from the start.", "Pieter Claes", "Dutchman Pieter Claes"),
    ("Irishwoman Niamh Kelly won the title in Glasgow.", "Niamh Kelly", "Irishwoman Niamh Kelly"),
    # the nouns of nations without a -man form
    ("Spaniard Lucia Ferrer beat the top seed in straight sets.", "Lucia Ferrer", "Spaniard Lucia Ferrer"),
    ("Slovakian Katarina Vasko reached the semi-finals in Sydney.", "Katarina Vasko", "Slovakian Katarina Vasko"),
    ("Swede Anders Lind set a new national record in the high jump.", "Anders Lind", "Swede Anders Lind"),
])
def test_a_nationality_noun_is_no_part_of_a_name(extract, text: str, person: str, not_name: str) -> None:
    typed = _typed(extract(text))
    assert typed.get(person) == "people"
    assert not_name not in typed


def test_the_nationality_noun_alone_is_no_entity(extract) -> None:
    typed = _typed(extract("Hartwell signed the Dutchman last summer, and the Dutchman has scored ten goals since."))
    assert "Dutchman" not in typed

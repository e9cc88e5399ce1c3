"""Products and software named in apposition or with a variant are no entities, every mention
(facts/entities/tech_referents.py). Own sentences only."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types

_HEAD = "Technology news\n\n"


@pytest.mark.parametrize("text, product", [
    ("The grid relies on Varnix, the operating system owned by Sun. Varnix is free.", "Varnix"),
    ("The offer comes with a free Boxlet, the broadband hub which Telvo will use. Boxlet sales rose.", "Boxlet"),
    ("Experts warned about the new Zorbo variant on Monday. Zorbo spreads by e-mail.", "Zorbo"),
])
def test_products_go_with_every_mention(extract, text, product):
    assert _types(extract(_HEAD + text), product) == []


@pytest.mark.parametrize("text, name, kind", [
    # the head of the apposition is a role or a company: the name stays
    ("Helen Mace, the software engineer, said the project was late.", "Helen Mace", "people"),
    ("The offer comes with a free Boxlet, the broadband hub which Telvo will use.", "Telvo", "organisations"),
])
def test_people_and_companies_stay(extract, text, name, kind):
    assert _types(extract(_HEAD + text), name) == [kind]

"""A museum, foundation or university named in its own language ("the Musée d'Orsay", "the
Fondation Louis Vuitton", "the Museo del Prado") is one organisation, not a person or a place
inside it (facts/entities/foreign_institutions.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict


def _typed(record) -> dict[str, str]:
    r = to_dict(record)
    return {e["name"]: t for t in ("people", "organisations", "places") for e in r[t]}


@pytest.mark.parametrize("text, name, not_name", [
    ("The collector opened the Fondation Henri Marchal in Lyon in 2016.", "Fondation Henri Marchal", "Henri Marchal"),
    ("The painting will hang in the Musée d'Orsay from next spring.", "Musée d'Orsay", "Orsay"),
    ("The loan to the Museo del Prado was agreed on Friday.", "Museo del Prado", "Prado"),
    ("She studied law at the Universidad de Chile before moving to London.", "Universidad de Chile", "Chile"),
])
def test_a_foreign_institution_is_one_organisation(extract, text: str, name: str, not_name: str) -> None:
    typed = _typed(extract(text))
    assert typed.get(name) == "organisations", typed
    assert not_name not in typed

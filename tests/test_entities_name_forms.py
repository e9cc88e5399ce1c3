"""The form a referent's type checks read must not depend on a set's order (the hash seed)."""
from __future__ import annotations

import pytest

from factextract.facts.entities.name_forms import fullest_form


@pytest.mark.parametrize("text, spans, expected", [
    # same length: the form not in capitals wins, whatever the mentions' order
    ("OZ RETURNS\n\nOz said the show would go on.", [(0, 2), (12, 14)], "Oz"),
    ("OZ RETURNS\n\nOz said the show would go on.", [(12, 14), (0, 2)], "Oz"),
    # more words beat more characters
    ("Ann Lee spoke. Later Lee-Smithson left.", [(0, 7), (21, 33)], "Ann Lee"),
    # equal in every way: the one written first
    ("Kay met Ray.", [(8, 11), (0, 3)], "Kay"),
])
def test_fullest_form(text, spans, expected):
    assert fullest_form(text, spans) == expected

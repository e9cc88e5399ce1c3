"""A date word inside a name is part of the name ("the Mail on Sunday"); a date after a name is
not ("the Commons on Monday": facts/entities/model_spans.py cuts the model's name there, and
facts/dates/component.py counts only the grouping's mentions as names)."""
from __future__ import annotations

import pytest

from tests.entitytypes import mention_types


@pytest.mark.parametrize("text, name, dates", [
    ("The minister will make a statement to the Commons on Monday.", "Commons", ["Monday"]),
    ("The story first ran in the Sunday Telegraph last month.", "Sunday Telegraph", ["last month"]),
    ("According to The Mail on Sunday, the deal is close.", "Mail on Sunday", []),
])
def test_dates_next_to_and_inside_names(extract, text, name, dates):
    rec = extract(text)
    assert mention_types(rec, name) == ["organisations"]
    assert [d.text for d in rec.dates] == dates

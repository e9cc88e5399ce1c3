"""Which entity types a surface form is listed under in a record (shared by the entity tests)."""
from __future__ import annotations

TYPES = ("people", "organisations", "places")


def mention_types(rec, surface: str) -> list[str]:
    """The type of every entity with `surface` among its mentions, sorted (a type twice when two
    entities of it have the mention)."""
    return sorted(key for key in TYPES for e in getattr(rec, key) if surface in {m.text for m in e.mentions})


def types_listing(rec, surface: str) -> list[str]:
    """The types, in record order and each once, under which `surface` is a mention."""
    return [k for k in TYPES if any(m.text == surface for e in getattr(rec, k) for m in e.mentions)]

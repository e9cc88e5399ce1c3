"""A bare surname two people of the article share goes to the one the article is about.

News copy names its principal in full first and then by surname alone; a relative or namesake
introduced later ("his wife, Debbie Meadows", "his brother Ralf Schumacher") is named in full
wherever the writer means them. So a bare "Meadows" several full names end with is the
principal's - the one named first - unless another of them was named in full in the same
paragraph, before it: there the nearest is meant ("Ralf Schumacher was third. Schumacher
said ..."). An honorific's sex has already ruled out the owners it cannot be (honorific_gender.py).
Squad lists ("Roberts (Wrexham)") are left to the nearest. The record warns where a bare surname was given to the principal past a nearer namesake.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# "Roberts (Wrexham), Collins (Sunderland)": a squad list names its players by the club, not by
# who the article is about
_LINE_UP_ENTRY = re.compile(r"['’]?s?\s\(")


def _first(group: dict) -> int:
    return min(s for s, _ in group["mentions"])


def shared_surname_owner(text: str, owners: list[dict], key: str, pos: int, nearest_at: int) -> dict | None:
    """The principal of a surname `key` at `pos` when several full names own it and the nearest
    full mention before it (at `nearest_at`) is in an earlier paragraph; else None."""
    full = [g for g in owners if any(" " in k and k.split()[-1] == key for k in g["keys"])]
    if len(full) < 2 or "\n" not in text[nearest_at:pos] or _LINE_UP_ENTRY.match(text, pos + len(key)):
        return None
    return min(full, key=_first)


def shared_surname_warning(text: str, notes: list[tuple[str, dict, dict]], entity: Callable) -> str:
    """One line naming each surname given to the principal past a nearer namesake."""
    seen: dict[str, tuple[str, str]] = {}
    for key, principal, nearest in notes:
        seen.setdefault(key, (entity(text, principal).name, entity(text, nearest).name))
    return "people: a surname alone shared by two people, given to the one named first: " + "; ".join(
        f"{key.title()!r} -> {p!r}, not {n!r}" for key, (p, n) in seen.items())

"""The number read at one place of the text, before it becomes a Figure (see component.py)."""
from __future__ import annotations

from dataclasses import dataclass

from .numbers import Number


@dataclass
class Hit:
    """A number read at the text with what its edges say: unit, qualifier, money. Mutable,
    because later steps (ranges, "unit or", ages) fill in what the number alone could not."""
    start: int
    end: int
    num: Number
    unit: str | None = None
    qualifier: str | None = None
    money: bool = False
    unit_explicit: bool = False

"""What the TIMEX3 normaliser returns (`Timex`) and what it resolves against (`Context`).

Kept apart so every rule module can build a `Timex` without importing the others.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Timex:
    """A normalised date: value (TIMEX3), grain, optional mod and range ends, and what it used."""
    value: str | None
    grain: str | None
    mod: str | None = None
    low: str | None = None
    high: str | None = None
    anchored: str | None = None  # "dct" | "ref" | "quarter" (the reported one) | None (absolute)


@dataclass
class Context:
    """What a relative expression is resolved against."""
    dct: date | None = None
    tense: str | None = None  # "past" | "present" | "future" | None (unknown)
    ref: Timex | None = None  # the last date the text mentioned (absolute or resolved)
    ref_at: int | None = None  # where that date ended (characters), and where the span read starts:
    at: int | None = None      # a date said long before anchors no relative words (narrative.py)
    ref_q: Timex | None = None  # a quarter mentioned just before ("a year earlier" = that quarter)
    # with no publication date: the year the article implies, and the latest year it tells of
    # in the past (implied.py); "this year", "the fourth quarter" are read against them
    year: int | None = None
    past_year: int | None = None

"""How TIMEX3 values are written: ISO weeks, clock times, the X-filled forms of what is unknown.

One place for the spelling of values, so every rule writes "2025-W42" or "XXXX-10" alike.
"""
from __future__ import annotations

import re
from datetime import date

# the value of a relative expression per unit when there is no publication date to resolve it
UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
           "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}
GRAIN_OF_UNIT = {"day": "day", "week": "week", "weekend": "week", "month": "month",
                 "quarter": "quarter", "year": "year", "decade": "decade", "century": "century"}


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def clock(m: re.Match) -> str:
    """The hh:mm of a matched clock time ("9 p.m." -> "21:00", "noon" -> "12:00")."""
    if m["word"]:
        return "24:00" if m["word"] == "midnight" else "12:00"
    if m["mil_h"]:  # "1650 GMT"
        return f"{m['mil_h']}:{m['mil_m']}"
    if m["hm_h"]:
        return f"{int(m['hm_h']):02d}:{m['hm_m']}"
    h = int(m["h"]) % 12
    if m["ampm"].startswith("p"):
        h += 12
    return f"{h:02d}:{m['mi'] or '00'}"


def placeholder(month: int | None, day: int | None) -> str:
    """A month (and day) whose year is unknown: "XXXX-08", "XXXX-08-15"."""
    if month is None:
        return "XXXX"
    return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")

"""Fixed phrases read from data (patterns/dates/lexicon.jsonl): PRESENT_REF words, holidays,
"today"-like words, each with its value or the rule that resolves it (MMDD:, THANKSGIVING, DCT...).

Loaded once; a phrase found here is never parsed by the grammar.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ...nlp.resources import load_jsonl
from .anchors import month_year
from .model import Context, Timex


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, str]]:
    """Fixed phrases -> (value, grain): PRESENT_REF words, holidays... (patterns/dates/lexicon.jsonl)."""
    return {row["text"]: (row["value"], row.get("grain")) for row in load_jsonl("dates/lexicon.jsonl")}


def from_lexicon(lex: tuple[str, str], ctx: Context) -> Timex | None:
    value, grain = lex
    if value.startswith("MMDD:"):  # a holiday on a fixed day: the nearest one given tense
        month, day = int(value[5:7]), int(value[8:10])
        y = month_year(month, day, ctx)
        return Timex(f"{y}-{month:02d}-{day:02d}" if y else f"XXXX-{month:02d}-{day:02d}", "day",
                     anchored="dct" if y else None)
    if value == "THANKSGIVING":
        y = month_year(11, 25, ctx)
        if y is None:
            return Timex("XXXX-11-XX", "day")
        first = date(y, 11, 1)
        d = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return Timex(d.isoformat(), "day", anchored="dct")
    if value in ("DCT", "DCT_YEAR", "DCT_MONTH"):
        width = {"DCT": 10, "DCT_MONTH": 7, "DCT_YEAR": 4}[value]
        if ctx.dct is None and value == "DCT_YEAR" and ctx.year is not None:
            return Timex(f"{ctx.year:04d}", grain, anchored="implied")
        if ctx.dct is None:
            return Timex("XXXX-XX-XX"[:width], grain)
        return Timex(ctx.dct.isoformat()[:width], grain, anchored="dct")
    return Timex(value, grain)

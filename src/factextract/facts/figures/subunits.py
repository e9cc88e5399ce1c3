"""Sums in a currency's hundredth: "70 euro cents", "55 US cents" are 0.70 and 0.55 of the
currency, not 70 euros. The unit reader stops at "euro", leaving "cents" as if it were what the
figure counts; here the hundredth word is taken into the figure and the value scaled.

Why apart: one small reading of the word after a currency name, asked only for money units."""
from __future__ import annotations

import re
from dataclasses import replace

from .numbers import Number
from .units import kind

_CENTS = re.compile(r"[^\S\n]+(?:cents?|centimes?)\b", re.I)


def cents(text: str, unit: str | None, end: int, num: Number) -> tuple[int, Number]:
    """(end, number) with "cents" after a currency name read as hundredths of it."""
    if not unit or kind(unit) != "money" or num.value is None or num.scaled:
        return end, num
    m = _CENTS.match(text, end)
    if m is None:
        return end, num
    return m.end(), replace(num, value=num.value / 100)

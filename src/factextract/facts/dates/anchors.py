"""Anchor choice: which date a relative or partial expression is counted from.

The publication date (DCT) with the clause's tense decides the year of a bare month and the
week of a bare weekday; the date the text last mentioned (`ctx.ref`) serves "a year earlier",
"the previous Friday", "that day". News conventions are encoded here and nowhere else.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .model import Context

SAME_YEAR_DAYS = 60


def ref_date(value: str | None) -> date | None:
    """The day of a TIMEX3 value that names one ("2025-10-19", "2025-10-19TMO"), else None."""
    if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10] if len(value) >= 10 else ""):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def ref_year(ctx: Context) -> int | None:
    """The year of the text's last mentioned date, or None."""
    if ctx.ref and ctx.ref.value and re.match(r"\d{4}", ctx.ref.value):
        return int(ctx.ref.value[:4])
    return None


def ref_quarter(ctx: Context) -> str | None:
    """The quarter ('Q3') of the last mentioned date when that date was a quarter."""
    if ctx.ref_q and ctx.ref_q.value:
        m = re.search(r"-(Q\d)$", ctx.ref_q.value)
        return m.group(1) if m else None
    return None


def month_year(month: int, day: int | None, ctx: Context) -> int | None:
    """The year a bare month (and day) falls in: the one that makes the clause's tense true."""
    dct = ctx.dct
    if dct is None:
        return None
    if day is not None and ctx.tense in ("past", "future"):
        # a day within two months either side of the DCT is this year's whatever the tense
        # ("declared a dividend payable Dec. 15"): tense picks the year only further away
        this = date(dct.year, month, min(day, 28))
        if abs((this - dct).days) <= SAME_YEAR_DAYS:
            return dct.year
        if ctx.tense == "past":
            return dct.year if this <= dct else dct.year - 1
        return dct.year if this >= dct else dct.year + 1
    # a month next to the DCT's is this year's whatever the tense
    if ctx.tense == "future":
        return dct.year if month >= dct.month - 1 else dct.year + 1
    if ctx.tense == "past":
        return dct.year if month <= dct.month + 1 else dct.year - 1
    # present / unknown: the nearest occurrence
    if day is None:
        diff = month - dct.month
    else:
        diff = (date(dct.year, month, min(day, 28)) - dct).days / 30.4
    # no tense at all: news tells of the past more than it announces, so far-ahead months are
    # last year's; present tense ("the show runs in August") is as often a timetable
    if diff > (6 if ctx.tense == "present" else 4):
        return dct.year - 1
    if diff < -6:
        return dct.year + 1
    return dct.year


def weekday_date(wd: int, ctx: Context, which: str | None = None) -> date | None:
    """A weekday: the most recent on/before the DCT (the DCT day itself included); forward in
    future-tense clauses; `which` = 'last'/'next'/'this' from the words."""
    dct = ctx.dct
    if dct is None:
        return None
    back = (dct.weekday() - wd) % 7
    fwd = (wd - dct.weekday()) % 7
    if which == "last":
        return dct - timedelta(days=back or 7)
    if which == "next":
        return dct + timedelta(days=fwd or 7)
    if which == "this":
        return dct + timedelta(days=fwd) if ctx.tense == "future" else dct - timedelta(days=back)
    if ctx.tense == "future" and back:
        return dct + timedelta(days=fwd)
    return dct - timedelta(days=back)

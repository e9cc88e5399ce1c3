"""Named periods longer than a day: weekends, quarters and halves, "the quarter" a results story
is about, seasons, decades, centuries.

Each rule takes the grammar's match and resolves the year from the words, else the anchor.
"""
from __future__ import annotations

import re
from datetime import timedelta

from .anchors import month_year, ref_quarter
from .calendar_math import add_months, quarter_of
from .grammar import EDGE_MOD, Q_ORD
from .model import Context, Timex
from .timex_format import iso_week
from .vocabulary import DECADE_WORDS, ORDINALS, SEASONS


def weekend(t: str, ctx: Context) -> Timex | None:
    """The weekend the text means: the last one (on or before the DCT) in past-tense or
    "last"/"past" wording, else the coming one."""
    dct = ctx.dct
    if dct is None:
        return Timex("XXXX-WXX-WE", "week")
    back = "last" in t or "past" in t or (ctx.tense == "past" and "this" not in t) or (
        ctx.tense is None and "this" not in t)
    if back or dct.weekday() >= 5:  # on a Saturday or Sunday "this weekend" is the current one
        sat = dct - timedelta(days=(dct.weekday() - 5) % 7)
    else:
        sat = dct + timedelta(days=(5 - dct.weekday()) % 7)
    return Timex(iso_week(sat) + "-WE", "week", anchored="dct")


def quarter_expr(m: re.Match, ctx: Context) -> Timex | None:
    dct = ctx.dct
    n = Q_ORD[m["ord"]]
    year = None
    anchored = None
    for g in ("yr1", "yr2", "yr3"):
        if m[g]:
            year = int(m[g])
    rel = m["rel"] or m["rel2"]
    if m["ord"] == "last" and year is None and not m["rel2"]:
        return None  # "the last quarter" alone is the one before now: a relative expression
    if year is None:
        base = dct.year if dct else None
        if base is None:  # no publication date: a reported period is of the latest year told in the past
            base = (ctx.year if ctx.tense == "future" or rel else ctx.past_year or ctx.year)
            anchored = "implied" if base is not None else None
        if base is None:
            if m["what"] == "quarter":
                return Timex(f"XXXX-Q{n}", "quarter")
            return Timex(f"XXXX-H{min(n, 2)}", "half")
        anchored = anchored or "dct"
        if rel in ("last",):
            base -= 1
        elif rel == "next":
            base += 1
        elif rel and "year" in rel:
            base -= 1
        year = base
    if m["what"] == "half":
        return Timex(f"{year:04d}-H{min(n, 2)}", "half", anchored=anchored)
    return Timex(f"{year:04d}-Q{n}", "quarter", anchored=anchored)


def short_period(m: re.Match, ctx: Context) -> Timex | None:
    """ "Q3 2025", "H1", "FY2024": the year written, else the DCT's."""
    dct = ctx.dct
    year = int(m["y"]) if m["y"] else (int(m["yy"]) + 2000 if m["yy"] else (dct.year if dct else None))
    if m["fy"]:
        return Timex(f"{year:04d}", "year") if m["y"] or m["yy"] else None
    if m["kind"] == "h" and m["n"] not in ("1", "2"):
        return None
    code = f"{m['kind'].upper()}{m['n']}"
    grain = "quarter" if m["kind"] == "q" else "half"
    if year is None:
        return Timex(f"XXXX-{code}", grain)
    return Timex(f"{year:04d}-{code}", grain, anchored=None if m["y"] or m["yy"] else "dct")


def period_expr(m: re.Match, ctx: Context) -> Timex | None:
    """'the quarter', 'the latest period', 'the year-ago quarter': the quarter the text is about."""
    dct = ctx.dct
    q = ref_quarter(ctx)
    ry = int(ctx.ref_q.value[:4]) if q else None
    if q is None:
        if dct is None:
            return None
        y, mth = add_months(dct.year, dct.month, -3)
        q, ry = f"Q{quarter_of(mth)}", y
    if m["what"] == "period" and not m["rel"] and not m["tail"]:
        return None
    rel = (m["rel"] or "")
    if rel == "current" and dct is not None:
        return Timex(f"{dct.year:04d}-Q{quarter_of(dct.month)}", "quarter", anchored="dct")
    if m["yr"] or m["yr2"]:
        ry = int(m["yr"] or m["yr2"])
    elif "year" in rel or m["tail"]:
        ry -= 1
    return Timex(f"{ry:04d}-{q}", "quarter", anchored="ref" if ctx.ref else "dct")


def season_expr(m: re.Match, ctx: Context) -> Timex | None:
    code = SEASONS[m["season"]]
    dct = ctx.dct
    if m["y"]:
        return Timex(f"{m['y']}-{code}", "season")
    if dct is None:
        return Timex(f"XXXX-{code}", "season")
    rel = m["rel"] or m["rel2"]
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    y = dct.year
    if rel in ("last", "past", "this past"):
        y = dct.year if start_month < dct.month - 2 or (code == "WI" and dct.month <= 3) else dct.year - 1
        if code == "WI" and dct.month <= 3:
            y = dct.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = dct.year if start_month > dct.month else dct.year + 1
    elif rel == "this" or rel is None:
        y = dct.year
        if code == "WI" and dct.month <= 3:
            y = dct.year - 1
        elif rel is None:
            y = month_year(start_month, None, ctx) or dct.year
    return Timex(f"{y:04d}-{code}", "season", anchored="dct")


def decade_expr(m: re.Match) -> Timex:
    """ "the 1960s", "the early '80s", "the 70s", "the nineties": always the 19xx/20xx decade
    written; without its century, the last century's."""
    if m["word"]:
        digit = DECADE_WORDS[m["word"]]
        value = f"19{digit}X"
    elif m["cc"]:
        value = f"{m['cc']}{m['yd']}X"
    else:   # "the '80s", "the 70s": the last century's
        value = f"19{m['yd2'] or m['yd3']}X"
    edge = m["edge"] or m["edge2"] or m["edge3"]
    return Timex(value, "decade", mod=EDGE_MOD.get(edge) if edge else None)


def century_expr(m: re.Match) -> Timex:
    """ "the 19th century", "the twentieth century"."""
    n = int(m["n"]) if m["n"] else ORDINALS[m["word"]]
    return Timex(f"{n - 1:02d}", "century")

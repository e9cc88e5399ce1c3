"""Expressions counted from an anchor: "last Friday", "next March", "the following week",
"two years ago", "a year earlier", "earlier this month".

The anchor is the DCT unless the words point back to the date the text last mentioned
("earlier", "the following", "that same").
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .anchors import ref_date, ref_quarter, ref_year, weekday_date
from .calendar_math import add_months, quarter_of, shift_unit
from .grammar import THE_PERIOD
from .model import Context, Timex
from .narrative import told_last_year
from .numerals import parse_number
from .periods import period_expr
from .ref_grain import coarser_than
from .timex_format import GRAIN_OF_UNIT, UNKNOWN
from .vocabulary import MONTHS, WEEKDAYS


# "this year", "last year", "next year" as a shift of the year the article is written in
YEAR_SHIFT = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
              "coming": 1}


def rel_named(m: re.Match, ctx: Context) -> Timex | None:
    rel = {"this past": "last", "past": "last", "previous": "last", "this coming": "next", "coming": "next",
           "following": "next"}.get(m["rel"], m["rel"])
    dct = ctx.dct
    if m["wd"]:
        wd = WEEKDAYS[m["wd"]]
        base = ref_date(ctx.ref.value) if ctx.ref and m["rel"] in ("previous", "following") else None
        if base is not None:  # "the previous Friday": before the date the text is talking about
            d = weekday_date(wd, Context(dct=base, tense=ctx.tense), rel)
            return Timex(d.isoformat(), "day", anchored="ref")
        d = weekday_date(wd, ctx, rel)
        return Timex(d.isoformat(), "day", anchored="dct") if d else Timex(f"XXXX-WXX-{wd + 1}", "day")
    month = MONTHS[m["month"]]
    if dct is None:
        return Timex(f"XXXX-{month:02d}", "month")
    if rel == "last":
        # the month just gone is "last month" to a writer: "last October" in November is a year back
        just_gone = m["rel"] == "last" and month == dct.month - 1
        y = told_last_year(month, ctx) or (dct.year if month < dct.month and not just_gone else dct.year - 1)
    elif rel == "next":
        y = dct.year if month > dct.month else dct.year + 1
    else:
        y = dct.year
    return Timex(f"{y:04d}-{month:02d}", "month", anchored="dct")


def rel_unit(m: re.Match, t: str, ctx: Context) -> Timex | None:
    rel, unit = m["rel"], m["unit"]
    dct = ctx.dct
    plural = bool(re.search(rf"{unit}s\b", t))
    if plural:  # "recent years", "the past few months", "coming months"
        if rel in ("past", "recent", "most recent", "last", "previous"):
            return Timex("PAST_REF", None)
        if rel in ("coming", "next", "following"):
            return Timex("FUTURE_REF", None)
        return None
    if unit == "decade" and rel in ("last", "past", "next", "coming"):
        # "over the past decade", "in the next decade": the ten years up to or from now, not the
        # calendar decade before or after this one; no date a reader can check
        return Timex("PAST_REF" if rel in ("last", "past") else "FUTURE_REF", None)
    rel = "same" if rel == "that same" else rel
    q = re.fullmatch(r"(\d{4})-Q([1-4])", ctx.ref_q.value or "") if ctx.ref_q and unit == "quarter" else None
    if q and rel in ("previous", "following"):  # "the previous quarter": before the one reported
        y, mth = add_months(int(q[1]), 3 * int(q[2]) - 2, 3 if rel == "following" else -3)
        return Timex(f"{y:04d}-Q{quarter_of(mth)}", "quarter", anchored="ref")
    if rel in ("that", "same") or (rel in ("following", "previous") and ctx.ref):
        ref = ctx.ref
        if coarser_than(ref, unit):   # "2005 ... the previous month": no month to count from (ref_grain.py)
            return Timex(UNKNOWN[unit], GRAIN_OF_UNIT[unit]) if unit in UNKNOWN and rel not in ("that", "same") else None
        base = ref_date(ref.value) if ref else None
        if rel in ("that", "same"):
            if ref and ref.value and ref.grain in ("day", "month", "year", "quarter", "week"):
                if unit == "year" and re.match(r"\d{4}", ref.value):
                    return Timex(ref.value[:4], "year", anchored="ref")
                if unit == GRAIN_OF_UNIT.get(ref.grain, ref.grain) or unit == ref.grain:
                    return Timex(ref.value, ref.grain, anchored="ref")
                if base:
                    return replace(shift_unit(unit, 0, base), anchored="ref")
            return None
        if base is None and ref and (ref.value or "").startswith("XXXX"):   # the year the text talks of is unknown
            return Timex(UNKNOWN[unit], GRAIN_OF_UNIT[unit]) if unit in UNKNOWN else None
        if base is None and ref and ref.value and re.fullmatch(r"\d{4}(-\d\d)?", ref.value):
            base = date(int(ref.value[:4]), int(ref.value[5:7]) if len(ref.value) > 4 else 1, 1)
        if base is None:
            return None
        return replace(shift_unit(unit, 1 if rel == "following" else -1, base), anchored="ref")
    if dct is None and unit == "year" and ctx.year is not None and rel in YEAR_SHIFT:
        return Timex(f"{ctx.year + YEAR_SHIFT[rel]:04d}", "year", anchored="implied")
    if dct is None:
        return Timex(UNKNOWN[unit], GRAIN_OF_UNIT[unit])
    n = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1,
         "latest": -1, "recent": -1, "most recent": -1, "next": 1, "coming": 1, "following": 1}[rel]
    if unit == "quarter" and rel in ("current", "this", "present"):
        return Timex(f"{dct.year:04d}-Q{quarter_of(dct.month)}", "quarter", anchored="dct")
    if unit == "quarter" and rel in ("latest", "recent", "most recent"):
        return period_expr(THE_PERIOD.fullmatch("the latest quarter"), ctx)
    if unit == "weekend":
        if rel == "this":
            n = -1 if ctx.tense == "past" and dct.weekday() < 5 else 0
        return replace(shift_unit("weekend", n, dct), anchored="dct")
    return replace(shift_unit(unit, n, dct), anchored="dct")


def ago(m: re.Match, ctx: Context) -> Timex | None:
    unit, direction = m["unit"], m["dir"]
    word = m["n"]
    n = parse_number(word.replace("a couple of", "two"))
    if unit == "decade" and n is not None:  # "a decade ago" is a year
        unit, n = "year", 10 * n
    vague = n is None
    if vague and word not in ("a few", "a couple of", "several", "some", "many", "few"):
        return None
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if vague:
        return Timex("PAST_REF" if sign < 0 else "FUTURE_REF", None)
    ref_q = ref_quarter(ctx) if unit == "year" and n == 1 else None
    if ref_q:  # "a year earlier" in a story about a quarter: that quarter a year before
        return Timex(f"{int(ctx.ref_q.value[:4]) + sign * n:04d}-{ref_q}", "quarter", anchored="ref")
    use_ref = direction in ("earlier", "before", "later", "after", "previously") and ctx.ref is not None
    if use_ref:
        base = ref_date(ctx.ref.value)
        ry = ref_year(ctx)
        if base is None and ry is not None:
            if unit == "year":
                if ref_q:
                    return Timex(f"{ry + sign * n:04d}-{ref_q}", "quarter", anchored="ref")
                return Timex(f"{ry + sign * n:04d}", "year", anchored="ref")
            base = None
            month = re.fullmatch(r"(\d{4})-(\d\d)", ctx.ref.value or "")
            if unit == "month" and month:  # "In June 2003 ... two months later": count from that month
                base = date(int(month[1]), int(month[2]), 1)
        if base is not None:
            return replace(shift_unit(unit, sign * n, base, ref_q), anchored="ref")
    if ctx.dct is None:  # "two days ago" with nothing to count from: kept, value unknown
        return Timex(UNKNOWN[unit], GRAIN_OF_UNIT[unit])
    return replace(shift_unit(unit, sign * n, ctx.dct, ref_q if unit == "year" and n == 1 else None), anchored="dct")


def edge_rel(m: re.Match, ctx: Context) -> Timex | None:
    """ "earlier this month", "later next year": that unit's START or END."""
    dct = ctx.dct
    n = {"this": 0, "last": -1, "next": 1}[m["rel"]]
    if dct is None and m["unit"] == "year" and ctx.year is not None:  # "earlier this year"
        return Timex(f"{ctx.year + n:04d}", "year", mod="START" if m["edge"] == "earlier" else "END",
                     anchored="implied")
    if dct is None:
        return None
    tx = shift_unit(m["unit"], n, dct)
    return replace(tx, mod="START" if m["edge"] == "earlier" else "END", anchored="dct")

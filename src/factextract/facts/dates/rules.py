"""The order in which the rules are tried on one cleaned expression, edge words ("the end of",
"early") first. Order matters: a quarter is tried before an edge, the lexicon before everything.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .anchors import ref_quarter
from .components import from_components, read_components
from .grammar import (
    AGO, CENTURY, MONTHS_OF, DECADE, EDGE, EDGE_MOD, EDGE_REL, QUARTER, REL_MONTHDAY, REL_NAMED, REL_UNIT, SEASON,
    SHORT_PERIOD, THE_PERIOD, WEEK_OF)
from .lexicon import from_lexicon, lexicon
from .model import Context, Timex
from .narrative import THE_NEXT, next_part
from .numerals import SPELLED_IN_TEXT, spelled_year
from .periods import century_expr, decade_expr, period_expr, quarter_expr, season_expr, short_period, weekend
from .relative import ago, edge_rel, rel_named, rel_unit
from .results_year import results_year
from .sport_seasons import sport_season
from .timex_format import iso_week


def read(t: str, ctx: Context) -> Timex | None:
    """`t` (cleaned) with an edge word ("the end of", "early", "mid-") taken as its mod."""
    if t == "the day":  # alone mostly "the day after ...", "a great day": only "earlier in the day"
        return None
    tx = results_year(t, ctx)   # "the full year" after a reported quarter: that quarter's year
    if tx is not None:
        return tx
    t = t[:-len(" as a whole")] if t.endswith("year as a whole") else t
    lex = lexicon().get(t)
    if lex is not None:
        return from_lexicon(lex, ctx)
    m = QUARTER.fullmatch(t)  # "the first half of 2025" is a half, not the start of 2025
    if m and (m["ord"] != "last" or m["yr2"] or m["yr3"] or m["rel2"]):
        return quarter_expr(m, ctx)
    m = EDGE.match(t)
    if m:
        inner = read_core(t[m.end():], ctx)
        if inner is not None and inner.value:
            key = (m["phrase"] or m["word"].replace("the ", "")).strip()
            if key.startswith(("earlier", "later")) and inner.grain == "day":
                return inner  # "earlier Sunday", "later today": that day
            return replace(inner, mod=EDGE_MOD.get(key, inner.mod))
    return read_core(t, ctx)


def read_core(t: str, ctx: Context) -> Timex | None:
    """The value of `t` by the first rule that knows its wording, tried in a fixed order."""
    dct = ctx.dct
    lex = lexicon().get(t)
    if lex is not None:
        return from_lexicon(lex, ctx)
    if t in ("year-ago", "year-earlier", "year ago", "year earlier", "prior-year", "prior year"):
        q = ref_quarter(ctx)
        if q:
            return Timex(f"{int(ctx.ref_q.value[:4]) - 1:04d}-{q}", "quarter", anchored="ref")
        return Timex(f"{dct.year - 1:04d}", "year", anchored="dct") if dct else None
    if t in ("the day", "that day", "the same day", "that same day"):  # the day the text is telling of
        if ctx.ref and ctx.ref.grain == "day" and ctx.ref.value[:1].isdigit():
            return Timex(ctx.ref.value[:10], "day", anchored="ref")
        if t == "the day" and dct:
            return Timex(dct.isoformat(), "day", anchored="dct")
        return None
    if t in ("year-end", "year end", "year's end", "the year-end", "the year end", "end-of-year"):
        return Timex(f"{dct.year:04d}", "year", mod="END", anchored="dct") if dct else Timex("XXXX", "year", "END")
    if t in ("the weekend", "weekend", "this weekend", "the past weekend", "last weekend", "over the weekend"):
        return weekend(t, ctx)
    spelled = spelled_year(t)
    if spelled:
        return Timex(f"{spelled}", "year")
    if "nineteen " in t or "two thousand" in t:  # "January nineteen ninety-seven"
        digits = SPELLED_IN_TEXT.sub(lambda m: str(spelled_year(m.group()) or m.group()), t)
        if digits != t:
            return read_core(digits, ctx)
    m = QUARTER.fullmatch(t)
    if m and (m["ord"] != "last" or m["yr2"] or m["yr3"] or m["rel2"]):
        return quarter_expr(m, ctx)
    m = MONTHS_OF.fullmatch(t)
    if m:
        first = m["edge"] == "first"
        code = ("Q1" if first else "Q4") if m["n"] == "three" else ("H1" if first else "H2")
        return Timex(f"{m['y']}-{code}", "quarter" if code[0] == "Q" else "half")
    m = SHORT_PERIOD.fullmatch(t)
    if m:  # "Q3 2025", "H1", "FY2024"
        return short_period(m, ctx)
    m = THE_PERIOD.fullmatch(t)
    if m and (m["rel"] or m["tail"] or m["what"] == "quarter"):
        return period_expr(m, ctx)
    m = DECADE.fullmatch(t)
    if m:
        return decade_expr(m)
    m = CENTURY.fullmatch(t)
    if m:
        return century_expr(m)
    m = SEASON.fullmatch(t)
    if m:
        return season_expr(m, ctx)
    m = REL_NAMED.fullmatch(t)
    if m:
        return rel_named(m, ctx)
    m = REL_MONTHDAY.fullmatch(t)
    if m:  # "last Oct. 23": the latest one before the DCT
        inner = read_core(m["rest"], Context(dct=ctx.dct, tense="past" if m["rel"] == "last" else "future"))
        if inner and inner.grain == "day" and ctx.dct and inner.value[:1].isdigit():
            d = date.fromisoformat(inner.value[:10])
            shift = -1 if m["rel"] == "last" and d >= ctx.dct else 1 if m["rel"] == "next" and d <= ctx.dct else 0
            try:
                d = d.replace(year=d.year + shift)
            except ValueError:  # 29 February
                return None
            return Timex(d.isoformat(), "day", anchored="dct")
    m = WEEK_OF.fullmatch(t)
    if m:  # "the week of March 6"
        inner = read_core(m["rest"], ctx)
        if inner and inner.grain == "day" and inner.value[:1].isdigit():
            return Timex(iso_week(date.fromisoformat(inner.value[:10])), "week", anchored=inner.anchored)
    m = EDGE_REL.fullmatch(t)
    if m:
        return edge_rel(m, ctx)
    m = THE_NEXT.fullmatch(t)
    if m:  # "the next day", "the following morning": from the day the passage tells of (narrative.py)
        return next_part(m, ctx)
    m = REL_UNIT.fullmatch(t)
    if m:
        return rel_unit(m, t, ctx)
    if t.endswith(("season", "season's")):  # "last season": read as "last year" (sport_seasons.py)
        return sport_season(t, ctx)
    m = AGO.fullmatch(t)
    if m:
        return ago(m, ctx)
    c = read_components(t)
    if c is not None:
        return from_components(c, ctx)
    return None

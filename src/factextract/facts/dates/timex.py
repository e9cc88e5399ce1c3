"""TIMEX3 normalisation of a date expression already found in the text.

`normalise(text, ctx)` turns the words of one span ("August of last year", "the third quarter",
"Friday morning", "1950-53") into a TIMEX3-style value with its grain, resolved against the
publication date (`ctx.dct`), the tense of the clause (`ctx.tense`) and the last date the text
itself mentioned (`ctx.ref`, for "a year earlier", "the following day"). It is a small
hand-written grammar over the span's lower-cased words: far faster than a general parser and
exact about news conventions (quarters, PRESENT_REF, weekday = most recent on/before the DCT).
dateparser is the rare fallback for absolute forms this grammar does not know, imported lazily.
Durations and frequencies ("four months", "24 hours a day") get no value: they are not dates.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from ...nlp.resources import load_jsonl
from .anchors import month_year, ref_date, ref_quarter, ref_year, weekday_date
from .calendar_math import add_months, quarter_of, shift_unit
from .components import from_components, read_components
from .grammar import (
    AGO, APPROX, APPROX_MOD, CENTURY, DECADE, EDGE, EDGE_MOD, EDGE_REL, Q_ORD, QUARTER, RANGE,
    REL_MONTHDAY, REL_NAMED, REL_UNIT, SEASON, SHORT_PERIOD, THE_PERIOD, WEEK_OF)
from .model import Context, Timex
from .numerals import SPELLED_IN_TEXT, parse_number, spelled_year
from .timex_format import GRAIN_OF_UNIT, UNKNOWN, iso_week
from .vocabulary import DECADE_WORDS, MONTHS, ORDINALS, SEASONS, WEEKDAYS


def ordered_end(low: Timex, high: Timex) -> Timex:
    """The end of a range resolved on its own may fall before its start ("from November to
    February"): move it to the start's year, or the next."""
    lv, hv = low.value or "", high.value or ""
    if not (re.fullmatch(r"\d{4}-\d\d(-\d\d)?", lv) and re.fullmatch(r"\d{4}-\d\d(-\d\d)?", hv)) or hv >= lv \
            or high.anchored != "dct":
        return high
    for year in (int(lv[:4]), int(lv[:4]) + 1):
        moved = f"{year:04d}{hv[4:]}"
        if moved >= lv:
            return replace(high, value=moved)
    return high


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, str]]:
    """Fixed phrases -> (value, grain): PRESENT_REF words, holidays... (patterns/dates/lexicon.jsonl)."""
    return {row["text"]: (row["value"], row.get("grain")) for row in load_jsonl("dates/lexicon.jsonl")}


def clean(text: str) -> str:
    t = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    t = re.sub(r"\s+", " ", t).strip(" ,.;:")
    if t.endswith("'s"):
        t = t[:-2]
    return t


def normalise(text: str, ctx: Context) -> Timex | None:
    """The TIMEX3 value of a date expression, or None when it is not a date (or not understood)."""
    t = clean(text)
    if not t:
        return None
    tx = _normalise(t, ctx)
    if tx is not None:
        return tx
    m = APPROX.match(t)
    if m:
        inner = _normalise(t[m.end():], ctx)
        if inner is not None:
            mod = APPROX_MOD[m["q"]]
            if t.endswith(" ago") and mod in ("MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN"):
                # "more than a year ago" lies before that point, "less than a year ago" after it
                mod = "AFTER" if mod == "LESS_THAN" else "BEFORE"
            return replace(inner, mod=inner.mod or mod)
    return _range(t, ctx) or fallback_dateparser(t, ctx)


def _normalise(t: str, ctx: Context) -> Timex | None:
    if t == "the day":  # alone mostly "the day after ...", "a great day": only "earlier in the day"
        return None
    lex = _lexicon().get(t)
    if lex is not None:
        return _from_lexicon(lex, ctx)
    m = QUARTER.fullmatch(t)  # "the first half of 2025" is a half, not the start of 2025
    if m:
        return _quarter_expr(m, ctx)
    m = EDGE.match(t)
    if m:
        inner = _core(t[m.end():], ctx)
        if inner is not None and inner.value:
            key = (m["phrase"] or m["word"].replace("the ", "")).strip()
            if key.startswith(("earlier", "later")) and inner.grain == "day":
                return inner  # "earlier Sunday", "later today": that day
            return replace(inner, mod=EDGE_MOD.get(key, inner.mod))
    return _core(t, ctx)


def _from_lexicon(lex: tuple[str, str], ctx: Context) -> Timex | None:
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
        if ctx.dct is None:
            return Timex("XXXX-XX-XX"[:width], grain)
        return Timex(ctx.dct.isoformat()[:width], grain, anchored="dct")
    return Timex(value, grain)


def _core(t: str, ctx: Context) -> Timex | None:
    dct = ctx.dct
    lex = _lexicon().get(t)
    if lex is not None:
        return _from_lexicon(lex, ctx)
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
        return _weekend(t, ctx)
    spelled = spelled_year(t)
    if spelled:
        return Timex(f"{spelled}", "year")
    if "nineteen " in t or "two thousand" in t:  # "January nineteen ninety-seven"
        digits = SPELLED_IN_TEXT.sub(lambda m: str(spelled_year(m.group()) or m.group()), t)
        if digits != t:
            return _core(digits, ctx)
    m = QUARTER.fullmatch(t)
    if m:
        return _quarter_expr(m, ctx)
    m = SHORT_PERIOD.fullmatch(t)
    if m:  # "Q3 2025", "H1", "FY2024"
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
    m = THE_PERIOD.fullmatch(t)
    if m and (m["rel"] or m["tail"] or m["what"] == "quarter"):
        return _period_expr(m, ctx)
    m = DECADE.fullmatch(t)
    if m:
        if m["word"]:
            digit = DECADE_WORDS[m["word"]]
            value = f"19{digit}X"
        elif m["cc"]:
            value = f"{m['cc']}{m['yd']}X"
        else:
            value = f"19{m['yd2']}X"
        edge = m["edge"] or m["edge2"]
        return Timex(value, "decade", mod=EDGE_MOD.get(edge) if edge else None)
    m = CENTURY.fullmatch(t)
    if m:
        n = int(m["n"]) if m["n"] else ORDINALS[m["word"]]
        return Timex(f"{n - 1:02d}", "century")
    m = SEASON.fullmatch(t)
    if m:
        return _season_expr(m, ctx)
    m = REL_NAMED.fullmatch(t)
    if m:
        return _rel_named(m, ctx)
    m = REL_MONTHDAY.fullmatch(t)
    if m:  # "last Oct. 23": the latest one before the DCT
        inner = _core(m["rest"], Context(dct=ctx.dct, tense="past" if m["rel"] == "last" else "future"))
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
        inner = _core(m["rest"], ctx)
        if inner and inner.grain == "day" and inner.value[:1].isdigit():
            return Timex(iso_week(date.fromisoformat(inner.value[:10])), "week", anchored=inner.anchored)
    m = EDGE_REL.fullmatch(t)
    if m:
        if dct is None:
            return None
        n = {"this": 0, "last": -1, "next": 1}[m["rel"]]
        tx = shift_unit(m["unit"], n, dct)
        return replace(tx, mod="START" if m["edge"] == "earlier" else "END", anchored="dct")
    m = REL_UNIT.fullmatch(t)
    if m:
        return _rel_unit(m, t, ctx)
    m = AGO.fullmatch(t)
    if m:
        return _ago(m, ctx)
    c = read_components(t)
    if c is not None:
        return from_components(c, ctx)
    return None


def _weekend(t: str, ctx: Context) -> Timex | None:
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


def _quarter_expr(m: re.Match, ctx: Context) -> Timex | None:
    dct = ctx.dct
    n = Q_ORD[m["ord"]]
    year = None
    anchored = None
    for g in ("yr1", "yr2", "yr3"):
        if m[g]:
            year = int(m[g])
    rel = m["rel"] or m["rel2"]
    if year is None:
        base = dct.year if dct else None
        if base is None:
            if m["what"] == "quarter":
                return Timex(f"XXXX-Q{n}", "quarter")
            return Timex(f"XXXX-H{min(n, 2)}", "half")
        anchored = "dct"
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


def _period_expr(m: re.Match, ctx: Context) -> Timex | None:
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


def _season_expr(m: re.Match, ctx: Context) -> Timex | None:
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


def _rel_named(m: re.Match, ctx: Context) -> Timex | None:
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
        y = dct.year if month < dct.month else dct.year - 1
    elif rel == "next":
        y = dct.year if month > dct.month else dct.year + 1
    else:
        y = dct.year
    return Timex(f"{y:04d}-{month:02d}", "month", anchored="dct")


def _rel_unit(m: re.Match, t: str, ctx: Context) -> Timex | None:
    rel, unit = m["rel"], m["unit"]
    dct = ctx.dct
    plural = bool(re.search(rf"{unit}s\b", t))
    if plural:  # "recent years", "the past few months", "coming months"
        if rel in ("past", "recent", "most recent", "last", "previous"):
            return Timex("PAST_REF", None)
        if rel in ("coming", "next", "following"):
            return Timex("FUTURE_REF", None)
        return None
    rel = "same" if rel == "that same" else rel
    if rel in ("that", "same") or (rel in ("following", "previous") and ctx.ref):
        ref = ctx.ref
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
        if base is None and ref and ref.value and re.fullmatch(r"\d{4}(-\d\d)?", ref.value):
            base = date(int(ref.value[:4]), int(ref.value[5:7]) if len(ref.value) > 4 else 1, 1)
        if base is None:
            return None
        return replace(shift_unit(unit, 1 if rel == "following" else -1, base), anchored="ref")
    if dct is None:
        return Timex(UNKNOWN[unit], GRAIN_OF_UNIT[unit])
    n = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1,
         "latest": -1, "recent": -1, "most recent": -1, "next": 1, "coming": 1, "following": 1}[rel]
    if unit == "quarter" and rel in ("current", "this", "present"):
        return Timex(f"{dct.year:04d}-Q{quarter_of(dct.month)}", "quarter", anchored="dct")
    if unit == "quarter" and rel in ("latest", "recent", "most recent"):
        return _period_expr(THE_PERIOD.fullmatch("the latest quarter"), ctx)
    if unit == "weekend":
        if rel == "this":
            n = -1 if ctx.tense == "past" and dct.weekday() < 5 else 0
        return replace(shift_unit("weekend", n, dct), anchored="dct")
    return replace(shift_unit(unit, n, dct), anchored="dct")


def _ago(m: re.Match, ctx: Context) -> Timex | None:
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
        if base is not None:
            return replace(shift_unit(unit, sign * n, base, ref_q), anchored="ref")
    if ctx.dct is None:  # "two days ago" with nothing to count from: kept, value unknown
        return Timex(UNKNOWN[unit], GRAIN_OF_UNIT[unit])
    return replace(shift_unit(unit, sign * n, ctx.dct, ref_q if unit == "year" and n == 1 else None), anchored="dct")


def _range(t: str, ctx: Context) -> Timex | None:
    """'1950-53', 'from June to August', 'between 1990 and 1995': both ends, the start as value."""
    m = RANGE.match(t)
    if not m:
        return None
    a, b = m["a"].strip(), m["b"].strip()
    if re.fullmatch(r"\d{4}", a) and re.fullmatch(r"\d{2}", b):
        b = a[:2] + b
        if b < a:
            return None
    lo = _normalise(a, ctx)
    hi = _normalise(b, ctx)
    if hi is None and lo is not None and lo.value and re.fullmatch(r"\d{4}", lo.value) is None:
        # "June 3-5": the end borrows the start's month
        if re.fullmatch(r"\d{1,2}", b) and lo.grain == "day":
            hi = Timex(lo.value[:8] + f"{int(b):02d}", "day")
    if lo is None or hi is None or not lo.value or not hi.value:
        return None
    return Timex(lo.value, lo.grain, low=lo.value, high=hi.value, anchored=lo.anchored or hi.anchored)


_ABSOLUTE = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d)|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{4})$")


def fallback_dateparser(text: str, ctx: Context) -> Timex | None:
    """Numeric forms the grammar does not know ("19.10.2025", "2025/10/19"): dateparser,
    English only, the DCT as explicit base, never on relative words. Imported here, rarely,
    so start-up and the common path do not pay for it."""
    if not _ABSOLUTE.match(text):
        return None
    import dateparser  # lazy: slow to import

    base = ctx.dct or date(2000, 1, 1)
    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["year", "month"], "PREFER_DAY_OF_MONTH": "first"}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if parsed is None:
        return None
    if len(re.findall(r"\d+|[a-z]{3,}", text)) >= 3:
        return Timex(parsed.date().isoformat(), "day")
    return Timex(f"{parsed.year:04d}-{parsed.month:02d}", "month")

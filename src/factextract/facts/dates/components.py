"""The component grammar: a span read as time, weekday, month, day, year, relative day/year
and part of day ("9 p.m. EST Friday, Nov. 9, 1989", "August of last year"), then one value
built from whichever components were found.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .anchors import month_year, ref_date, ref_year, weekday_date
from .grammar import COMPONENTS, FILLER
from .model import Context, Timex
from .timex_format import clock, placeholder
from .vocabulary import DAYPARTS, MONTHS, ORDINALS, WEEKDAYS


def read_components(text: str) -> dict | None:
    """The components of `text`, or None when some words are left over."""
    found: dict = {}
    taken = [False] * len(text)
    for name, rx in COMPONENTS:
        for m in rx.finditer(text):
            s, e = m.span()
            if e == s or any(taken[s:e]):
                continue
            # whole words only
            if s > 0 and text[s - 1].isalnum() or e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
                continue
            if name in found:
                return None  # two of a kind: a list or range, not one date
            found[name] = m
            for i in range(s, e):
                taken[i] = True
    if not found:
        return None
    rest = "".join(" " if t else c for c, t in zip(text, taken))
    leftovers = re.sub(r"\s+", " ", rest).strip()
    if leftovers and not all(FILLER.match(w) for w in leftovers.split(" ")):
        return None
    if re.search(r"\b(?:this|last|early|late)\b", leftovers):
        return None  # "last May", "this Friday": handled by the relative rules
    return found


def day_number(s: str) -> int:
    return ORDINALS[s] if s in ORDINALS else int(re.match(r"\d+", s).group())


def year_from(m: re.Match) -> int:
    if m.group("y"):
        return int(m.group("y"))
    yy = int(m.group("yy"))
    return 1900 + yy if yy >= 30 else 2000 + yy


def from_components(c: dict, ctx: Context) -> Timex | None:
    dct = ctx.dct
    year = month = day = None
    d: date | None = None
    anchored = None
    grain = None
    if "iso" in c:
        m = c["iso"]
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    elif "numeric" in c:
        m = c["numeric"]
        y = int(m["y"])
        year = y if y > 99 else (1900 + y if y >= 30 else 2000 + y)
        month, day = numeric_order(year, int(m["m"]), int(m["d"]), dct)
    else:
        for key in ("monthday", "daymonth", "month"):
            if key in c:
                month = MONTHS[c[key]["month"]]
                if key != "month":
                    day = day_number(c[key]["day"])
                break
        if "year" in c:
            year = year_from(c["year"])
        elif "relyear" in c:
            rel = c["relyear"]["rel"]
            base = dct.year if dct else None
            if rel in ("the previous", "the following", "the same"):
                base = ref_year(ctx) or base
                anchored = "ref"
            else:
                anchored = "dct"
            if base is None and ctx.year is not None:
                base, anchored = ctx.year, "implied"
            if base is None:
                return Timex(placeholder(month, day), "month" if day is None else "day", anchored=None)
            year = base + {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel, 0)
    if month is not None and not (1 <= month <= 12):
        return None
    # relative day words and weekdays
    if "relday" in c:
        if dct is None:
            return Timex("XXXX-XX-XX", "day")
        rel = c["relday"]["rel"]
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}.get(rel, 0)
        d = dct + timedelta(days=offset)
        anchored = "dct"
        part = {"tonight": "NI", "last night": "NI", "this morning": "MO", "this afternoon": "AF",
                "this evening": "EV"}.get(rel)
        if part and "daypart" not in c and "time" not in c:
            if rel == "tonight":
                return Timex(d.isoformat(), "day", anchored=anchored)
            return Timex(f"{d.isoformat()}T{part}", "day", anchored=anchored)
    elif month is not None and day is not None:
        if year is None:
            year = month_year(month, day, ctx)
            anchored = "dct"
        if year is None:
            return Timex(placeholder(month, day), "day")
        try:
            d = date(year, month, day)
        except ValueError:
            return None
    elif "weekday" in c and month is None and year is None:
        wd = WEEKDAYS[c["weekday"]["weekday"]]
        d = weekday_date(wd, ctx)
        anchored = "dct"
        if d is None:
            return Timex("XXXX-WXX-" + str(wd + 1), "day")
    elif "time" in c and month is None and year is None:
        # a clock time alone is on the day the text is telling of, else the publication day
        d = ref_date(ctx.ref.value) if ctx.ref and ctx.ref.grain == "day" else None
        anchored = "ref" if d else "dct"
        d = d or dct
        if d is None:  # the day is unknown, the hour is not
            return Timex("XXXX-XX-XXT" + clock(c["time"]), "day")
    if d is not None:
        value = d.isoformat()
        grain = "day"
        if "time" in c:
            value += "T" + clock(c["time"])
        elif "daypart" in c and not ("weekday" in c and DAYPARTS[c["daypart"]["part"]] == "NI"):
            # "Friday night" is Friday in most news usage; "Friday morning" keeps its part
            value += "T" + DAYPARTS[c["daypart"]["part"]]
        return Timex(value, grain, anchored=anchored)
    if "time" in c or "daypart" in c or "weekday" in c:
        return None
    if month is not None:
        if year is None:
            year = month_year(month, None, ctx)
            anchored = "dct"
        if year is None:
            return Timex(f"XXXX-{month:02d}", "month")
        return Timex(f"{year:04d}-{month:02d}", "month", anchored=anchored)
    if year is not None:
        return Timex(f"{year:04d}", "year", anchored=anchored)
    return None


def numeric_order(year: int, a: int, b: int, dct: date | None) -> tuple[int, int]:
    """(month, day) of "a/b/year": month first (US) unless only day first is a valid date or,
    both being valid, day first lands nearer the publication date ("11/03/2025" in a text
    published 11 March 2025)."""
    def valid(mo: int, d: int) -> date | None:
        try:
            return date(year, mo, d)
        except ValueError:
            return None
    us, eu = valid(a, b), valid(b, a)
    if eu and (not us or dct and abs((eu - dct).days) < abs((us - dct).days)):
        return b, a
    return a, b

"""Numbers that belong to a date phrase and so are not also figures: the day range of
"20-30 January" / "January 20-30" or a list "14, 20 and 27 April", a clock time in 24-hour
digits ("at about 1900"), and the offset of "six years ago", "five days later"
(the dates component reads those as points in time; a duration figure would count them twice).
"Four months after X took office" stays a figure: it measures the time between two events,
which is what a fact-checker checks."""
from __future__ import annotations

import re

from ...nlp.clock_times import is_clock_pair

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?"
DAY_RANGES = re.compile(rf"(?=\d|[A-Z])(?:\b{_DAYS}\s?(?:-|–|to|and)\s?{_DAYS}\s+{_MONTH}\b"
                        rf"|\b{_MONTH}\s+{_DAYS}\s?(?:-|–)\s?{_DAYS}\b)")
# "on 14, 20 and 27 April", "April 14, 20 and 27": a list of days of one month
DAY_LISTS = re.compile(rf"(?=\d|[A-Z])(?:\b{_DAYS}(?:\s*,\s*{_DAYS})*\s*,?\s+(?:and|or|&)\s+{_DAYS}\s+{_MONTH}\b"
                       rf"|\b{_MONTH}\s+{_DAYS}(?:\s*,\s*{_DAYS})*\s*,?\s+(?:and|or|&)\s+{_DAYS}\b)")
# "shown at about 1900 on Sundays", "at 2230": a clock time in 24-hour digits after "at" (not
# "at 1500 metres", "at 2000 points": a plural noun or a unit after it makes it a measure)
CLOCK_TIMES = re.compile(r"\bat\s+(?:about|around|approximately|roughly|exactly|precisely|"
                         r"some|just after|just before)?\s*(?P<t>(?:[01]\d|2[0-3])[0-5]\d)\b"
                         r"(?![.,]\d|%|\s*(?:[a-z]+s\b|m\b|km\b|ft\b|feet\b|metres?\b))")
# "a curfew between 2200 and 0700", "from 1100 to 2300 hours": two 24-hour times (the dates
# component reads them); a span of years ("between 1990 and 1995") is left to the year rules
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
CLOCK_PAIRS = re.compile(rf"\b(?:between|from)\s+(?P<a>{_HHMM})\s*(?:and|to|until|till|-|–)\s*"
                         rf"(?P<b>{_HHMM})\b(?![.,]\d|%|\s*(?:[a-z]+s\b(?<!hours)|m\b|km\b|ft\b|feet\b|metres?\b))")
# what follows "six years" when it places an event in time rather than measuring it
_OFFSET_AFTER = re.compile(r"\s+(?:ago|later|earlier|previously|hence|on(?=\s*[,.;:)]))\b", re.I)


def day_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of "20-30 January", "January 20-30" and lists: "14, 20 and 27 April"."""
    return [m.span() for rx in (DAY_RANGES, DAY_LISTS) for m in rx.finditer(text)]


def is_clock_time(text: str, start: int, end: int) -> bool:
    """Whether the bare four digits at `start`:`end` are a time of day: "at about 1900 on
    Sundays", "between 2200 and 0700" (asked only of a number with no unit: "at 1115 pence" is a price)."""
    m = CLOCK_TIMES.search(text, max(0, start - 30), min(len(text), end + 12))
    while m is not None and m.start("t") < start:
        m = CLOCK_TIMES.search(text, m.end(), min(len(text), end + 12))
    if m is not None and m.span("t") == (start, end):
        return True
    pair = CLOCK_PAIRS.search(text, max(0, start - 30), min(len(text), end + 30))
    while pair is not None and pair.end() <= start:
        pair = CLOCK_PAIRS.search(text, pair.end(), min(len(text), end + 30))
    if pair is None or (start, end) not in (pair.span("a"), pair.span("b")):
        return False
    hours = re.match(r"\s*(?:hours|hrs)\b", text[pair.end():pair.end() + 7]) is not None
    return is_clock_pair(pair["a"], pair["b"], text[max(0, pair.start() - 40):pair.start()], hours)


def is_offset(text: str, start: int, end: int) -> bool:
    """Whether the duration at `start`:`end` is the offset of a date: "six years ago", "five
    days later" (but not "three weeks after the storm", a span between two events)."""
    return _OFFSET_AFTER.match(text, end) is not None


# "between 12 and 8 p.m.", "from 9 to 11am": the first hour of a pair whose second is a clock time
_CLOCK_PARTNER = re.compile(r"[^\S\n]*(?:and|to|until|till|-|–)[^\S\n]*\d{1,2}(?:[:.]\d\d)?[^\S\n]?"
                            r"(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)")


def before_clock(text: str, end: int) -> bool:
    """Whether the bare hour ending at `end` opens a pair of clock times ("between 12 and 8
    p.m."): it is a time of day like its partner, not a count."""
    return _CLOCK_PARTNER.match(text, end) is not None and re.search(r"(?<![\d.,])(?:[1-9]|1[0-2])$", text[max(0, end - 3):end]) is not None

"""Numbers that belong to a date phrase and so are not also figures: the day range of
"20-30 January" / "January 20-30", and the offset of "six years ago", "five days later"
(the dates component reads those as points in time; a duration figure would count them twice).
"Four months after X took office" stays a figure: it measures the time between two events,
which is what a fact-checker checks."""
from __future__ import annotations

import re

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?"
DAY_RANGES = re.compile(rf"(?=\d|[A-Z])(?:\b{_DAYS}\s?(?:-|–|to|and)\s?{_DAYS}\s+{_MONTH}\b"
                        rf"|\b{_MONTH}\s+{_DAYS}\s?(?:-|–)\s?{_DAYS}\b)")
# what follows "six years" when it places an event in time rather than measuring it
_OFFSET_AFTER = re.compile(r"\s+(?:ago|later|earlier|previously|hence|on(?=\s*[,.;:)]))\b", re.I)


def day_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of "20-30 January" and "January 20-30"."""
    return [m.span() for m in DAY_RANGES.finditer(text)]


def is_offset(text: str, start: int, end: int) -> bool:
    """Whether the duration at `start`:`end` is the offset of a date: "six years ago", "five
    days later" (but not "three weeks after the storm", a span between two events)."""
    return _OFFSET_AFTER.match(text, end) is not None

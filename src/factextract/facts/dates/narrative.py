"""The narrative's own time: relative words counted from the date a passage is telling of, not
from the publication date.

News tells events of a stated day and then goes on in relative words: "on Dec. 18, a Wednesday"
(the weekday in apposition IS that date), "the next morning", "the following evening" (the day
after the one told), "last October" where the passage has just said "last year" (that year's
October). A bare weekday is NOT moved to a stated day's week: in news "said Monday" is the
publication's week even after a paragraph about an older date (tried on TimeML: 20 of 21 such
moves were wrong). Each rule reads only the date the text last mentioned (`ctx.ref`) and how far
back it was said (`ctx.ref_at`, characters): a date said long before no longer anchors anything.
"""
from __future__ import annotations

import re
from datetime import timedelta

from spacy.tokens import Span

from .anchors import ref_date
from .model import Context, Timex
from .vocabulary import DAYPARTS, WEEKDAYS

# a stated date anchors the relative words of the same passage only: a few sentences on
PASSAGE_REACH = 600
THE_NEXT = re.compile(r"(?:the )?(?P<rel>next|following|previous) (?P<part>day|morning|afternoon|evening|night)")
APPOSITION_LEAD = frozenset({"a", "which", "was"})


def _near(ctx: Context) -> bool:
    """The last date was said in the same passage (or, positions unknown, is taken to be)."""
    if ctx.ref_at is None or ctx.at is None:
        return ctx.ref is not None
    return 0 <= ctx.at - ctx.ref_at <= PASSAGE_REACH


def next_part(m: re.Match, ctx: Context) -> Timex | None:
    """ "the next day", "the following morning", "the previous evening": the day before/after the
    one the passage tells of. With no such day said nearby the phrase refers to nothing a
    reader can check ("I lay out my clothes for the next day"): no date."""
    base = ref_date(ctx.ref.value) if ctx.ref is not None and ctx.ref.grain == "day" else None
    if base is None or not _near(ctx):
        return None
    d = base + timedelta(days=-1 if m["rel"] == "previous" else 1)
    part = DAYPARTS.get(m["part"])
    if part == "NI":
        part = None   # "the next night" is that day, as "Friday night" is Friday
    return Timex(d.isoformat() + (f"T{part}" if part else ""), "day", anchored="ref")


def apposed_weekday(span: Span, facts: list) -> Timex | None:
    """ "on Dec. 18, a Wednesday": a weekday set after a comma and "a" beside a stated date
    names that date (when the weekday agrees with it)."""
    words = [t.lower_.rstrip(".") for t in span]
    if len(words) != 1 or words[0] not in WEEKDAYS or not facts:
        return None
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in APPOSITION_LEAD:
        i -= 1
    if i == span.start - 1 or i < 0 or doc[i].text != ",":
        return None
    last = facts[-1]
    d = ref_date(last.value)
    if d is None or last.end != doc[i].idx or d.weekday() != WEEKDAYS[words[0]]:
        return None
    return Timex(d.isoformat(), "day", anchored="ref")


def told_last_year(month: int, ctx: Context) -> int | None:
    """ "last October" just after "last year": October of that year, even when October of this
    year is already past (the passage has set the year)."""
    if ctx.dct is None or ctx.ref is None or ctx.ref.grain != "year" or not _near(ctx):
        return None
    if ctx.ref.value == f"{ctx.dct.year - 1:04d}" and ctx.ref.anchored == "dct":
        return ctx.dct.year - 1
    return None


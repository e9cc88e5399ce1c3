"""A month followed by a count: "In January 25 people were jailed", "In March 300 workers
walked out". News copy drops the comma after a fronted month, so "January 25" reads as a day;
when the number is followed by a plural noun (the thing counted) it counts that noun and the
date is the month alone. "on June 24 and 25", "January 25, 2005" and "May 5 at noon" keep
their day, and so does "the August 7 bombings" (a date modifying its noun): only a month after
"in", "during", "since" ... with a plural noun right after its number is cut.
"""
from __future__ import annotations

from spacy.tokens import Span

from .model import Timex

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# a fronted month of a clause: "In January 25 people ..."; "the August 7 bombings" (a date
# modifying its noun) and "on May 5" (a day) are left alone
_FRONTING = frozenset({"in", "during", "since", "until", "through", "throughout", "by"})


def counted_after_day(span: Span, tx: Timex) -> Span | None:
    """The month alone when the day number of "Month N" counts the plural noun after it."""
    if tx.grain != "day" or len(span) != 2 or not span[-1].like_num or not span[-1].text.isdigit():
        return None
    doc = span.doc
    if not span[0].is_title or span.start == 0 or doc[span.start - 1].lower_ not in _FRONTING:
        return None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.tag_ not in _PLURAL_TAGS or not nxt.is_lower:
        return None
    return span[:1]

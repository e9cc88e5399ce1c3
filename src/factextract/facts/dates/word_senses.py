"""Date words used in another sense: "fall" as a drop ("predicts this fall from 2.1%", "this
fall in prices") and "to this day" (still, up to now).

"This fall" is an American season; followed by "from", "of" or "in" + a common noun it is
the noun of a decline, which business copy uses far more ("this fall in sales"). "To this day"
names no day: it means "still", a vague present (PRESENT_REF), as "even today" does.
"""
from __future__ import annotations

from spacy.tokens import Span

from .model import Timex

PRESENT = Timex("PRESENT_REF", None)
_DECLINE_AFTER = frozenset({"from", "of", "in"})


def fall_as_decline(span: Span) -> bool:
    """ "this fall from the current level": the noun of a decline, no season."""
    if span[-1].lower_ != "fall":
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.lower_ not in _DECLINE_AFTER:
        return False
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt.lower_ == "in":   # "this fall in sales", not "last fall in his home", "this fall in New York"
        return after is not None and after.pos_ == "NOUN"
    return True


def still_now(span: Span, tx: Timex) -> Timex:
    """ "to this day": PRESENT_REF (vague) instead of a day a reader would check."""
    words = [t.lower_ for t in span]
    if words == ["this", "day"] and span.start > 0 and span.doc[span.start - 1].lower_ == "to":
        return PRESENT
    return tx

""""today" meaning nowadays, not the day of the article: "the web of today", "half of today's
levels", "today's gamers", "even today", "different today than ten years ago". Read as
PRESENT_REF (vague: no checkable day), as TimeML does, instead of a day a reader would check.

Cues, on the words around the span only: "of today" after a noun; "today's" before a plural
noun that is not an event of the day (`patterns/dates/today_event_nouns.txt`: "today's talks"
stay that day); "even today", "alive today"; a comparison with "than" right around it.
"""
from __future__ import annotations

from spacy.tokens import Span

from ...nlp.resources import load_wordlist
from .model import Timex

PRESENT = Timex("PRESENT_REF", None)
# the words that may stand between "than" and "today": "than it is today", "than they were today"
COMPARED = frozenset("it they he she we you there this that is are was were do does did 's ever".split())


def _generic(span: Span) -> bool:
    doc = span.doc
    words = [t.lower_ for t in span]
    if words not in (["today"], ["today", "'s"], ["today", "’s"], ["today's"]):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    prev2 = doc[span.start - 2] if span.start > 1 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    possessive = len(words) > 1 or (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"))
    if not possessive and prev is not None and prev.lower_ == "of" and prev2 is not None \
            and prev2.pos_ in ("NOUN", "PROPN"):
        return True  # "the people of today" (not "the victor of today's auction")
    if prev is not None and prev.lower_ in ("even", "alive"):
        return True  # "even today", "if he were alive today"
    if nxt is not None and nxt.lower_ in ("'s", "’s"):
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if possessive and nxt is not None:
        head = nxt
        while head.i + 1 < len(doc) and head.pos_ in ("ADJ", "NOUN", "PROPN") and doc[head.i + 1].pos_ == "NOUN":
            head = doc[head.i + 1]  # "today's international stars": the last noun
        if head.tag_ in ("NNS", "NNPS") and head.lower_ not in load_wordlist("dates/today_event_nouns.txt"):
            return True
    if nxt is not None and nxt.lower_ == "than":
        return True  # "seems far more crowded today than it was"
    for i in range(span.start - 1, max(-1, span.start - 5), -1):  # "stronger than it is today"
        if doc[i].lower_ == "than":
            return True
        if doc[i].lower_ not in COMPARED:
            return False
    return False


def present_today(span: Span, tx: Timex) -> Timex:
    """PRESENT_REF for a "today" that means nowadays; `tx` otherwise."""
    if tx.grain == "day" and span[0].lower_ == "today" and _generic(span):
        return PRESENT
    return tx

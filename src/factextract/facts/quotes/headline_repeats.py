"""A headline's quoted words that the body quotes again from the same speaker are one quote,
listed once: "Marsh 'ready to go' before vote" over "Mr Marsh said he was “ready to go”".

Why its own module: a headline quotes a few words the story then gives in full, in context;
the record listed both, and a reader counts the headline's copy a duplicate of the body's.
Read narrowly: the headline quote's words (case and punctuation aside) occur as whole words
inside a body quote of the same speaker; the body's quote is kept, the headline's dropped.
Words the body gives to somebody else, or not at all, stay (headline_terms.py and the
component decide those).
"""
from __future__ import annotations

from .headline_terms import plain_words
from ...records import Quote


def repeated_in_body(rec: Quote, quotes: list[Quote]) -> bool:
    """Does a body quote (after the headline quote `rec`) of the same speaker hold its words?"""
    words = plain_words(rec.text)
    if not words or rec.speaker is None:
        return False
    return any(other.start > rec.end and other is not rec and other.speaker == rec.speaker
               and other.kind != "scare" and f" {words} " in f" {plain_words(other.text)} "
               for other in quotes)


def drop_repeats(headline: list[Quote], quotes: list[Quote]) -> list[Quote]:
    """`quotes` without the headline quotes (of `headline`) that the body repeats."""
    repeats = [rec for rec in headline if repeated_in_body(rec, quotes)]
    return [rec for rec in quotes if not any(rec is r for r in repeats)]

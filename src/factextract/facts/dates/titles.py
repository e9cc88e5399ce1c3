"""A date phrase that is a title: "ITV's This Morning", "on This Morning", "Ant & Dec's Saturday
Night Takeaway", "the Sunday Morning programme". A date written in mid-sentence with a word
capitalised that prose writes in lower case ("This", "Night") is part of a name when the name
goes on in capitals, is a channel's or presenter's ("ITV's"), or is followed by a programme
word. A weekday or month alone is capitalised anyway and is left to the other checks; the
relative days alone ("Radio 4's Today programme") are filters.programme_name's.
"""
from __future__ import annotations

from spacy.tokens import Span

from ...nlp.resources import load_wordlist


def title_phrase(span: Span) -> bool:
    """True when the span is (part of) the title of a programme, show or paper."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or span.start == 0 or not all(t.is_title for t in words):
        return False
    if not any(t.lower_ in load_wordlist("dates/title_words.txt") for t in words[1:]) \
            and words[0].lower_ not in ("this", "last", "next"):
        return False
    doc = span.doc
    prev = doc[span.start - 1]
    if not (prev.is_alpha or prev.lower_ in ("'s", "’s")) or prev.is_sent_end or span[0].is_sent_start:
        return False   # a sentence's or a headline's first words are capitalised anyway
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev.lower_ in ("'s", "’s") or words[0].lower_ in ("this", "last", "next"):
        return True    # "ITV's This Morning", "appeared on This Morning"
    return nxt is not None and ((nxt.is_title and nxt.is_alpha) or nxt.lower_ in load_wordlist("dates/programme_words.txt"))

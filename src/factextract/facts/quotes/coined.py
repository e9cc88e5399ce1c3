"""An “always on” connection, an increasingly “must-have” buy: a coined modifier in quotes.

Why its own module: terms.TermTest.noun_modifier takes one or two quoted words before a noun
when the parse makes them a noun's modifier; coined compounds ("must-have", "always on",
"plug-and-play") parse badly (an adverb and a preposition, a verb) and slip through, and with
"according to Gartner" around them they got Gartner as a speaker. The shape decides: a
hyphenated word or two words, with no adjective among them (an evaluative "hugely
disappointing" result stays the speaker's), between "a/an/the" or an adverb and the noun they
qualify. Nobody said them; the reporter holds a label at arm's length.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .marks import Quoted

_ARTICLES = ("a", "an", "the")


def _token_at(doc: Doc, at: int):
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def coined_modifier(doc: Doc, text: str, q: Quoted) -> bool:
    """Is `q` a coined modifier between an article or adverb and its noun (module doc)?"""
    if q.headline or q.close_at is None:
        return False
    words = text[q.start:q.end].split()
    if not words or len(words) > 2 or (len(words) == 1 and "-" not in words[0]):
        return False
    if not all(w.replace("-", "").isalpha() and w[:1].islower() for w in words):
        return False
    inner = doc.char_span(q.start, q.end, alignment_mode="expand")
    if inner is None or len(words) == 2 and any(t.pos_ == "ADJ" for t in inner):
        return False     # “hugely disappointing” results: someone's verdict
    before = text[max(0, q.open_at - 30):q.open_at].split()
    if not before:
        return False
    last = before[-1].lower()
    if last not in _ARTICLES and not (last.endswith("ly") and last.isalpha()):
        return False
    following = text[q.close_at:].lstrip("\"'”’ ")[:40].split()
    if not following:
        return False
    nxt = following[0]
    if not nxt[:1].islower() or not nxt.rstrip(".,;:").replace("-", "").isalpha():
        return False
    tok = _token_at(doc, text.index(nxt, q.close_at))
    return tok is not None and (tok.pos_ in ("NOUN", "ADJ") or nxt[-1:] in (".", ",", ";"))

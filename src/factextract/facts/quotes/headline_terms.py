"""A headline's quoted noun modifier that the body never quotes, or quotes only as a term: a
label, not anybody's words.

Why its own module: headlines put marks round a word that names a thing ("Papers chase key
‘witness’ diaries", "Studio sues ‘Falcon’ downloaders"); terms.TermTest leaves headlines alone
because a headline's quoted word is most often a speaker's ("Local radio in a ‘zombie’
phase" over a body quote "… stuck in some zombie phase"). The body decides: when no body quote
holds the headline's words, nobody is reported saying them and the noun modifier is a label.
"""
from __future__ import annotations

from ...records import Quote
from .work_titles import WORD as _WORD


def plain_words(text: str) -> str:
    """A quote's words, lower-cased, punctuation gone: copies of one quote compare equal."""
    return " ".join(_WORD.findall(text.lower()))


def unquoted_in_body(rec: Quote, quotes: list[Quote]) -> bool:
    """Does no quote after the headline hold the words of headline quote `rec`?"""
    words = plain_words(rec.text)
    if not words:
        return False
    return not any(f" {words} " in f" {plain_words(other.text)} " for other in quotes
                   if other.start > rec.end and other is not rec)


def term_in_body(rec: Quote, quotes: list[Quote]) -> bool:
    """Does the body put the headline's words in marks only as a term ("Tory ‘stalking horse’
    Meyer dies" over "that failed “stalking horse” leadership challenge")? `quotes` still
    holds the body's terms, marked "scare"; the headline's words are a label too, whatever
    name stands next to them."""
    words = plain_words(rec.text)
    if not words:
        return False
    body = [other for other in quotes if other.start > rec.end and other is not rec]
    holding = [other for other in body if f" {words} " in f" {plain_words(other.text)} "]
    return bool(holding) and all(other.kind == "scare" and plain_words(other.text) == words for other in holding)

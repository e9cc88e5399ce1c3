"""Which title a person holds, with the words that qualify it, and whether a description
by an office fits it.

Why its own module: "Deputy Prime Minister John Prescott" gives him the post word "minister",
and a bare post word would let "the prime minister said" go to him; "Shadow Chancellor Oliver
Letwin" is not "the chancellor". A title is kept with its modifiers (lower-cased words right
before the post word in the same title: "prime", "deputy", "foreign"); a description fits a
title when every modifier of the description is among the title's and every qualifier of the
title ("deputy", "shadow", "former" ...: patterns/quotes/office_qualifiers.txt) is among the
description's.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.resources import load_wordlist

_QUALIFIERS: frozenset[str] | None = None


def qualifiers() -> frozenset[str]:
    global _QUALIFIERS
    if _QUALIFIERS is None:
        _QUALIFIERS = frozenset(w.lower() for w in load_wordlist("quotes/office_qualifiers.txt"))
    return _QUALIFIERS


def title_modifiers(doc, title_i: int, lo: int) -> frozenset[str]:
    """The words of a capitalised title before its post word doc[title_i], back to token lo
    ("Deputy Prime Minister" -> {deputy, prime}); a hyphenated "Ex-" counts as "ex"."""
    out = set()
    j = title_i - 1
    while j >= lo and j >= title_i - 3:
        t = doc[j]
        if t.is_punct and t.text != "-":
            break
        if t.text != "-":
            out.add(t.lower_.rstrip("-"))
        j -= 1
    return frozenset(out)


def description_modifiers(tok: Token) -> frozenset[str]:
    """The modifiers of a description's post word: "the shadow chancellor" -> {shadow}."""
    return frozenset(c.lower_ for c in tok.children
                     if c.dep_ in ("amod", "compound") and c.i < tok.i and c.is_alpha and c.text.islower())


def proper_modifiers(tok: Token) -> frozenset[str]:
    """The capitalised qualifiers of a lower-case post word, lower-cased: "the Metropolitan
    police chief" -> {metropolitan}; they tell apart two people given the same post."""
    if not tok.text.islower():
        return frozenset()
    return frozenset(c.lower_ for c in tok.children
                     if c.dep_ in ("amod", "compound") and c.i < tok.i and c.is_alpha and c.text[:1].isupper()
                     and c.i > tok.sent.start)


def fits(held: frozenset[str], wanted: frozenset[str]) -> bool:
    """Does a title with modifiers `held` answer a description with modifiers `wanted`?"""
    q = qualifiers()
    return wanted <= held and (held & q) <= wanted

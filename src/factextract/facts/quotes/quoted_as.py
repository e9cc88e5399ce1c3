"""“X was quoted by the paper as saying …” / “the paper quoted X as saying …”: X speaks.

Why its own module: the parse makes the paper the subject (or the passive's agent) of
"quoted", and the usual rules then give the quote to the paper - a source that only passed
the words on. The person quoted is the object of the active verb or the subject of the
passive one, whichever verb of the pair ("quoted", "saying") the attribution landed on.
"""
from __future__ import annotations

from spacy.tokens import Token

from .spans import QuotedSpans

# verbs that pass on someone else's words: "quoted X as saying", "cited X as saying"
_PASSING_ON = frozenset({"quote", "cite"})
_SPEAKER_POS = ("PROPN", "NOUN", "PRON")


def quoted_person(verb: Token, quoted: QuotedSpans) -> Token | None:
    """The person a "quoted … as saying" construction quotes, or None when `verb` is in none."""
    passing = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        passing = verb.head.head      # "saying" -> "as" -> "quoted"
    if passing.lemma_.lower() not in _PASSING_ON:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in passing.children):
        return None     # "cited his remarks as “Miss Piggy”": no "as saying", the citer's words
    for c in passing.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in _SPEAKER_POS and not quoted.covers(c.idx):
            return c
    return None

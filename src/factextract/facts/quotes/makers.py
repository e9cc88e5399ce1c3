"""“…,” said a Farnley Trust statement: a document whose maker stands inside its own noun phrase.

Why its own module: a document or message noun (patterns/quotes/document_nouns.txt: "the
statement", "a letter", "the report") cannot speak; the words are its maker's. authors.py reads
a maker written after the noun ("a letter from X", "the book by X"); this reads one written
before it, as a name modifying the noun ("a CAS statement", "the Halifax survey") or as its
possessor ("the union's letter", "her lawsuit"). Only a maker that names an entity of the
article counts: "a parliamentary report", "the Commons motion" keep the noun as it is.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.resources import load_wordlist
from .spans import QuotedSpans

# modifiers that can name who made a document: a name before it, or its possessor
_MAKER_DEPS = ("compound", "poss", "nmod")
# a place or a time before the noun is where or when, not who ("a London letter")
_NOT_MAKERS = ("GPE", "LOC", "FAC", "DATE", "TIME", "NORP")


def is_document(tok: Token) -> bool:
    """Is `tok` a document or message noun (patterns/quotes/document_nouns.txt)?"""
    nouns = load_wordlist("quotes/document_nouns.txt")
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)


def makers_before(tok: Token, quoted: QuotedSpans) -> list[Token]:
    """Tokens before the document noun `tok` that may name its maker, nearest first: the last
    word of a name compounded onto it ("a Capital Economics statement" -> Economics) or its
    possessor ("Acme's letter" -> Acme, "her lawsuit" -> her)."""
    if not is_document(tok):
        return []
    found = []
    for child in tok.lefts:
        if child.dep_ not in _MAKER_DEPS or quoted.covers(child.idx) or child.ent_type_ in _NOT_MAKERS:
            continue
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "PRON", "NOUN") \
                or child.pos_ == "PROPN" and child.text[:1].isupper():
            found.append(child)
    return sorted(found, key=lambda t: -t.i)

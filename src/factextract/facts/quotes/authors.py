"""“The book by journalist Ann Lee said …”: a document with its author named speaks as the author.

Why its own module: a document noun ("the book", "the report", "the documentary") that has
no name of its own is resolved like any description - to the subject just before it, which
handed a book's words to the politician the book was about. When the document's own phrase
names who made it ("by X", "a letter from the X Trust"), that maker is the one whose words
these are (a place after "from" is where it came from, not who wrote it).
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.resources import load_wordlist
from .spans import QuotedSpans

# "a letter from London", "a message from 2004": where or when, not who
_NOT_MAKERS = ("GPE", "LOC", "FAC", "DATE", "TIME")


def author_of(tok: Token, quoted: QuotedSpans) -> Token | None:
    """The head of "by X" / "from X" in the phrase of the document noun `tok`
    (patterns/quotes/document_nouns.txt), when it names somebody; else None."""
    if tok.lemma_.lower() not in load_wordlist("quotes/document_nouns.txt"):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from") and prep.i > tok.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not quoted.covers(obj.idx) \
                        and not (prep.lower_ == "from" and obj.ent_type_ in _NOT_MAKERS):
                    return obj
    return None

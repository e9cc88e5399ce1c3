"""“the China Daily newspaper said”: a description that carries its own body's name.

Why its own module: "the newspaper" alone refers back to a body named before, but "the
China Daily newspaper", "the Acme group" name the body in the description itself (proper
nouns compounded onto the kind noun). Resolving such a description like a bare "the
newspaper" handed the quote to another organisation of the article (a tobacco firm the
paper wrote about); the speaker is the body named inside it - its entity when the article
knows it, else the description as written.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.extensions import doc_text
from .known import KnownEntities, Speaker
from .spans import QuotedSpans


def own_name(tok: Token, entities: KnownEntities, quoted: QuotedSpans,
             phrase: tuple[int, int]) -> Speaker | None:
    """The body named by proper nouns compounded before the kind noun `tok` (a description of
    kind "organisation"), as a speaker: its entity, else the description as written (text
    `phrase`); None when the description has no such name."""
    phrase_text = doc_text(tok.doc)[phrase[0]:phrase[1]]
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i
             and not quoted.covers(c.idx)]
    if not names:
        return None
    first = min(t.i for n in names for t in n.subtree)
    last = max(n.i for n in names)
    span = tok.doc[first:last + 1]
    if any(t.is_punct or t.pos_ not in ("PROPN", "DET") for t in span):
        return None
    while len(span) and span[0].pos_ == "DET":
        span = span[1:]
    if not len(span):
        return None
    hit = entities.mention_at(span.start_char, span.end_char)
    if hit is not None and hit[2].type != "places":
        return Speaker(hit[2].entity.name, hit[0], hit[1], hit[2].entity)
    if hit is not None:
        return None     # "the Japan company": a place names no one body
    return Speaker(phrase_text, phrase[0], phrase[1])

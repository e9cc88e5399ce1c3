"""“…,” the Russian president said - three sentences after "Mr Putin said": an office still
means the last speaker when nobody else has come forward since.

Why its own module: descriptions.py gives an office nobody was given ("the president", "the
Warriors chief") only to the speaker of a quote at most two sentences back, because an office
noun alone says little about who holds it. Reporters often put a sentence or two of their own
between ("Lindsay also said he understood why … “…,” said the Warriors chief"); what makes
the last speaker still the one meant is that no other person has been the subject of a
clause since. So the window may be longer (one paragraph break at most) when every person
named as a subject since that quote, outside quotation marks, is the speaker himself.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...nlp.extensions import doc_text
from .known import Known, KnownEntities
from .spans import QuotedSpans

# how many sentences back the last speaker may be when nobody else came forward
MAX_SENTENCES = 5
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_BREAK = re.compile(r"\n+")


def still_speaking(tok: Token, last: tuple[int, Known], entities: KnownEntities,
                   quoted: QuotedSpans, sentences_between: int) -> bool:
    """May the office description `tok` mean `last` (offset of the last quote, its speaker)
    although the quote is more than two sentences back? Only when it is at most MAX_SENTENCES
    back, at most one paragraph break lies between, and no other person or body is the
    subject of a clause between (outside quotes)."""
    offset, who = last
    if sentences_between > MAX_SENTENCES:
        return False
    doc = tok.doc
    text = doc_text(doc)
    if len(_BREAK.findall(text, offset, tok.idx)) > 1:
        return False
    for s, e, k in entities.mentions:
        if s <= offset:
            continue
        if s >= tok.idx:
            break
        if k is who or quoted.covers(s) or k.type == "places":
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span) and span.root.dep_ in _SUBJECT_DEPS:
            return False    # someone else came forward
    return True

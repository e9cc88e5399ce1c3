"""A definite description by a word the article wrote as a person's title right before the
name: "Producer Kevin Wallace said …. “…,” added the British producer" - Kevin Wallace.

Why its own module: some job words name a person and a company alike ("producer",
"publisher", "distributor"); the description search reads such a word as an organisation
noun and handed the quote to the organisation the article mentions most (a show's title the
entities took for a body). When the article itself put that very word before one person's
name, the description is that person. Read narrowly: one person only carries the word as a
title (the word right before a mention of the name, before the description), and the
description has no name of its own in it.
"""
from __future__ import annotations

from spacy.tokens import Token

from .known import Known, KnownEntities


def titled_person(tok: Token, text: str, entities: KnownEntities) -> Known | None:
    """The one person whose name the article wrote right after the word of description
    `tok` ("Producer Kevin Wallace" for "the British producer"), before `tok`; else None."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.text.islower():
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in tok.subtree if c.i != tok.i):
        return None     # "the BBC producer", "the band's producer": another body's
    words = {tok.lower_, tok.lemma_.lower()}
    found: dict[int, Known] = {}
    for s, _, k in entities.mentions:
        if s >= tok.idx:
            break
        if k.type != "people":
            continue
        before = text[max(0, s - 30):s].split()
        if before and before[-1].lower() in words:
            found[id(k)] = k
    return next(iter(found.values())) if len(found) == 1 else None

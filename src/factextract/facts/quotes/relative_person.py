"""“…”, said by "Arts, Heritage and Tourism Minister Fiona Raikes, who said": the person named
right before "who", when the parse hung the relative clause on a body earlier in the phrase.

Why its own module: "who said" goes to the head of the relative clause, and a list or a
title before a name ("Arts, Heritage and Tourism Minister Fiona Raikes") makes the parser
attach it to the first word of the list, a body; the quote came out as that body's. "who"
means a person: when the head resolves to no person of the record (a body, a place, a word
adopted as a name) and a person's name ends right before "who" (a comma between), that person
speaks.
"""
from __future__ import annotations

from spacy.tokens import Token

from .known import KnownEntities


def person_before_who(who: Token, entities: KnownEntities) -> tuple[int, int, object] | None:
    """The people mention ending right before the relative pronoun `who`, or None."""
    if who.lower_ not in ("who", "whom"):
        return None
    doc = who.doc
    i = who.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].pos_ != "PROPN":
        return None
    hit = entities.mention_at(doc[i].idx, doc[i].idx + len(doc[i].text))
    return hit if hit is not None and hit[2].type == "people" else None

"""A capitalised word the article used before only inside a title: no speaker's name.

Why its own module: when the entities list no one for a proper-noun subject, the resolver
adopts it as a name the entities missed ("Okafor said"). A word such as "Night", whose only
earlier uses were inside a quoted title ("Because the Night") or after "the" ("the Night"),
is a fragment of the name of a thing; a reader counts it as a wrong speaker.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .spans import QuotedSpans


def title_fragment(tok: Token, text: str, quoted: QuotedSpans) -> bool:
    """Is the proper noun `tok` (a lone word, no entity) used earlier only inside quotation
    marks or right after "the"? False when it has no earlier use (a new name), or when the
    subject itself has its article ("The Game, the rapper, told …")."""
    if tok.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat", "det") for c in tok.children):
        return False    # (a name said with its "The", "The Game told …", is one all along)
    seen = False
    for m in re.finditer(rf"\b{re.escape(tok.text)}\b", text[:tok.idx]):
        seen = True
        before = text[max(0, m.start() - 4):m.start()].lower()
        if not quoted.covers(m.start()) and not before.endswith("the "):
            return False
    return seen

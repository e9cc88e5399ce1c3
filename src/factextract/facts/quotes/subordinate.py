"""“His comments come as party chairman Liam Fox called him “…””: a subordinate clause's own subject.

Why its own module: a finite reporting verb in a clause opened by a conjunction ("as",
"while", "after" …) has a subject of its own, even when the parser hung it elsewhere (as the
object of "as"); borrowing the main clause's subject ("His comments") gives the quote to the
wrong speaker. A gerund ("…, while adding that …") has none and still borrows.
"""
from __future__ import annotations

from spacy.tokens import Token

from .spans import QuotedSpans

_FINITE = ("VBD", "VBZ", "VBP")


def subordinate_subject(verb: Token, quoted: QuotedSpans) -> Token | None | bool:
    """For a finite cue `verb` in an adverbial clause opened by a conjunction and with no
    subject of its own in the parse: the last name (a person or a body) between the
    conjunction and the verb, else None (nobody rather than the main clause's subject).
    False when the cue is no such clause, so the usual borrowing goes on."""
    if verb.dep_ != "advcl" or verb.tag_ not in _FINITE:
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if not marks:
        return False
    lo = marks[0].i
    for i in range(verb.i - 1, lo, -1):
        tok = verb.doc[i]
        if tok.ent_type_ in ("PERSON", "ORG") and not quoted.covers(tok.idx) and \
                (i + 1 >= verb.i or verb.doc[i + 1].ent_type_ != tok.ent_type_ or verb.doc[i + 1].ent_iob_ == "B"):
            return tok
    return None

"""A share of people polled is no speaker: "92% said they wanted “a straight answer”".

Why its own module: a poll's wording ("62% per cent said …", "a third of those asked said
…") is the question's, put to many people; the subject of the reporting verb is a figure,
not somebody who spoke the quoted words. A reader counts such a speaker wrong, so the quote
is left without one (and nobody else's voice fills it).
"""
from __future__ import annotations

from spacy.tokens import Token

_PERCENT = ("%", "percent", "per cent", "cent")


def is_share(tok: Token) -> bool:
    """Is the subject token `tok` a share of people ("92%", "62 per cent", "40 percent")?"""
    low = tok.lower_
    if low in _PERCENT and (tok.text.islower() or not tok.text.isalpha()):    # not "50 Cent"
        return True
    if tok.like_num and any(c.lower_ in _PERCENT for c in tok.children):
        return True
    return tok.like_num and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("%", "percent", "per")

"""Words nobody said: a reporting verb under "as if to" / "as though to" ("looking at each
other as if to say, “…”"), or "as if saying".

Why its own module: the cue is a real speech verb and its subject a real person, so every
other step attributes the quote; only the frame makes the words the writer's reading of a
look or a gesture. A reader counts such a quote as a non-quote.
"""
from __future__ import annotations

from spacy.tokens import Doc

_FRAMES = ({"as"}, {"if", "though"})


def imagined_cue(doc: Doc, cue_start: int | None) -> bool:
    """Does the reporting verb at character `cue_start` stand under "as if (to)" or "as though
    (to)"?"""
    if cue_start is None:
        return False
    span = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    i = span[0].i
    words = [t.lower_ for t in doc[max(0, i - 3):i]]
    if words and words[-1] == "to":
        words = words[:-1]
    return len(words) >= 2 and words[-2] in _FRAMES[0] and words[-1] in _FRAMES[1]

"""Quoted words that the cue's subject refuses: "Minister rebuts ‘charade’ claims".

Why its own module: a headline's "X denies/rejects/dismisses ‘…’" governs the quoted word
grammatically, yet the word is the accusers' - X is the one person who did not say it. The
headline's speaker is then left to the body (the person it says used the word) or to nobody.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...nlp.resources import load_wordlist
from .deps import SUBJECT_DEPS

def _denials() -> frozenset[str]:
    """patterns/quotes/denial_verbs.txt (loaded once: load_wordlist is cached)."""
    return load_wordlist("quotes/denial_verbs.txt")


def is_denial(doc: Doc, cue_start: int | None) -> bool:
    """Is the cue at `cue_start` a verb of refusing (rebut, deny, reject, dismiss …)? A
    headline's cue may be its subject (the first person it names): then the verb over it."""
    if cue_start is None:
        return False
    span = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    if tok.pos_ in ("PROPN", "NOUN") and tok.head.i != tok.i:
        while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
            tok = tok.head      # "Lord Falconer rebuts …": from the name to the verb over it
        tok = tok.head if tok.dep_ in SUBJECT_DEPS else tok
    return tok.lemma_.lower() in _denials()

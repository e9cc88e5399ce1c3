"""Quoted words that the cue's subject refuses: "Minister rebuts ‘charade’ claims".

Why its own module: a headline's "X denies/rejects/dismisses ‘…’" governs the quoted word
grammatically, yet the word is the accusers' - X is the one person who did not say it. The
headline's speaker is then left to the body (the person it says used the word) or to nobody.
In the body the same holds for a fragment inside what the subject denies or rejects ("Mr Lee
denied it was a “charade”", "she rejected calls to “pause”"): the critics' words, whom the
sentence does not name - not the subject's (but "dismissed it as “nonsense”" is his label,
and "denied it, saying “…”" his own words).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

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


# how a refused fragment hangs below the denial verb: in its clause or object, not through
# "as" (his label) or another verb's clause ("…, saying “…”")
_REFUSED_PATH = ("ccomp", "dobj", "pobj", "prep", "attr", "acomp", "xcomp", "acl", "amod",
                 "compound", "nsubj", "det", "advmod", "npadvmod", "oprd", "poss")


def refused_words(doc: Doc, start: int, end: int, cue_start: int | None, how: str | None,
                  speech_verbs: frozenset[str] | set[str]) -> bool:
    """Are the quoted words text[start:end], governed by the cue at `cue_start`, what that
    denial verb's subject refuses ("denied it amounted to a “crisis”")? Then the subject did
    not say them."""
    if how not in ("governs", "subject") or cue_start is None:
        return False    # "subject": the sentence's verb, when "reject" is no cue of its own
    inner = doc.char_span(start, end, alignment_mode="expand")
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if inner is None or cue is None or not len(inner) or not len(cue):
        return False
    denials = _denials()
    node: Token = inner.root
    for _ in range(10):
        head = node.head
        if head.i == node.i or node.dep_ not in _REFUSED_PATH:
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() in denials:
            # the first verb over the words refuses them ("hailed …, but denied he was “…”"),
            # unless it is an infinitive the speaker argues about ("saying it is wrong to deny
            # people … because of a “tiny minority”": his own words)
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                return False
            return not (node.dep_ == "prep" and node.lower_ == "as")
        if head.pos_ == "VERB" and head.lemma_.lower() in speech_verbs:
            return False    # "…, saying “…”", "denied he had said “…”": someone's own words
        node = head
    return False

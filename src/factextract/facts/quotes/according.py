"""“…,” according to X: the special shape where the speaker is the object of "according to".

Why its own module: no reporting verb is involved - "according" is found by its spelling, the
speaker is its object (or, in "according to a court filing by X", the filing's agent), and
an "according to" after a governed quote overrides the verb's subject as the outer source,
unless that subject names a person ("X called it “…,” according to the Times": X's words,
which the paper only reports).
"""
from __future__ import annotations

import bisect

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from .cues import Cues
from .spans import QuotedSpans

_ACCORDING = hash_string("according")


class AccordingTo:
    """Every "according to X" outside quotes of one doc, in text order, with X's token."""

    def __init__(self, doc: Doc, quoted: QuotedSpans, cues: Cues) -> None:
        self.quoted = quoted
        self.found: list[tuple[int, Token]] = []
        maybe = np.flatnonzero(doc.to_array(LOWER) == _ACCORDING).tolist() if len(doc) else []
        for i in maybe:
            tok = doc[i]
            if cues.is_cue(tok):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" and not quoted.covers(tok.idx):
                objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj" and not quoted.covers(c.idx)]
                if objs:
                    self.found.append((tok.idx, self._issuer(objs[0])))
        self._offsets = [i for i, _ in self.found]

    def _issuer(self, noun: Token) -> Token:
        """According to "a court filing by X" / "audio provided by X": X speaks."""
        for child in noun.children:
            if child.dep_ == "acl":
                for agent in child.children:
                    if agent.dep_ == "agent":
                        objs = [c for c in agent.children if c.dep_ == "pobj"]
                        if objs and not self.quoted.covers(objs[0].idx):
                            return objs[0]
        return noun

    def first_in(self, lo: int, hi: int) -> tuple[int, Token] | None:
        """The first "according to X" in text[lo:hi]: its offset and X."""
        i = bisect.bisect_left(self._offsets, lo)
        if i < len(self.found) and self.found[i][0] < hi:
            return self.found[i]
        return None


# pronouns that stand for a person who speaks
_PERSONAL = {"he", "she", "i", "we"}


def names_a_person(subj: Token | None, quoted: QuotedSpans) -> bool:
    """Is the reporting verb's subject a person's name or a personal pronoun, outside quotes?
    Such a subject said the words itself; "according to" only names who reported them."""
    if subj is None or quoted.covers(subj.idx):
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in _PERSONAL
    return subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON"

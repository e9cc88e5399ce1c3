"""What a cue is (a reporting verb outside quotes) and where a doc's cues are.

Why its own module: every way of attributing a quote - the verb governing it, the nearest
verb of the paragraph, the verb before a colon - asks the same two questions; the doc's
cues are found once, in text order, on the token arrays.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

import numpy as np
from spacy.attrs import POS
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Token

from ...nlp.resources import load_wordlist
from .spans import QuotedSpans
from .weak_cue import aspectual

_CUE_POS = np.array([VERB, AUX], dtype="uint64")


@lru_cache(maxsize=1)
def _phrasal_cues() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The phrasal cues as (verb, particle) pairs and their verbs: built once, not per doc."""
    pairs = frozenset(tuple(line.split()) for line in load_wordlist("quotes/phrasal_cues.txt"))
    return pairs, frozenset(verb for verb, _ in pairs)


class Cues:
    """The reporting verbs (and phrasal cues such as "point out") of one doc, outside quotes."""

    def __init__(self, doc: Doc, text: str, quoted: QuotedSpans) -> None:
        self.doc = doc
        self.text = text
        self.quoted = quoted
        self.verbs = load_wordlist("quotes/reporting_verbs.txt")
        self.phrasal, self._phrasal_verbs = _phrasal_cues()
        self.objectless = load_wordlist("quotes/objectless_cues.txt")
        # only verbs and auxiliaries can be cues: found on the token array
        maybe = np.flatnonzero(np.isin(doc.to_array(POS), _CUE_POS)).tolist() if len(doc) else []
        self.tokens: list[Token] = [doc[i] for i in maybe if self.is_cue(doc[i])]
        self.offsets = [t.idx for t in self.tokens]

    def is_cue(self, tok: Token) -> bool:
        if tok.pos_ not in ("VERB", "AUX") or self.quoted.covers(tok.idx):
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.verbs:
            if aspectual(tok):
                return False    # "Airbus continues to lead …": no speech act
            # "so-called" is no speech act
            return not (lemma == "call" and tok.i >= 1 and self.doc[tok.i - 1].lower_ in ("so", "-")
                        and self.text[max(0, tok.idx - 4):tok.idx].lower().startswith("so"))
        if lemma in self.objectless:
            # "“…,” she shares with InStyle" - but "she shares her love with him" reports nothing
            return not any(c.dep_ in ("dobj", "ccomp", "xcomp") and not self.quoted.covers(c.idx)
                           for c in tok.children)
        return lemma in self._phrasal_verbs and any(
            c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in self.phrasal for c in tok.children)

    def between(self, lo: int, hi: int) -> list[Token]:
        """The cues starting in text[lo:hi], in text order."""
        return self.tokens[bisect.bisect_left(self.offsets, lo):bisect.bisect_left(self.offsets, hi)]

    def before(self, offset: int) -> list[Token]:
        """The cues starting before `offset`, in text order."""
        return self.tokens[:bisect.bisect_left(self.offsets, offset)]

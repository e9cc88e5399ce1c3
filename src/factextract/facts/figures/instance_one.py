""""One" that introduces an instance, not a count: "One reason is the weak dollar", "Reuters
quoted one trader as saying", "Listing would be one option", "One example was ...". A reader
does not check these as quantities; "just one option", "only one analyst", "at least one
example" still count (the adverb makes the number the claim).

Why apart from not_counts.py: a reading of the noun "one" modifies, from the parse and a word
list (`patterns/figures/instance_nouns.txt`), asked only of the word "one"."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ...nlp.resources import load_wordlist

# a word before "one" that makes it a count: "just one", "only one", "at least one", "than one"
_COUNT_CUE = re.compile(r"\b(?:just|only|exactly|single|least|most|than|but|merely|barely)\s+$", re.I)


def is_instance_one(span: Span, text: str, start: int) -> bool:
    """Whether "one" at `start` (the last token of `span`) introduces an instance of its noun."""
    tok = span[-1]
    if tok.lower_ != "one" or tok.dep_ != "nummod" or tok.head.i <= tok.i:
        return False
    if _COUNT_CUE.search(text[max(0, start - 12):start]):
        return False
    if any(c.dep_ == "cc" or c.dep_ == "conj" for c in tok.head.children) and \
            any(c.like_num for c in tok.head.subtree if c.i != tok.i):
        return False              # "one analyst and two traders": counted side by side
    return tok.head.lemma_.lower() in load_wordlist("figures/instance_nouns.txt") or \
        tok.head.lower_ in load_wordlist("figures/instance_nouns.txt")

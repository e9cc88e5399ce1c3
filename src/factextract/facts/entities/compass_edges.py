"""A lowercase compass word before a place: "in north-west London", "central Baghdad".

The model sometimes takes the compass word into its GPE span ("north-west London"); the span
then starts lowercase and the cleaner drops it as no name, so the place is lost. A lowercase
compass word (with its hyphen) is never part of a name; capitalised it is ("North Korea",
"West Bank") and stays. The words are data: patterns/entities/compass_words.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .proposal import Proposal
from .tokens import TokenView


def _compass() -> frozenset[str]:
    return load_wordlist("entities/compass_words.txt")


def trim_compass(v: TokenView, sp: Proposal) -> None:
    """Moves sp's start past lowercase compass words and the hyphens between them (in place)."""
    words = _compass()
    s = sp.s
    while s < sp.e - 1:
        tok = v.toks[s]
        if tok.is_lower and tok.lower_ in words or tok.text in ("-", "–"):
            s += 1
        else:
            break
    if s > sp.s and s < sp.e and v.toks[s].text[:1].isupper():
        sp.s = s

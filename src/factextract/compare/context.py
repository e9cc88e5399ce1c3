"""The words around a fact: what tells "236 defectors arrived last year" in one article and
"236 North Koreans arrived last year" in another apart from any other 236.

Comparison works on records and their texts, not on parsed documents, so sentences are found
with one regex pass per text and words are reduced with a crude suffix stemmer: cheap, and
the same on both sides of a comparison, which is all that matters here.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..nlp.resources import load_wordlist

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n")
_WORD = re.compile(r"[^\W_]+(?:[,.]\d+)*")
_SUFFIXES = ("ings", "ing", "ers", "ors", "er", "or", "ied", "ies", "ed", "es", "s", "e", "y")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return load_wordlist("compare/stopwords.txt")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """"defectors", "defected", "defect" -> "defect"; numbers lose their thousands commas."""
    w = word.casefold()
    if w[:1].isdigit():
        return w.replace(",", "")
    for suffix in _SUFFIXES:
        if suffix == "s" and w.endswith("ss"):
            break
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def stems(text: str) -> list[str]:
    """Content stems of a piece of text, in order, stopwords left out."""
    stop = stopwords()
    return [stem(w) for w in _WORD.findall(text)
            if (len(w) > 1 or w.isdigit()) and w.casefold() not in stop]


class Sentences:
    """Sentence boundaries of one text, found once, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The sentence (or sentences) that hold text[start:end]."""
        i = bisect_right(self.starts, start) - 1
        j = bisect_right(self.starts, max(start, end - 1))
        return self.starts[max(i, 0)], self.starts[j] if j < len(self.starts) else len(self.text)

    def context(self, start: int, end: int) -> frozenset[str]:
        """Stems of the fact's sentence, the fact's own words left out."""
        s, e = self.span(start, end)
        return frozenset(stems(self.text[s:start]) + stems(self.text[end:e]))

    def window(self, start: int, end: int, width: int = 5) -> frozenset[str]:
        """Stems of up to `width` words on each side of the fact, inside its sentence."""
        s, e = self.span(start, end)
        return frozenset(stems(self.text[s:start])[-width:] + stems(self.text[end:e])[:width])


def overlap(a: frozenset[str], b: frozenset[str]) -> tuple[int, float]:
    """Shared stems and the overlap coefficient (shared / smaller set): sentences of two
    outlets differ in length, so the shorter one decides."""
    if not a or not b:
        return 0, 0.0
    shared = len(a & b)
    return shared, shared / min(len(a), len(b))

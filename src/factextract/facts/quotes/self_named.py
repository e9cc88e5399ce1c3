"""A quote that speaks of its speaker in the third person is not that speaker's words.

Why its own module: "“Mr Tanner is a wonderful director,” ..." can come to Mr Tanner by a
carried-over speaker or a wrong antecedent, and no attribution step sees the quote's own
words. People do not call themselves "Mr Tanner" or "Anna Tanner": when the quoted words
name the person given as speaker by title and surname or by full name, that person is not
the speaker (organisations do name themselves - "Absa's board" - and are left alone).
"""
from __future__ import annotations

import re

from .known import KnownEntities
from .words import Vocab


def _bare_titles(vocab: Vocab) -> frozenset[str]:
    """The titles without their full stop ("mr." and "mr" alike)."""
    bare = getattr(vocab, "_bare_titles", None)
    if bare is None:
        bare = frozenset(t.rstrip(".") for t in vocab.titles)
        vocab._bare_titles = bare   # type: ignore[attr-defined]
    return bare


def names_speaker(quote: str, speaker: str, entities: KnownEntities, vocab: Vocab) -> bool:
    """Do the quoted words name `speaker`, a person of the article, in the third person:
    a title and the surname ("Mr Tanner"), or the whole name of two or more words?"""
    k = entities.latest_named(speaker)
    if k is None or k.type != "people":
        return False
    words = speaker.split()
    if len(words) >= 2 and re.search(r"(?<![\w-])" + re.escape(speaker) + r"(?![\w-])", quote):
        return True
    surname = words[-1]
    if len(surname) < 2 or not surname[:1].isupper():
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", quote):
        before = quote[:m.start()].split()
        if before and before[-1].lower().rstrip(".") in _bare_titles(vocab):
            return True
    return False

"""The “community quotas” would be reviewed: a quoted name as the subject of the reported clause.

Why its own module: a reporting verb before "the “community quotas” would be reviewed", "the
“MI6 agent” told him" makes the marked words look like a partial quote of the speaker. But a
compound made only of nouns, opened by "the" or a possessive outside the marks and standing as
the subject of a verb outside them, is the name of a thing the sentence goes on to talk about:
a scheme, a post, a label the media use. A speaker's phrase is a verdict or a clause of
theirs ("substantial progress" had been made, the "phenomenal ability" of games): it has an
adjective or a verb, or no determiner of the reporter's before it, and stays a quote. Not the
predicate of "call"/"become" either ("called it his “masochism strategy”": the speaker's own
name for it).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .marks import Quoted

MIN_WORDS = 2
MAX_WORDS = 4
_DETERMINERS = frozenset({"the", "its", "their"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _opened_by_determiner(text: str, q: Quoted) -> bool:
    """Does "the", "its", "their" or a possessive ("Labour's") stand right before the marks?"""
    before = text[max(0, q.open_at - 30):q.open_at]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1]
    return last.lower() in _DETERMINERS or last.endswith(("'s", "’s", "s'", "s’"))


def subject_name(doc: Doc, text: str, q: Quoted) -> bool:
    """Is `q` a noun-only name opened by the reporter's determiner and standing as the subject
    of a verb after it (module doc)?"""
    if q.headline or q.close_at is None:
        return False
    words = text[q.start:q.end].strip(" ,.;:!?")
    if not MIN_WORDS <= len(words.split()) <= MAX_WORDS or not _opened_by_determiner(text, q):
        return False
    inner = doc.char_span(q.start, q.start + len(words), alignment_mode="expand")
    if inner is None or not len(inner):
        return False
    if not all(t.pos_ in ("NOUN", "PROPN") for t in inner if not t.is_punct):
        return False     # an adjective, a verb, "of": someone's verdict or clause
    root = inner.root
    return root.dep_ in _SUBJECT_DEPS and root.head.i >= inner.end and root.head.pos_ in ("VERB", "AUX")

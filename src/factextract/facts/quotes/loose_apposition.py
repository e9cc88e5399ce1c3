"""A post and then, after a comma, the holder's name as the subject of a reporting verb:
"The new chairman of the Surveyors' Guild, Alan Pryor KC, warned …" with the closing comma left
out. The name speaks.

Why its own module: without the second comma the parser makes both the post and the name
subjects of the verb, and the subject finder took the first one it met - the post - so the
quote went to "The new chairman of the Surveyors' Guild" although the sentence names him (and when
the entities typed "Alan Pryor KC" an organisation, no description search could recover
him). Read narrowly: a common-noun subject of the verb, a comma right after its phrase, then a
proper-noun subject of the same verb before the verb.
"""
from __future__ import annotations

from spacy.tokens import Token

from .deps import CUE_SUBJECT_DEPS


def named_holder(subject: Token) -> Token | None:
    """The proper-noun subject that follows the common-noun subject `subject` of the same
    verb after a comma ("The head of the union, Anna Price said"), else None."""
    if subject.pos_ != "NOUN" or subject.dep_ not in CUE_SUBJECT_DEPS:
        return None
    verb = subject.head
    end = max(t.i for t in subject.subtree) + 1
    doc = subject.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    for c in verb.children:
        if c.i > end and c.i < verb.i and c.dep_ == subject.dep_ and c.pos_ == "PROPN" \
                and min(t.i for t in c.subtree) == end + 1:
            return _before_letters(c)
    return None


def _before_letters(name: Token) -> Token:
    """The surname before post-nominal letters the parse made the head ("Alan Pryor KC",
    "Ann Lee MP"): the name, not the letters, is the person."""
    doc = name.doc
    if name.text.isupper() and len(name.text) <= 4 and name.i > 0:
        prev = doc[name.i - 1]
        if prev.pos_ == "PROPN" and prev.head.i == name.i and prev.dep_ == "compound" and not prev.text.isupper():
            return prev
    return name

"""A singular verb after names joined by "and": only the name next to the verb is its subject.

Why its own module: the parser often folds a list that ends a clause into the subject of the
next one ("… between himself, Pieter Vos and Luis Carranza of Chile but Dunlop is
unfazed"), making every listed name a subject of "is". A reader goes by number agreement:
"A and B" takes "are", so a singular verb ("is", "was", "has", "-s") belongs to the last
conjunct alone, and the names listed before it are objects of the clause before. The
antecedent scorer (antecedents.py) reads those as objects, so "He admitted:" in the next
paragraph goes to the one who is unfazed.
"""
from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS

_SINGULAR_AUX = frozenset({"is", "was", "has", "does", "'s"})


def _singular(verb: Token) -> bool:
    """Does the verb show singular number: a present -s form or a singular auxiliary?"""
    if verb.tag_ == "VBZ":
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBZ" or c.lower_ in _SINGULAR_AUX)
               for c in verb.children if c.i < verb.i)


def listed_before_singular_verb(head: Token) -> bool:
    """Is `head` one of several subject conjuncts joined by "and" (not "or"/"nor") whose verb
    is singular, and not the last of them (the one the verb agrees with)?"""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in SUBJECT_DEPS:
        return False
    chain = [first, *first.conjuncts]
    if len(chain) < 2 or head.i == max(t.i for t in chain):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for t in chain for c in t.children):
        return False
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for t in chain for c in t.children):
        return False
    return _singular(first.head)


def opens_contrast(head: Token) -> bool:
    """Is the mention the subject of a clause that "but" opens ("X won … but McIlroy is
    unfazed")? The contrast makes it the newer topic: of two main subjects of the same
    sentence, the one a following "he" more likely means (a tie-breaker in antecedents.py)."""
    before = head.left_edge.i - 1
    return before >= 0 and head.doc[before].lower_ == "but" and head.dep_ in (*SUBJECT_DEPS, "conj")

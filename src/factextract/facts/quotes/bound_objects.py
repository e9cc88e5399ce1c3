"""A name the pronoun's own clause has as an object cannot be that pronoun.

Why its own module: it is one structural test on the parse that the antecedent search
(antecedents.py) asks of each mention in the pronoun's own sentence, apart from scoring.

"But standing next to Mr Lowe he added …", "After meeting Ann Cole, she said …": the
fronted clause has no subject of its own, so the one standing or meeting is the pronoun's
referent, and a name in an object slot of that clause is somebody else (the same person
would be "himself"/"herself"). The name then is no antecedent, however near. A possessor
("In Lowe's view, he said") or a name in a clause with its own subject ("After Lowe
resigned, he said") may still be the pronoun and is left alone.
"""
from __future__ import annotations

from spacy.tokens import Token

from .deps import SUBJECT_DEPS

# object slots: of a verb, of a preposition, an indirect object, an agent's noun
_OBJECTS = {"dobj", "pobj", "iobj", "dative", "obj", "attr", "oprd"}
# prepositions that set up a topic rather than an object ("regarding Lowe, he said")
_TOPIC = {"regarding", "concerning", "as"}


def bound_object(name: Token, pronoun: Token) -> bool:
    """Is `name` (a mention's head before `pronoun`, the subject of its verb) in an object
    slot inside the pronoun verb's own clause, on a path up to that verb through words
    that have no subject of their own?"""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or name.i >= pronoun.i:
        return False
    head = name
    while head.dep_ in ("appos", "compound", "flat", "conj") and head.head.i != head.i:
        head = head.head        # "Prime Minister Ann Cole": the slot of the whole name
    if head.dep_ not in _OBJECTS:
        return False
    t = head.head
    while t.i != verb.i:
        if t.head.i == t.i:
            return False        # reached the root elsewhere: not the pronoun's clause
        if any(c.dep_ in SUBJECT_DEPS for c in t.children):
            return False        # "After Lowe resigned" / a clause with its own subject
        if t.dep_ in ("relcl", "acl", "ccomp", "parataxis", "conj"):
            return False        # a clause about somebody else or the reported words
        if t.lower_ in _TOPIC or t.i > 0 and t.doc[t.i - 1].lower_ == "as":
            return False        # "As for Lowe, he said …": the topic may be the pronoun
        t = t.head
    return True

"""A pronoun kept from its antecedents by a person the entities missed speaks as that person:
"Owen Tranter, for the Greens, accused Mr Hale …. He said: “…”".

Why its own module: the antecedent search (antecedents.py) stops at a main subject that looks
like a person the entities did not find (two or more capitalised words, a common given name
or a PERSON tag), so that "he" does not jump past him to someone farther back. It then left
the pronoun itself as the speaker ("He"), which a reader counts wrong. The name that blocked
the search is the likelier antecedent: it is adopted as a person (names.Names.adopt), unless
its given name says the other gender or the entities typed it something else (a person listed
as an organisation too would be worse than the bare pronoun).
"""
from __future__ import annotations

from spacy.tokens import Token

from .known import Speaker
from .names import Names
from .words import Vocab


def stranger_speaker(tok: Token, stranger: Token, names: Names, vocab: Vocab) -> Speaker | None:
    """The speaker for the pronoun `tok` blocked by the unknown person-like subject
    `stranger`, or None when the given name says another gender."""
    want = vocab.person_pronouns.get(tok.lower_)
    first = [c for c in stranger.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < stranger.i]
    given = vocab.first_names.get(first[0].lower_) if first else None
    if want is not None and given is not None and want != given:
        return None
    if want is None:
        return None     # "they", "it": the rule is about one person
    if names.entities.mention_at(stranger.idx, stranger.idx + len(stranger.text)) is not None:
        return None     # typed something else by the entities: a name of two types is worse
    found = names.adopt(stranger, stranger.idx, stranger.idx + len(stranger.text))
    return Speaker(found.name, tok.idx, tok.idx + len(tok.text), found.entity)

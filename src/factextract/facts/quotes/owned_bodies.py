"""“…,” the Delta subsidiary said: a description naming its body through the body's owner.

Why its own module: named_description.py takes "the China Daily newspaper" to be the body the
proper noun names. With a noun of relation ("subsidiary", "unit", "arm") the proper noun names
the owner ("Delta, parent of Comair … the Delta subsidiary said"): the speaker is the other
body, the one the article was just talking about, which descriptions.py finds once the
owner's name is kept out of the description's own name.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...nlp.resources import load_wordlist


@lru_cache(maxsize=1)
def _owned_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_wordlist("quotes/owned_body_nouns.txt"))


def names_owner(tok: Token) -> bool:
    """Does the organisation noun `tok` say its body belongs to the body named before it
    ("the Delta subsidiary", "its Asian unit")?"""
    return tok.lemma_.lower() in _owned_nouns() or tok.lower_ in _owned_nouns()

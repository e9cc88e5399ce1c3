"""“…,” said the group in a statement: the channel of the words is no part of the speaker.

Why its own module: speaker_phrase (phrase.py) keeps prepositional phrases attached to the
subject ("the analyst at the bank"). When the speaker comes after its verb the parser often
hangs "in a statement", "in an interview" off the speaker noun, and the speaker read "the
group in a statement". A phrase "in/on/during" + a noun of delivery (patterns/quotes/
channel_nouns.txt) says how the words came, so the speaker phrase stops before it.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...nlp.resources import load_wordlist

_CHANNEL_PREPS = ("in", "on", "during", "via", "through")


@lru_cache(maxsize=1)
def _channel_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_wordlist("quotes/channel_nouns.txt"))


def is_channel(prep: Token) -> bool:
    """Is `prep` "in a statement", "on his blog": the way the words were delivered?"""
    if prep.lower_ not in _CHANNEL_PREPS:
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in _channel_nouns() or o.lower_ in _channel_nouns()
                              for o in objs)

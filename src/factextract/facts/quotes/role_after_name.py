"""A name parsed as the subject when it only modifies the role noun after it: "the Sale
full-back said", "the Birchfield coach said".

Why its own module: the parser often makes the club, firm or country before a lower-case role
noun the head of the phrase ("Sale" nsubj, "full-back" hanging off it), and the speaker came
out as the body. A person is described; the body only says where they play or work. The head
is the last role word of the lower-case run between the name and the verb, when that word is a
person noun (patterns/quotes/speaking_nouns.txt) and the run ends at the subject's own verb.
"""
from __future__ import annotations

from spacy.tokens import Token

from .thing_subjects import head_word
from .words import Vocab


def role_after_name(tok: Token, vocab: Vocab) -> Token | None:
    """The role noun that really heads the phrase of the name `tok`, or None."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    doc = tok.doc
    j = tok.i + 1
    last = None
    while j < len(doc) and j - tok.i <= 5:
        t = doc[j]
        if t.text == "-" and last is not None or t.text == "-" and j == tok.i + 2:
            j += 1
            continue
        if t.is_alpha and t.text.islower() and t.pos_ in ("NOUN", "ADJ", "PROPN", "ADV"):
            last = t
            j += 1
            continue
        break
    if last is None or j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX"):
        return None
    if not (doc[j].i == tok.head.i or last.head.i == doc[j].i):
        return None     # the run must end at the verb the name is the subject of
    word, lemma = head_word(last), last.lemma_.lower()
    if last.pos_ == "ADV" or not (word in vocab.person_nouns or lemma in vocab.person_nouns):
        return None
    return last

"""A name parsed as the subject when it only modifies the role noun after it: "the Sale
full-back said", "A Department for Rural Affairs and Fisheries spokeswoman said".

Why its own module: the parser often makes the club, firm or ministry before a lower-case role
noun the head of the phrase ("Sale" nsubj, "full-back" hanging off it; "Department" nsubj,
"spokeswoman" the object of its "for"), and the speaker came out as the body. A person is
described; the body only says where they play or work. The role is the lower-case person noun
(patterns/quotes/speaking_nouns.txt and the post lists) that ends the name's own phrase right
before its verb (or ends the phrase after it: "“…,” said the Sale full-back"), with no comma or
quote between the name and it.
"""
from __future__ import annotations

from spacy.tokens import Token

from .thing_subjects import head_word
from .words import Vocab

_BETWEEN_VERB = ("ADV", "AUX", "PART")     # "… spokeswoman has also said"


def role_after_name(tok: Token, vocab: Vocab) -> Token | None:
    """The role noun that really heads the phrase of the name `tok`, or None."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = tok.doc
    verb = tok.head
    if verb.i < tok.i:      # "“…,” said the Sale full-back": the phrase's last word after the name
        k = tok.right_edge.i
        while k > tok.i and doc[k].is_punct:
            k -= 1
    else:
        k = verb.i - 1
        while k > tok.i and doc[k].pos_ in _BETWEEN_VERB:
            k -= 1
    if k <= tok.i or k > tok.right_edge.i:
        return None
    last = doc[k]
    if last.pos_ != "NOUN" or not last.text.islower() or last.ent_type_ == "PERSON":
        return None
    if any(t.text in (",", ";", "(", ")") or t.is_quote or "\n" in t.text for t in doc[tok.i + 1:k]):
        return None     # "Sale, the club, said": an apposition, not a modifier
    if verb.i < tok.i and any(t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ", "DET") for t in doc[tok.i + 1:k]):
        return None     # "said Ann Lee who is helping with the trial": a clause, not her role
    word, lemma = head_word(last), last.lemma_.lower()
    return last if word in vocab.person_nouns or lemma in vocab.person_nouns else None

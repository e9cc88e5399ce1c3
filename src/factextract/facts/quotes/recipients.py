"""The one spoken to is never the speaker: "Mr Lee told the BBC:", "said in an interview with
the Times:", "told Reuters".

Why its own module: a name right before a colon is taken as the speaker of the quote after it
("… Republican pollster Daron Shaw: “…”"), and when the reporting verb's subject sits earlier
in the sentence that shortcut handed quotes to the broadcaster or paper a person talked to. The
parse decides: a name whose phrase is the object of a telling verb (tell, inform, brief), or
the object of "to"/"with" after a reporting verb or an interview noun, is a recipient.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...nlp.resources import load_wordlist

_INNER = ("compound", "flat", "poss", "case", "amod", "nmod", "appos")
_OBJECTS = ("dobj", "dative", "iobj")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """patterns/quotes/recipient_cues.txt split by kind (tell:, speak:, talk:), built once."""
    lines = load_wordlist("quotes/recipient_cues.txt")
    return tuple(frozenset(w.split(":", 1)[1] for w in lines if w.startswith(kind + ":"))
                 for kind in ("tell", "speak", "talk"))


def phrase_head(tok: Token) -> Token:
    """The head of the noun phrase `tok` sits in ("BBC" of "BBC Radio 4's Today programme")."""
    for _ in range(5):
        if tok.dep_ not in _INNER or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def is_recipient(tok: Token) -> bool:
    """Is `tok` (part of) the phrase of someone spoken to: "told the BBC", "said to Reuters",
    "in an interview with the Times"?"""
    tell, speak, talks = _cues()
    head = phrase_head(tok)
    gov = head.head
    if head.dep_ in _OBJECTS and gov.lemma_.lower() in tell:
        return True
    if head.dep_ == "pobj" and gov.lower_ in ("to", "with"):
        over = gov.head
        return over.lemma_.lower() in (speak if gov.lower_ == "to" else speak | talks) \
            or over.lemma_.lower() in talks
    return False

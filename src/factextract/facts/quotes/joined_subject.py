"""“The 24-year-old has been on trial in Denmark and Pryce said: “…”": a name the parse joined
to the object before it is the subject of the reporting verb right after it.

Why its own module: sport and business copy often packs two clauses into one sentence, the
second a speaker's ("… in Denmark and Pryce said:"). The parser can read "Denmark and
Pryce" as one coordinated object and leave "said" with no subject, so the cue borrowed the
first clause's subject - words put in the mouth of the man being talked about. A reporting verb
that is the second of two coordinated verbs, has no subject of its own, and follows straight on
a capitalised name that "and"/"but" opens, is said by that name.
"""
from __future__ import annotations

from spacy.tokens import Token

from .deps import CUE_SUBJECT_DEPS
from .spans import QuotedSpans

_JOINING = ("and", "but")


def joined_name_subject(verb: Token, quoted: QuotedSpans) -> Token | None:
    """The last word of the name right before `verb` when the parse hung it elsewhere and the
    verb, a coordinated one, has no subject ("… and Pryce said"); else None."""
    if verb.dep_ != "conj" or any(c.dep_ in CUE_SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i - 1
    if i < 1 or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper() or quoted.covers(doc[i].idx):
        return None
    name = doc[i]
    if name.head.i == verb.i:
        return None     # the parse already ties it to the verb
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
        i -= 1
    if i < 1 or doc[i - 1].lower_ not in _JOINING:
        return None     # "… in Denmark, Pryce said" is read as usual
    return name

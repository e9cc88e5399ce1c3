"""Who speaks a participle with no subject of its own when the verb's subject is not it:
"The film showed Ann Lee telling the meeting: “…”" (Ann Lee), "A warning came from the
Film Council saying “…”" / "a message from the Film Council warning “…”" (the Film Council).

Why its own module: the subject search borrows the subject of the verb a participle hangs
off ("…, adding"), which is right for "X thanked the crowd, saying" but hands the words to a
documentary or a message. Two structures say otherwise: a showing or hearing verb
(patterns/quotes/showing_verbs.txt) whose object stands right before the participle - that
object is doing the telling; and a message noun (patterns/quotes/message_nouns.txt) that the
participle describes, or that is the verb's subject or its object right before the participle,
with its maker after "from" or "by" - the maker speaks ("fans got a letter from the club
saying"; a message without a maker is left to the usual search).
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.resources import load_wordlist
from .spans import QuotedSpans

_SPEAKER_POS = ("PROPN", "NOUN", "PRON")
# "a letter from London", "a message from 2004": where or when, not who
_NOT_MAKERS = ("GPE", "LOC", "FAC", "DATE", "TIME")


def _is_message(tok: Token) -> bool:
    nouns = load_wordlist("quotes/message_nouns.txt")
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)


def _maker(tok: Token, quoted: QuotedSpans) -> Token | None:
    """The name after "from"/"by" hanging off `tok` (a message noun or the verb it is the
    subject of: "came from the club")."""
    for prep in tok.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("from", "by"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not quoted.covers(obj.idx) \
                    and obj.ent_type_ not in _NOT_MAKERS:
                return obj
    return None


def shown_speaker(verb: Token, quoted: QuotedSpans) -> Token | None:
    """The head token of whoever speaks the participle `verb` in one of the two structures
    above; None when `verb` is in neither (the usual subject search then runs)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp", "ccomp") or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl":      # "a message from the Film Council warning “…”"
        return _maker(head, quoted) if _is_message(head) else None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    for child in head.children:
        if child.i > verb.i or quoted.covers(child.idx) or child.pos_ not in _SPEAKER_POS:
            continue
        if child.dep_ in ("nsubj", "nsubjpass") and _is_message(child):
            # "a warning came from the club saying": the maker, on the noun or on the verb
            if (maker := _maker(child, quoted) or _maker(head, quoted)) is not None:
                return maker
            continue
        if child.dep_ != "dobj" or child.right_edge.i + 1 != verb.i:
            continue
        if _is_message(child):  # "fans got a letter from the club saying": the club
            if (maker := _maker(child, quoted)) is not None:
                return maker
        elif head.lemma_.lower() in load_wordlist("quotes/showing_verbs.txt"):
            return child    # "the film showed Ann Lee telling …"
    return None

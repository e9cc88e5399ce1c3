""""One" that introduces an instance, not a count: "One reason is the weak dollar", "Reuters
quoted one trader as saying", "Listing would be one option", "One example was ...". A reader
does not check these as quantities; "just one option", "only one analyst", "at least one
example" still count (the adverb makes the number the claim).

The same reading for any noun when the sentence only picks one member out to tell about it:
the speaker of a reporting verb ("one civil service union described it as", "One Iraqi woman
told"), the opening "In one case, ..." / "When one pupil asked", and a described subject
("One small bright spot was ..."). A count beside it ("one ... and two ...") keeps it.
A source ("described by one nurses' union as", "one newspaper reported", "according to
one analyst") is "a" source however many numbers its sentence tells: those are what the source
says, not set against it.

Why apart from not_counts.py: a reading of the noun "one" modifies, from the parse and word
lists (`patterns/figures/instance_nouns.txt`, `patterns/quotes/reporting_verbs.txt`), asked
only of the word "one"."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...nlp.resources import load_wordlist

# a word before "one" that makes it a count: "just one", "only one", "at least one", "than one"
_COUNT_CUE = re.compile(r"\b(?:just|only|exactly|single|least|most|than|but|merely|barely|"
                        r"limited to|to|of)\s+$", re.I)
# "according to one analyst": the source a claim is put to
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.I)
# "In one case, ...", "When one pupil asked": the sentence opens on the instance
_OPENING = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*)(?:In|At|On|From|When|While|After|As)\s+$")
# modifiers that make "one" a count of something added: "one more rate hike", "one extra day"
_ADDING = frozenset("more further additional extra other single new another sole lone".split())


def _reports(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and \
        verb.lemma_.lower() in load_wordlist("quotes/reporting_verbs.txt")


def _describes(noun: Token, one: Token) -> bool:
    """Adjectives or nouns stand between "one" and its noun ("one small bright spot")."""
    mods = [c for c in noun.children if one.i < c.i < noun.i and c.dep_ in ("amod", "compound")]
    return bool(mods) and not any(c.lower_ in _ADDING for c in mods)


def _is_source(tok: Token, text: str, start: int) -> bool:
    """"one" before a singular noun that tells who says something: the speaker or the agent
    of a reporting verb, or the object of "according to"."""
    noun = tok.head
    if noun.dep_ == "poss" and noun.head.i > noun.i:
        noun = noun.head          # "by one drivers' union": one union (of drivers)
    elif noun.tag_ in ("NNS", "NNPS"):
        return False
    if _ACCORDING.search(text, max(0, start - 16), start):
        return True               # "according to one analyst"
    if noun.dep_ in ("nsubj", "nsubjpass") and _reports(noun.head):
        return True               # "one insider said", "One Iraqi woman told Ms Alexander"
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.dep_ == "agent" \
        and _reports(noun.head.head)   # "described by one nurses' union as"


def _picks_out(tok: Token, text: str, start: int) -> bool:
    noun = tok.head
    if noun.tag_ in ("NNS", "NNPS"):
        return False
    if _OPENING.search(text, max(0, start - 8), start):
        return True               # "In one case, an email showed", "When one pupil asked"
    return noun.dep_ == "nsubj" and _describes(noun, tok)   # "One small bright spot was"


def is_instance_one(span: Span, text: str, start: int) -> bool:
    """Whether "one" at `start` (the last token of `span`) introduces an instance of its noun."""
    tok = span[-1]
    if tok.lower_ != "one" or tok.dep_ != "nummod" or tok.head.i <= tok.i:
        return False
    if _COUNT_CUE.search(text[max(0, start - 12):start]) \
            and not _ACCORDING.search(text, max(0, start - 16), start):
        return False
    if any(c.dep_ == "cc" or c.dep_ == "conj" for c in tok.head.children) and \
            any(c.like_num for c in tok.head.subtree if c.i != tok.i):
        return False              # "one analyst and two traders": counted side by side
    words = load_wordlist("figures/instance_nouns.txt")
    if tok.head.lemma_.lower() in words or tok.head.lower_ in words or _is_source(tok, text, start):
        return True
    if any(t.like_num and t.i != tok.i for t in tok.sent):
        return False              # "one prison suicide every four days": set against another number
    return _picks_out(tok, text, start)

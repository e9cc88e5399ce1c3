"""Which organisation a description of a KIND of body ("the newspaper", "the union") can mean.

Why its own module: "the company" may be any firm the article is about, but "The newspaper
also claimed" after a paragraph about the London Stock Exchange is a newspaper, not the
exchange. The most-mentioned organisation is the right guess only for nouns that fit any
body; a noun of a kind (patterns/quotes/organisation_kinds.txt) refers back only to an
organisation the article shows to be of that kind: its name carries a word of the kind
("The Sunday Times", "Unite union"), the kind's noun stands next to a mention ("the China
Daily newspaper", "the newspaper Le Monde"), or the article gave it the noun as a role
("Unite, the union, …"). Nearest before the description wins; none found leaves the
description as it is ("the newspaper") rather than a wrong name.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Token

from ...nlp.sentences import Sentences
from .known import Known, KnownEntities
from .spans import QuotedSpans
from ...nlp.extensions import doc_text
from ...nlp.resources import load_wordlist

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def organisation_kinds() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """kind noun -> (the kind's nouns, the words that show a name is of that kind)."""
    kinds: dict[str, tuple[set[str], set[str]]] = {}
    for row in load_wordlist("quotes/organisation_kinds.txt"):
        nouns, _, markers = row.partition(":")
        same = {n.lower() for n in nouns.split()}
        words = {w.lower() for w in markers.split()} | same
        for noun in same:
            got = kinds.setdefault(noun, (set(), set()))
            got[0].update(same)
            got[1].update(words)
    return {k: (frozenset(a), frozenset(b)) for k, (a, b) in kinds.items()}


def is_kind_noun(noun: str) -> bool:
    return noun in organisation_kinds()


def of_kind(noun: str, before: int, text: str, entities: KnownEntities, quoted: QuotedSpans,
            excluded: set[int]) -> Known | None:
    """The nearest organisation before offset `before` that the article shows to be a `noun`
    (a kind noun: is_kind_noun), outside quotes and not in `excluded`; None when none is."""
    kind = organisation_kinds().get(noun)
    if kind is None:
        return None
    nouns, markers = kind
    for s, e, k in reversed(entities.mentions[:_count_before(entities, before)]):
        if k.type != "organisations" or id(k) in excluded or quoted.covers(s):
            continue
        if _fits(k, nouns, markers, text):
            return k
    return None


def of_other_kind(k: Known, noun: str, text: str) -> bool:
    """Is organisation `k` shown to be of some kind other than `noun`'s ("London Stock
    Exchange" for "the newspaper")? A body of no known kind ("Association of Flight
    Attendants" for "the union") may still be the one a kind noun means."""
    own = organisation_kinds().get(noun, (frozenset(), frozenset()))[0]
    for other, (nouns, markers) in organisation_kinds().items():
        if other not in own and not nouns & own and _fits(k, nouns, markers, text):
            return True
    return False


def _count_before(entities: KnownEntities, before: int) -> int:
    return bisect.bisect_left(entities.starts, before)


def _fits(k: Known, nouns: frozenset[str], markers: frozenset[str], text: str) -> bool:
    """Is organisation `k` shown to be of the kind: by a word of its name, a role, or a noun
    of the kind right next to one of its mentions?"""
    if nouns & k.roles or markers & {w.lower() for w in _WORD.findall(k.entity.name)}:
        return True
    for m in k.entity.mentions:
        after = _WORD.findall(text[m.end:m.end + 25].lower())[:1]
        before = _WORD.findall(text[max(0, m.start - 25):m.start].lower())[-1:]
        if after and after[0] in nouns or before and before[0] in nouns:
            return True
    return False


def subject_just_before(tok: Token, entities: KnownEntities, quoted: QuotedSpans, sents: Sentences,
                        excluded: set[int]) -> Known | None:
    """"CENTR, the council of registries, agrees. “…,” the organisation said": the
    organisation that is the subject of a clause in the description's own sentence or the one
    before it, in the same paragraph, is the body meant - ahead of the one the article names
    most. None when the nearest subject before it is no organisation."""
    doc = tok.doc
    here = sents.of(tok)
    prev = sents.before(here)
    lo = prev.start_char if prev is not None else here.start_char
    text = doc_text(doc)
    for s, e, k in reversed(entities.mentions[:_count_before(entities, tok.idx)]):
        if s < lo:
            return None
        if "\n" in text[s:tok.idx]:
            return None     # another paragraph
        if quoted.covers(s):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span) or not _is_subject(span.root):
            continue
        if k.type != "organisations" or id(k) in excluded:
            return None     # the nearest subject is a person or a place: no body to refer to
        return k
    return None


def _is_subject(tok: Token) -> bool:
    """A subject, or the appositive naming it ("CENTR, the Council of … Registries, agrees")."""
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")

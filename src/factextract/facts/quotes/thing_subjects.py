"""Subjects that cannot speak: a common noun naming a thing or an idea ("a machine said",
"the latest speculation suggests", "games console titles say").

Why its own module: the attribution takes the subject of the reporting verb nearest a quote,
and a misparse or a figurative verb hands over phrases that are nobody. The speaking nouns are
data (patterns/quotes/speaking_nouns.txt together with the role, post, organisation, document
and reporter lists the resolver already reads): people, roles, jobs, bodies, groups, and the
documents and media that carry words. A common-noun head outside all of them, with no name in
its phrase and no entity on it, is no source. Only the head and its left modifiers are looked
at, for candidates the resolver could not tie to an entity.
"""
from __future__ import annotations

from spacy.tokens import Token

from .words import Vocab


def head_word(tok: Token) -> str:
    """The head noun as written, a hyphenated compound kept whole ("full-back")."""
    doc = tok.doc
    i = tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:tok.i + 1].text.lower()


def can_speak(word: str, lemma: str, vocab: Vocab) -> bool:
    """Is the noun (its form or lemma) one that can be a source?"""
    return word in vocab.speaking or lemma in vocab.speaking


def sentence_initial(tok: Token) -> bool:
    """A plural common noun capitalised only because it opens its sentence ("Auditions begin
    in Canada", after a quote closed with a full stop). Plural with a lemma of its own only: a
    surname the tagger took for a noun ("Rowling said") stays a possible source."""
    return tok.is_sent_start and tok.text[1:].islower() and tok.text[:1].isupper() and tok.tag_ == "NNS" \
        and tok.lemma_.lower() != tok.lower_


def cannot_speak(subject: Token, vocab: Vocab) -> bool:
    """Is `subject` a common noun naming a thing or an idea, not a source of words?"""
    if subject.pos_ != "NOUN" or subject.ent_type_ or not (subject.text.islower() or sentence_initial(subject)):
        return False
    if head_word(subject).endswith(("-old", "-older")):
        return False    # "the 41-year-old", however the hyphens split
    if can_speak(head_word(subject), subject.lemma_.lower(), vocab) or can_speak(subject.lower_, subject.lower_, vocab):
        return False
    for left in subject.lefts:
        if left.pos_ == "PROPN" or left.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") \
                or left.dep_ == "poss" and left.pos_ != "PRON":
            return False    # "the Apple engineers' reply", "Sony's games unit": a body's words
    return True

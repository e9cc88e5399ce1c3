"""Subjects of a reporting verb that cannot be the speaker: no source, however the parse went.

Why its own module: the attribution takes the subject of the verb nearest a quote, and a
misparse or a loose sentence hands over phrases that are no one: a noun phrase that holds the
quote itself ("the “warm and relaxed” first meeting indicated", "cries of “Ann, Ann”"), or a
bare singular common noun in the middle of a sentence ("energy conservation, says the party",
"…, implored guitar-toting campaigner Ann Lee" parsed with "guitar" as subject). A source is a
name, a pronoun, or a noun phrase with a determiner, a number or a plural ("the spokesman",
"two officials", "analysts"); a collective noun opening its sentence ("Management said") and
the role and organisation nouns of patterns/ stay sources. Structural only: no word of the
quote or of the phrase beyond those lists is looked at.
"""
from __future__ import annotations

from spacy.tokens import Token

from .marks import Quoted
from .thing_subjects import cannot_speak, head_word
from .words import Vocab

# children that make a common noun a definite or counted phrase that can name a source
_DETERMINERS = ("det", "poss", "nummod", "predet", "quantmod")


def holds_quote(subject: Token, q: Quoted) -> bool:
    """Does the subject's own phrase hold the quote: as a modifier before its head (the
    “friendly and easy” meeting) or as the object of its "of" (cries of “…”)?"""
    left = subject.left_edge.idx
    if left <= q.open_at < subject.idx:
        return True
    for child in subject.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == subject.i + 1:
            last = child.right_edge
            if child.idx <= q.open_at < last.idx + len(last.text):
                return True
    return False


def bare_common_noun(subject: Token, vocab: Vocab) -> bool:
    """Is the subject a singular common noun with no determiner, inside its sentence, that
    no list knows as a role or a body ("energy conservation", "guitar")?"""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.ent_type_:
        return False
    if any(c.dep_ in _DETERMINERS for c in subject.children):
        return False
    if subject.left_edge.i == subject.sent.start or subject.text[:1].isupper():
        return False     # "Management said …": a collective noun may open its sentence
    low, lemma = subject.lower_, subject.lemma_.lower()
    if head_word(subject) in vocab.person_nouns:
        return False     # "said the Leeds full-back", parsed "Leeds" + "full" + "-" + "back"
    known = (vocab.roles, vocab.known_posts, vocab.organisation_nouns, vocab.documents, vocab.gendered)
    return not any(low in words or lemma in words for words in known)


def not_a_speaker(subject: Token, q: Quoted, vocab: Vocab) -> bool:
    """Can the subject `subject` found for quote `q` not be its speaker?"""
    if q.headline:
        return False     # "Minister says “…”": headlines drop their determiners
    lo, hi = sorted((subject.idx, q.open_at))
    if "\n" in subject.doc.text[lo:hi]:
        return False     # a subject in another paragraph (the headline's): layout.body_speaker decides
    return holds_quote(subject, q) or bare_common_noun(subject, vocab) or cannot_speak(subject, vocab)

"""A few quoted words in a clause that a group of unnamed people fear, believe or argue are
that group's: "Critics fear the scheme could allow “a surveillance society”".

Why its own module: a fragment in a sentence with no reporting verb takes its sentence's
subject only when that subject is a name or a role noun; a plural common noun ("critics",
"opponents", "campaigners") was passed over as a thing, and the fragment fell back on the
reporting verb of another sentence ("Ministers say …"), putting the critics' words in the
ministers' mouths. Read narrowly: the quote's own sentence has a verb of belief or stance
(patterns/quotes/belief_words.txt, as in fragments.py) whose clause holds the quoted words,
and its active subject is a plural noun for people (patterns/quotes/speaking_nouns.txt and the
other person-noun lists of words.Vocab), with no name or possessor that would say more.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .fragments import is_belief


def group_believer(root: Token, subject: Token | None, inner: Span,
                   person_nouns: frozenset[str] | set[str]) -> Token | None:
    """The plural person-noun subject of the belief verb `root` whose clause contains the
    quoted words `inner` ("Critics" of "Critics fear … “…”"), else None."""
    if subject is None or subject.dep_ != "nsubj" or subject.head.i != root.i:
        return None
    if subject.tag_ != "NNS" or subject.pos_ != "NOUN" or subject.lemma_.lower() not in person_nouns:
        return None
    if not is_belief(root) or root.lemma_.lower() == "be":
        return None
    if any(c.dep_ == "poss" for c in subject.children):
        return None     # "Mr Blair's critics": the name would be taken for the speaker
    if not any(root.is_ancestor(t) and t.i > root.i for t in inner):
        return None     # the quoted words sit in another clause of the sentence
    return subject

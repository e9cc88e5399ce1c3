"""“…” in the site's own review: "Our review dubs it the “fastest card”", "my test called it
“…”": the writer's or the publication's words, no one the record can name.

Why its own module: the subject of the reporting verb is a noun phrase the writer owns ("our",
"my") naming a piece of writing or a product, not a person; the resolver then looks for a
body in the phrase and hands the quote to a company named nearby. A reader counts that as a
wrong speaker. A person the writer owns ("our correspondent", "my colleague") still speaks.
"""
from __future__ import annotations

from spacy.tokens import Token

from .thing_subjects import head_word
from .words import Vocab

_OWNERS = ("our", "my")


def writers_own(subject: Token, vocab: Vocab) -> bool:
    """Is the subject phrase owned by the writer ("our", "my") and no person (see module doc)?"""
    phrase = [subject] + [c for c in subject.children if c.dep_ in ("appos", "compound")]
    if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for t in phrase for c in t.children):
        return False
    people = (vocab.person_nouns, vocab.roles, vocab.known_posts, vocab.gendered)
    return not any(head_word(t) in words or t.lemma_.lower() in words for t in phrase for words in people)

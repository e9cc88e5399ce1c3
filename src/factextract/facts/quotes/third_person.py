"""“He is in great form,” he said: the man the quote talks about is not the one who says it.

Why its own module: the antecedent scorer gives a "he said" to the likeliest man of the last
sentences, and in sport copy that is often the player the paragraph before was about
("Striker Tom Reid scored twice again.¶“He is in great form,” he said" - the manager speaks).
A speaker does not open his own words by calling himself "he": when the quoted words open with
the cue's own pronoun and the sentence right before names one person it fits, that person is
who the quote talks about when it is that sentence's main subject (and the sentence neither
reports nor quotes: "X said: “…”¶“He's loose,” he added" goes on with X), and the speaker is
the next likeliest one. When the sentence before
names two ("Wenger defended Lehmann. “He made one mistake,” he said"), the quote may talk about
either, and nothing changes.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ...nlp.sentences import Sentences
from .known import Known, KnownEntities
from .spans import QuotedSpans


def spoken_about(tok: Token, reported: set[int], sents: Sentences, entities: KnownEntities,
                 quoted: QuotedSpans, fits: Callable[[Known], bool],
                 verbs: frozenset[str] | set[str]) -> Known | None:
    """The one person of the sentence before the quote, its main subject, whom the quote's
    opening pronoun (the same as the cue's pronoun `tok`) means, or None."""
    words = [tok.doc[i] for i in sorted(reported) if not tok.doc[i].is_punct and not tok.doc[i].is_space]
    if not words or words[0].lower_ != tok.lower_ or words[0].dep_ not in ("nsubj", "nsubjpass"):
        return None
    first = words[0]
    if not quoted.covers(first.idx):
        return None
    opening = sents.of(first)
    before = sents.before(opening)
    if before is None or before.root.lemma_.lower() in verbs or any(quoted.covers(t.idx) for t in before):
        return None     # "X said: “…”¶“He's loose,” he added": X speaks on about someone else
    found: dict[int, Known] = {}
    i = entities.first_at(before.start_char)
    while i < len(entities.mentions) and entities.mentions[i][0] < before.end_char:
        s, _, k = entities.mentions[i]
        i += 1
        if not quoted.covers(s) and k.type == "people" and fits(k):
            found[id(k)] = k
    if len(found) != 1:
        return None
    k = next(iter(found.values()))
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects:       # the one the sentence is about: its main subject
        hit = entities.mention_at(subj.idx, subj.idx + len(subj.text))
        if hit is not None and hit[2] is k:
            return k
    return None

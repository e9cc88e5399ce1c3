"""Quotes: a "he said" after a sentence whose reporting verb has a subject the entities do not
know (a description, a nationality, an age): the names inside its object clause or its
prepositional phrases are only mentioned, never the pronoun's antecedent (speaking_subject.py).
All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

ONLY_MENTIONED = [
    # an age or a nationality reports; the name after "of" / "against" is not who speaks
    ('Rugby star Ben Rowe spoke to reporters on Monday. "I am ready for it," Rowe said.\n\n'
     'The 29-year-old said that replacing the veteran Kyle Dunmore would be tough. '
     '"Kyle would be hard to follow but I feel ready," he said.',
     "Kyle would be hard to follow but I feel ready", "Ben Rowe"),
    ('The Brazilian confirmed tempers had flared after the game against Tom Reid\'s side. '
     '"I saw people pushing and shouting," he said.',
     "I saw people pushing and shouting", "he"),
]

# unchanged: an organisation reports, or nobody else is in the sentence
STILL_OBJECT = [
    ('The club confirmed it had signed Tom Reid on a free transfer. "I am delighted to be here," he said.',
     "I am delighted to be here", "Tom Reid"),
    ('Police arrested Tom Reid on Monday. "I did nothing wrong," he said.',
     "I did nothing wrong", "Tom Reid"),
]


@pytest.mark.parametrize("text,words,expected", ONLY_MENTIONED + STILL_OBJECT)
def test_pronoun_skips_names_a_reporter_only_mentions(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected


def test_known_reporter_of_other_gender_leaves_the_object(extract):
    text = 'Mrs Ann Lee said police had arrested Tom Reid. "I did nothing wrong," he said.'
    assert speaker_of(extract(text), "I did nothing wrong") == "Tom Reid"

"""Quotes, round 12: "But standing next to Mr Dufour he added …" - not Dufour's words.

bound_objects.bound_object: a name in an object slot of the pronoun's own clause, reached
through words without a subject of their own (a fronted "standing next to X", "after meeting
X"), is somebody other than the pronoun; the pronoun goes to the earlier speaker instead. A
name that is a subject in its own clause ("After Durkin inspected the pitch, he said") or a
possessor ("In Durkin's view, he said") may still be meant and is left to the scorer.
All sentences are our own."""
from __future__ import annotations

import pytest

from factextract.facts.quotes.bound_objects import bound_object
from tests.quotecheck import speaker_of

SPEAKERS = [
    ("Summit\n\nChancellor Olaf Brandt met Henri Dufour in Paris on Monday. Speaking afterwards, "
     "Mr Brandt said the talks had gone well.\n\nBut standing next to Mr Dufour he added that "
     "\"much work remains\" on the budget. \"We are not there yet,\" he said.",
     "We are not there yet", "Olaf Brandt"),
    ("Summit\n\nChancellor Olaf Brandt met Henri Dufour in Paris on Monday. Speaking afterwards, "
     "Mr Brandt said the talks had gone well.\n\nBut standing next to Mr Dufour he added that "
     "\"much work remains\" on the budget.", "much work remains", "Olaf Brandt"),
    ("Cup tie\n\nCoach Martin Hale said his side had prepared well for the tie.\n\nAfter meeting "
     "referee Paul Durkin before the game, he said the pitch was fit. \"It will be a fast game,\" "
     "he said.", "It will be a fast game", "Martin Hale"),
]


@pytest.mark.parametrize("text, words, speaker", SPEAKERS)
def test_an_object_of_the_pronouns_own_clause_is_not_the_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


BOUND = [
    ("But standing next to Mr Dufour he added that the work was hard.", "Dufour", True),
    ("After meeting referee Paul Durkin, he said the pitch was fit.", "Durkin", True),
    ("After Paul Durkin inspected the pitch, he said it was fit.", "Durkin", False),
    ("In Paul Durkin's view, he said, the pitch was fit.", "Durkin", False),
    ("Mr Dufour was tired, he said.", "Dufour", False),
]


@pytest.mark.parametrize("text, name, expected", BOUND)
def test_bound_object_only_in_a_subjectless_clause_of_the_pronouns_verb(nlp, text, name, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    pronoun = next(t for t in doc if t.lower_ == "he")
    assert bound_object(tok, pronoun) is expected


def test_a_fronted_topic_is_not_bound(nlp):
    doc = nlp("As for Paul Durkin, he said he would stay at the club.")
    tok = next(t for t in doc if t.text == "Durkin")
    pronoun = next(t for t in doc if t.lower_ == "he")
    assert bound_object(tok, pronoun) is False

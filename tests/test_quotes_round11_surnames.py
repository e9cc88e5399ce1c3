"""Quotes, round 11: a bare surname the entities did not link ("O'Leary", "O'Sullivan" after
"David O'Leary") still refers back to its person when a pronoun's speaker is sought
(surname_mentions.py), so "O'Leary … and he said" is O'Leary's, not an earlier man's. All
sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

CASES = [
    ("Villa's Tom Hale is waiting to learn the future of manager David O'Leary.\n\nO'Leary has "
     'been in talks over a new deal and he said: "I had a message from Tom\'s agent."',
     "I had a message from Tom's agent", "David O'Leary"),
    ("Ireland coach Eddie O'Sullivan praised his side after England coach Andy Reid had spoken. "
     "O'Sullivan also rejected Reid's claim that England dominated up front. \"We lost one lineout "
     'and they lost four," he said.', "We lost one lineout and they lost four", "Eddie O'Sullivan"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_a_bare_surname_refers_back_to_its_person(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_the_record_entities_are_left_as_they_are(extract):
    text = ("Villa's Tom Hale is waiting to learn the future of manager David O'Leary.\n\nO'Leary has "
            'been in talks over a new deal and he said: "I had a message from Tom\'s agent."')
    rec = extract(text)
    q = next(q for q in rec.quotes if q.text.startswith("I had"))
    assert text[q.speaker_start:q.speaker_end] == "he"
    person = next(p for p in rec.people if p.name == "David O'Leary")
    assert [m.text for m in person.mentions] == ["David O'Leary"]     # the resolver's alone

"""Quotes, round 11: a bare surname the entities did not link ("O'Dowd", "O'Donovan" after
"Kieran O'Dowd") still refers back to its person when a pronoun's speaker is sought
(surname_mentions.py), so "O'Dowd … and he said" is O'Dowd's, not an earlier man's. All
sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

CASES = [
    ("Rovers' Tom Hale is still unsure what lies ahead for manager Kieran O'Dowd.\n\nO'Dowd has "
     'been negotiating a fresh contract and he said: "My phone rang and it was Tom\'s agent."',
     "My phone rang and it was Tom's agent", "Kieran O'Dowd"),
    ("Ireland coach Liam O'Donovan hailed his players once Scotland coach Andy Reid had spoken. "
     "O'Donovan also dismissed Reid's view that Scotland ruled the scrum. \"We gave away two lineouts "
     'while they gave away five," he said.', "We gave away two lineouts while they gave away five", "Liam O'Donovan"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_a_bare_surname_refers_back_to_its_person(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_the_record_entities_are_left_as_they_are(extract):
    text = ("Rovers' Tom Hale is still unsure what lies ahead for manager Kieran O'Dowd.\n\nO'Dowd has "
            'been negotiating a fresh contract and he said: "My phone rang and it was Tom\'s agent."')
    rec = extract(text)
    q = next(q for q in rec.quotes if q.text.startswith("My phone"))
    assert text[q.speaker_start:q.speaker_end] == "he"
    person = next(p for p in rec.people if p.name == "Kieran O'Dowd")
    assert [m.text for m in person.mentions] == ["Kieran O'Dowd"]     # the resolver's alone

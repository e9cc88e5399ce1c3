"""Quotes, round 11: "the 34-year-old" means the player the article named although he was
given a post ("midfielder") - an age clashes with no post (descriptions.py); and a name that
"and" opens right before a coordinated reporting verb is that verb's subject even when the
parse joined it to the object before ("… in Holland and Ferguson said:", joined_subject.py).
All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

AGE = [
    ('Hull have signed Leeds midfielder Dean Carver until the summer.\n\n"It was an easy choice to '
     'make," the 31-year-old told the club website.', "It was an easy choice to make", "Dean Carver"),
    ('Bath have signed Sale full-back Rory Keane on a two-year deal.\n\n"I could not turn this '
     'down," said the 27-year-old.', "I could not turn this down", "Rory Keane"),
    # unchanged: two people named, the nearer a manager of another age group - nothing surely meant
    ('Hull manager Tom Price praised striker Ian Wade and winger Joe Hart.\n\n"We deserved it," the '
     '23-year-old said.', "We deserved it", None),
]

JOINED = [
    ('United manager Sir Tom Reilly hinted the striker may be back early. The 28-year-old has been '
     'training in Spain and Reilly said: "He comes back on Tuesday and we will see how he is."',
     "He comes back on Tuesday and we will see how he is", "Tom Reilly"),
    ('The winger Ian Wade has been resting in Portugal, but Hull boss Tom Price said: "Ian will '
     'be ready for Saturday."', "Ian will be ready for Saturday", "Tom Price"),
]


@pytest.mark.parametrize("text, words, speaker", AGE)
def test_an_age_description_means_the_one_person_named(extract, text, words, speaker):
    got = speaker_of(extract(text), words)
    if speaker is None:
        assert got not in ("Tom Price",)        # never the manager for "the 23-year-old"
    else:
        assert got == speaker


@pytest.mark.parametrize("text, words, speaker", JOINED)
def test_a_name_joined_to_an_object_speaks_the_verb_after_it(extract, text, words, speaker):
    rec = extract(text)
    assert speaker_of(rec, words) == speaker
    q = next(q for q in rec.quotes if q.text.startswith(words[:15]))
    assert text[q.speaker_start:q.speaker_end].endswith(speaker.split()[-1])

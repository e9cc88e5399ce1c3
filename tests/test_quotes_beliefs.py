"""A few quoted words in a clause governed by a verb of belief or a state of mind are the
subject's words (facts/quotes/fragments.py, patterns/quotes/belief_words.txt); police ranks are
titles, not part of a name (patterns/entities/people_titles.jsonl)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, speaker", [
    ('Chief Constable Andy Harrow is confident that problems can be "smoothed over" by the rules.',
     "smoothed over", "Andy Harrow"),
    ('Mayor Lena Corbett believes the change will "calm the streets" within a year.',
     "calm the streets", "Lena Corbett"),
])
def test_belief_fragment_is_the_subjects(extract, text, quote, speaker):
    rec = extract(text)
    got = {q.text: q.speaker for q in rec.quotes}
    assert got.get(quote) == speaker


def test_a_term_with_no_belief_or_speech_stays_out(extract):
    rec = extract('The brewer is launching its own "third-style" lager in the spring.')
    assert [q.text for q in rec.quotes] == []

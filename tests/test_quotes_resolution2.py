"""Quotes: speakers found through a verb of refusing in a headline and through a role noun
with a capitalised qualifier. All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

# a headline's "X rebuts/denies/rejects ‘…’": the word is the accusers' - the body's user, else nobody
DENIALS = [
    ("Mayor rebuts 'whitewash' claims\n\nMayor Tom Becker has rejected claims that the inquiry "
     "into the flooding was a whitewash. Councillor Anna Berg had said the inquiry was \"a whitewash\".",
     "whitewash", "Anna Berg"),
    ("Minister denies 'cover-up' over hospital\n\nHealth minister Karl Dent has denied any "
     "cover-up at the Riverside hospital, where three patients died last year.",
     "cover-up", None),
    ("Berg dismisses 'fantasy' budget\n\nOpposition leader Anna Berg on Monday dismissed the "
     "council's spending plans. The plans would cut bus routes in the north of the city.",
     "fantasy", None),
]


@pytest.mark.parametrize("text,words,expected", DENIALS)
def test_headline_denial_is_not_the_subjects_word(extract, text, words, expected):
    rec = extract(text)
    if expected is None:    # nobody's: left out as a term or kept without a speaker
        assert all(q.speaker is None for q in rec.quotes if q.text.strip(".,") == words)
    else:   # the body's user; the headline's copy of the same words is listed once (headline_repeats.py)
        holding = [q for q in rec.quotes if words in q.text]
        assert holding and all(q.speaker == expected for q in holding)


# a role noun with a capitalised qualifier means the person given the role under it
QUALIFIED = [
    ("Sir Paul Grant, the Westshire fire chief, opened the station. Mark Hale, the Eastshire fire "
     "chief, said more crews were needed.\n\nThe Westshire fire chief said on Monday there was "
     "a \"crisis\" in recruitment.",
     "crisis", "Paul Grant"),
    ("Sir Paul Grant, the Westshire fire chief, opened the station. Mark Hale, the Eastshire fire "
     "chief, said more crews were needed.\n\nThe Eastshire fire chief said on Monday there was "
     "a \"crisis\" in recruitment.",
     "crisis", "Mark Hale"),
    # no qualifier: the latest one given the role, as before
    ("Sir Paul Grant, the Westshire fire chief, opened the station. Mark Hale, the Eastshire fire "
     "chief, said more crews were needed.\n\nThe fire chief said on Monday there was "
     "a \"crisis\" in recruitment.",
     "crisis", "Mark Hale"),
]


@pytest.mark.parametrize("text,words,expected", QUALIFIED)
def test_qualified_role_noun_matches_its_qualifier(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected

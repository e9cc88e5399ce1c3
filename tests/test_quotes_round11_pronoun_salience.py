"""Quotes, round 11: a "he said" after a clause whose singular verb follows a list of names
("… between Pieter Smit and Luis Ortega but Dean Carver is unfazed. He said:") means the one
the verb agrees with, not a name of the list, and the subject "but" opens wins a tie with the
sentence's first subject (subject_number.py); a post in "-man" gives no gender against a
given name ("chairman Jan Mills ... she said", roles.py). All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

LISTED = [
    ('Ivan Petrov won in Oslo last week and claimed the title would be between himself, Pieter Smit '
     'and Luis Ortega but Dean Carver is unfazed.\n\nHe said: "Nobody has beaten me this year."',
     "Nobody has beaten me this year", "Dean Carver"),
    # unchanged: a plural verb keeps both names as subjects; the first-named wins the tie
    ('Tom Baxter and Ian Wade were both at the launch in London.\n\nHe said: "It was a great night."',
     "It was a great night", "Tom Baxter"),
]


@pytest.mark.parametrize("text, words, speaker", LISTED)
def test_a_singular_verb_agrees_with_the_last_listed_name(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):
    """A hand-made parse, as the parser gives it for such lists (names folded into the subject)."""
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


# "Smit and Ortega but Carver is unconcerned", every name a subject of "unconcerned"
_LIST = (["Smit", "and", "Ortega", "but", "Carver", "is", "unconcerned"],
         [6, 0, 0, 0, 0, 6, 6], ["nsubj", "cc", "conj", "cc", "conj", "auxpass", "ROOT"],
         ["NNP", "CC", "NNP", "CC", "NNP", "VBZ", "JJ"])
_PLURAL = (["Smit", "and", "Ortega", "were", "unconcerned"], [4, 0, 0, 4, 4],
           ["nsubj", "cc", "conj", "auxpass", "ROOT"], ["NNP", "CC", "NNP", "VBD", "JJ"])
_OR = (["Smit", "or", "Ortega", "is", "favourite"], [3, 0, 0, 3, 3],
       ["nsubj", "cc", "conj", "ROOT", "attr"], ["NNP", "CC", "NNP", "VBZ", "NN"])


@pytest.mark.parametrize("parse, index, listed", [
    (_LIST, 0, True), (_LIST, 2, True), (_LIST, 4, False),
    (_PLURAL, 0, False), (_PLURAL, 2, False), (_OR, 0, False),
])
def test_listed_before_singular_verb(parse, index, listed):
    from factextract.facts.quotes.subject_number import listed_before_singular_verb
    doc = _parsed(*parse)
    assert listed_before_singular_verb(doc[index]) is listed


CHAIRMAN = [
    ('Nurses union chairman Jan Mills said the plan was flawed.\n\n"It will simply not work on '
     'wards," she said.', "It will simply not work on wards", "Jan Mills"),
    # unchanged: a male holder of the post
    ('Club chairman David Moss said the ground would be sold.\n\n"We have no other choice," he said.',
     "We have no other choice", "David Moss"),
]


@pytest.mark.parametrize("text, words, speaker", CHAIRMAN)
def test_a_given_name_outweighs_a_post_in_man(extract, text, words, speaker):
    """A post in "-man" is held by women too: the given name's gender counts (roles.py)."""
    assert speaker_of(extract(text), words) == speaker

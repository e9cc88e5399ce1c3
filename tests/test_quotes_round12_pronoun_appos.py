"""Quotes, round 12: a "he said" after "The head of the panel, Ikenna Oyelaran, said …".

antecedents.comma_appos: a name set off by commas after a subject noun phrase names that
subject, so it takes the subject's role (here the subject of a speech verb) instead of
counting as a bare mention. Before, a name of unknown gender in that slot was passed over and
"he" went back to a man named sentences earlier. A name in apposition to an object ("thanked
the shareholder, Stavros Keller, for …") still does not take the pronoun, nor a title after a
noun for things ("The film, Walter Keane, tells …").
All sentences are our own."""
from __future__ import annotations

import pytest

from factextract.facts.quotes.antecedents import _people_nouns, comma_appos
from factextract.facts.quotes.words import Vocab
from tests.quotecheck import speaker_of

SPEAKERS = [
    # the appositive names the subject of "said": it is "he"
    ("Airline results\n\nChief executive Paul Merton said the airline had returned to profit after "
     "two hard years.\n\nMerton, 52, was charged with turning the company round in 2003. The "
     "airline's biggest shareholder, Stavros Keller, said he backed the board. \"The results speak "
     "for themselves,\" he said.", "The results speak for themselves", "Stavros Keller"),
    ("Factory closure\n\nThe plant's owner, Tarek Oduya, was charged with running the business "
     "into the ground last year.\n\nIts new manager, Stavros Keller, said the factory would close "
     "in June. \"There was no buyer for the site,\" he said.", "There was no buyer for the site",
     "Stavros Keller"),
    ("Panel clears officer\n\nConstable Daniel Reeve has been cleared of misconduct by an "
     "independent panel.\n\nReeve, 41, had been accused of ignoring a warning about the flood "
     "defences. The chairman of the panel, Ikenna Oyelaran, said it had not been shown that the "
     "officer saw the warning. \"The complaint cannot be upheld,\" he said.",
     "The complaint cannot be upheld", "Ikenna Oyelaran"),
    # a name in apposition to an object is only mentioned
    ("Airline results\n\nChief executive Paul Merton thanked the airline's biggest shareholder, "
     "Stavros Keller, for his patience during two hard years. \"The results speak for "
     "themselves,\" he said.", "The results speak for themselves", "Paul Merton"),
    # a new paragraph opened by a named speaker switches the speaker; a possessive does not
    ("Port plan\n\nPrime Minister Tony Blair said the new port would bring thousands of jobs to "
     "the coast. \"This is the right plan for the region,\" he said.\n\nSimon Greaves, of the "
     "Harbour Trust, said Mr Blair's plan was rushed and would harm the estuary. \"Nobody asked "
     "the people who live here,\" he said.", "Nobody asked the people who live here",
     "Simon Greaves"),
]


@pytest.mark.parametrize("text, words, speaker", SPEAKERS)
def test_he_after_a_named_subject_in_apposition(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


APPOS = [
    ("The head of the union, Tarek Oduya, said the offer was too low.", "Oduya", True),
    ("Its new manager, Stavros Keller, said the plant would close.", "Keller", True),
    ("Paul Merton thanked the shareholder, Stavros Keller, for his patience.", "Keller", False),
    ("Union leader Tarek Oduya said the offer was too low.", "Oduya", False),
    ("The film, Walter Keane, tells the painter's story.", "Keane", False),
]


@pytest.mark.parametrize("text, name, expected", APPOS)
def test_comma_appos_marks_only_a_subject_named_between_commas(nlp, text, name, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    assert comma_appos(tok, _people_nouns(Vocab())) is expected

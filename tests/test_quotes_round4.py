"""Quote speakers, round 4: quoted words that are no one's speech and speakers that are no
speakers - a noun modifier in quotes (terms.TermTest.noun_modifier), text a sign or a
message "reads" (written.py), a word used before only inside a title (title_words.py), a
document "from" its maker (authors.py). Our own sentences."""
from __future__ import annotations

import pytest

from quotecheck import speaker_of


def _texts(rec) -> list[str]:
    return [q.text.rstrip(".,") for q in rec.quotes]


@pytest.mark.parametrize("text, quote", [
    # one or two quoted words qualifying the noun right after them: a term, even under "said"
    ('Tom Reid said the firm had sent thousands of "take down" notices to web hosts.', "take down"),
    ('Mr Lowe said the court relied on a state "shield" law to protect the reporter.', "shield"),
    ('Ms Vance said the agency ran a "watch list" system for two years.', "watch list"),
])
def test_a_noun_modifier_in_quotes_is_a_term(extract, text, quote):
    assert quote not in _texts(extract(text))


@pytest.mark.parametrize("text, quote, speaker", [
    # an evaluative adjective before its noun stays the speaker's word
    ('Mr Lowe said the storms would have a "significant" impact on the harvest.', "significant", "Lowe"),
    # words that are a clause of their own are speech
    ('Ann Cole said the plan was "simply unworkable" for small firms.', "simply unworkable", "Ann Cole"),
])
def test_evaluative_words_stay_speech(extract, text, quote, speaker):
    assert speaker_of(extract(text), quote) == speaker


@pytest.mark.parametrize("text, quote", [
    ('The message at the foot of the letter reads "Best wishes to everyone at the club".',
     "Best wishes to everyone at the club"),
    ('A sign outside the depot reads "No entry without a pass", Tom Reid said.', "No entry without a pass"),
    ('"We are not moving," read the banner held by the strikers outside the plant.', "We are not moving"),
])
def test_text_a_sign_or_message_reads_is_not_speech(extract, text, quote):
    assert quote not in _texts(extract(text))


def test_a_statement_that_reads_is_still_speech(extract):
    # (a statement is no written-text noun: its words stay a quote with a speaker)
    rec = extract('Orbis Telecom denied the claim. "We did not place this advert," read a statement from Orbis Telecom.')
    assert speaker_of(rec, "We did not place this advert") is not None


@pytest.mark.parametrize("text, quote, word", [
    ('Ruth Gale wrote "Because the Night" with a friend. "It was a summer song," Night said.',
     "It was a summer song", "Night"),
])
def test_a_word_seen_only_in_a_title_is_no_speaker(extract, text, quote, word):
    assert speaker_of(extract(text), quote) != word


def test_a_new_surname_is_still_adopted(extract):
    rec = extract('The ferry was late again on Monday. "It was a long wait," Okonkwo said.')
    assert speaker_of(rec, "It was a long wait") == "Okonkwo"


@pytest.mark.parametrize("text, quote, speaker", [
    ('"We will not sell," declared a defiant letter from the Harbour Trust to its members.',
     "We will not sell", "Harbour Trust"),
    ('"The plan is dead," said a statement from the Miners Guild on Friday.', "The plan is dead", "Miners Guild"),
])
def test_a_document_from_its_maker_speaks_as_the_maker(extract, text, quote, speaker):
    assert speaker_of(extract(text), quote) == speaker


def test_a_name_with_its_article_keeps_its_speaker(extract):
    rec = extract('Fans had waited for the Falcon, a rapper from Ohio, for hours. The Falcon told '
                  'reporters: "I want to thank everyone who came tonight."')
    assert "Falcon" in (speaker_of(rec, "I want to thank everyone who came tonight") or "")


@pytest.mark.parametrize("text, quote, speaker", [
    # a document described after the dash, its maker named: the maker speaks
    ('"You can copy, but we will find you" - a blunt message from the Film Trade Council.',
     "You can copy, but we will find you", "Film Trade Council"),
    ('"Stay off the ice" - a warning from Fenland Council to skaters.', "Stay off the ice", "Fenland Council"),
])
def test_a_dashed_message_from_its_maker(extract, text, quote, speaker):
    assert speaker_of(extract(text), quote) == speaker


def test_a_dashed_message_from_a_place_has_no_maker(extract):
    rec = extract('"Wish you were here, all of you" - a postcard message from Brighton, 1962.')
    assert all(q.speaker != "Brighton" for q in rec.quotes)

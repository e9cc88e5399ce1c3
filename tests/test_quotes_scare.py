"""Quotes, round 7: items that are no speech and speakers that are no speakers - a document
whose maker stands before it (makers.py), subjects that hold the quote or are a bare common
noun (nonspeakers.py), Title Case names completing the reporter's noun phrase
(work_titles.py), translations and names after "as" (named_as.py). Our own sentences."""
from __future__ import annotations

import pytest

from quotecheck import speaker_of


def _texts(rec) -> list[str]:
    return [q.text.rstrip(".,") for q in rec.quotes]


@pytest.mark.parametrize("text, quote, speaker", [
    # a name compounded onto a document noun is its maker
    ('The Court of Arbitration for Sport (CAS) banned the sprinter. "The agency has proved its case," '
     'said a CAS statement.', "The agency has proved its case", "Court of Arbitration for Sport"),
    ('Capital Economics expects rates to rise. "Growth will slow," a Capital Economics statement said.',
     "Growth will slow", "Capital Economics"),
    ('The Trades Union Congress published figures on Monday. Cutting training was a "false economy", '
     'according to a TUC report.', "false economy", "Trades Union Congress"),
    # its possessor too
    ('Maria Lopez sued the firm in May. Her lawsuit said the firm had been "reckless and negligent" in its care.',
     "reckless and negligent", "Maria Lopez"),
])
def test_a_document_speaks_as_the_maker_named_before_it(extract, text, quote, speaker):
    assert speaker_of(extract(text), quote) == speaker


def test_a_document_with_no_maker_named_is_left_as_it_is(extract):
    rec = extract('The report said the scheme was "a costly failure".')
    assert speaker_of(rec, "a costly failure") == "The report"


@pytest.mark.parametrize("text, quote, wrong", [
    # a bare singular common noun in mid-sentence is no source
    ('The pupil asked how the council would tackle under-age drinking, began his answer with the quip: '
     '"I\'m certain nobody in this town drinks before eighteen."',
     "I'm certain nobody in this town drinks before eighteen", "under-age drinking"),
    ('"Don\'t you care about the whales?", implored guitar-toting campaigner Barry Lim.',
     "Don't you care about the whales?", "guitar"),
    # a subject whose own phrase holds the quote
    ('Reports say the "warm and relaxed" first meeting suggested the two men believed an agreement was close.',
     "warm and relaxed", "first meeting"),
])
def test_a_subject_that_cannot_speak_is_no_speaker(extract, text, quote, wrong):
    assert speaker_of(extract(text), quote) != wrong


@pytest.mark.parametrize("text, quote, speaker", [
    ('Management said the plant would close. "We had no choice," a spokesman added.',
     "We had no choice", "a spokesman"),
    ('"We will fight this," said union officials on Monday.', "We will fight this", "union officials"),
])
def test_sources_with_a_determiner_or_a_plural_stay(extract, text, quote, speaker):
    assert speaker in (speaker_of(extract(text), quote) or "")


@pytest.mark.parametrize("text, quote", [
    ('On this week\'s broadcast of "Sunday Politics Live," Governor Ann Reid said the plan would work.',
     "Sunday Politics Live"),
    ('In his 2009 book, "Make Your Savings Work for You," Mr Hale argued that pensions were unsafe.', "Make Your Savings Work for You"),
    ('Many economists dream of a bipartisan "Grand Bargain" on tax, said Tom Lee.', "Grand Bargain"),
    ('The mayor took calls on his "Talking Straight" radio programme, which he said was popular.',
     "Talking Straight"),
])
def test_a_title_completing_the_reporters_phrase_is_no_quote(extract, text, quote):
    assert quote not in _texts(extract(text))


@pytest.mark.parametrize("text, quote", [
    ('One of his songs has the lyrics "mi nah go", translated by the charity Pride Now as "I will not go", '
     'police said.', "I will not go"),
    ('Referred to in his home town as "the Professor", Jansen led the team to the 1978 final.', "the Professor"),
])
def test_a_translation_or_a_name_after_as_is_no_quote(extract, text, quote):
    assert quote not in _texts(extract(text))


@pytest.mark.parametrize("text, quote, speaker", [
    # "described as" with its subject: the subject's words
    ('The union described the offer as "a farce" on Monday.', "a farce", "union"),
    # real partial quotes under "said" stay
    ('Tom Reid said the plan was "a disgrace" and would cost jobs.', "a disgrace", "Tom Reid"),
    ('Ann Cole said the budget was "A Total Mess" for the town.', "A Total Mess", "Ann Cole"),
])
def test_words_someone_said_stay_quotes(extract, text, quote, speaker):
    assert speaker_of(extract(text), quote) is not None
    assert speaker in speaker_of(extract(text), quote)


def test_a_quote_whose_own_cue_has_no_source_takes_no_earlier_speaker(extract):
    rec = extract('Wheelchair user Kevin Donnellon was asked: "Why do you want this?" "Don\'t you care '
                  'about the whales?", implored guitar-toting campaigner Barry Lim.')
    assert speaker_of(rec, "Don't you care about the whales?") not in ("guitar", "Kevin Donnellon")


def test_a_headline_label_the_body_never_quotes_is_no_quote(extract):
    rec = extract("Media seek star 'juror' notes\n\nReporters covering the trial of singer Tom Vance have "
                  'asked to see forms filled in by jurors. Lawyers said it was "really vital" to publish them.')
    assert "juror" not in _texts(rec)


def test_a_headline_word_the_body_quotes_stays(extract):
    rec = extract("German film in a 'zombie' state\n\nThe sector is \"a zombie that will not lie down\", "
                  "Karl Renner said on Monday.")
    # not a label: the words stay Karl Renner's, in the body's quote (the headline's copy of
    # the same speaker's words is listed once: headline_repeats.py)
    assert speaker_of(rec, "a zombie that will not lie down") == "Karl Renner"
    assert [q.text for q in rec.quotes if "zombie" in q.text] == ["a zombie that will not lie down"]


@pytest.mark.parametrize("text, quote", [
    ('Phones with fast data - an "always on" net connection - will double, according to Gartner.', "always on"),
    ('Better lenses are making camera phones an increasingly "must-have" buy, said analysts at Ovum.', "must-have"),
])
def test_a_coined_modifier_before_its_noun_is_no_quote(extract, text, quote):
    assert quote not in _texts(extract(text))


@pytest.mark.parametrize("text, quote, speaker", [
    ('Ms Vance said it had been a "hugely disappointing" season for the club.', "hugely disappointing", "Vance"),
    ('Mr Lowe said the result was a "complete u-turn".', "complete u-turn", "Lowe"),
])
def test_a_verdict_before_its_noun_stays_speech(extract, text, quote, speaker):
    assert speaker in (speaker_of(extract(text), quote) or "")


@pytest.mark.parametrize("text, quote", [
    ('Viewers can give to the flood fund by texting "Give" to a short number, according to the network.', "Give"),
    ('Users searching for "cheap flights" rose by a third, the firm said.', "cheap flights"),
])
def test_text_keyed_in_is_no_quote(extract, text, quote):
    assert quote not in _texts(extract(text))


def test_a_translation_after_a_name_ending_a_sentence_is_no_quote(extract):
    rec = extract('His song has the lyrics "mi nah go", translated by campaign group Shout! as "I will not go", '
                  'police said.')
    assert "I will not go" not in _texts(rec)

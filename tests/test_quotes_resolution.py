"""Quotes: attribution cases that need more than one quote of a paragraph (cues right after
a quote, a cue before a colon) and sentences cut at paragraph breaks; the one-quote shapes
from the same error analysis are in test_quotes.SHAPES. All sentences are our own."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from factextract.nlp.sentences import Sentences


def test_question_then_cue_after_the_closing_mark(extract):
    """“…?” Berg asked. - the parser ends the sentence at the question mark, yet the cue right
    after the closing mark attributes the quote, not the previous quote's cue."""
    text = "Mayor Tom Becker and Anna Berg met on Sunday.\n\n“We will rebuild,” Becker said. “Rebuild what?” Berg asked."
    quotes = extract(text).quotes
    assert [(q.text, text[q.speaker_start:q.speaker_end]) for q in quotes] == [
        ("We will rebuild,", "Becker"), ("Rebuild what?", "Berg")]


def test_cue_before_a_colon_introduces_the_next_quote(extract):
    text = "Two residents spoke.\n\n“We are tired,” Anna Berg said. Karl Dent said: “We are angry.”"
    quotes = extract(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("We are tired,", "Anna Berg"), ("We are angry.", "Karl Dent")]


@pytest.mark.parametrize("words,spaces,starts,expected", [
    # one parsed sentence running over a paragraph break is cut after the break
    (["He", "added", ".", "\n\n", "Anna", "said", "so", "."], [True, False, False, False, True, True, False, False],
     [True, False, False, False, False, False, False, False], [["He", "added", ".", "\n\n"], ["Anna", "said", "so", "."]]),
    # sentences without line breaks stay as parsed
    (["Rain", "fell", ".", "It", "stopped", "."], [True, False, True, True, False, False],
     [True, False, False, True, False, False], [["Rain", "fell", "."], ["It", "stopped", "."]]),
])
def test_sentences_end_at_line_breaks(words, spaces, starts, expected):
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=starts)
    sents = Sentences(doc)
    assert [[t.text for t in s] for s in sents.spans] == expected
    assert sents.of(doc[5]).start == sents.spans[1].start
    assert sents.before(sents.spans[1]).start == 0


# -- issue 12: speakers on real articles (all sentences our own) --------------------------------
@pytest.mark.parametrize("text,quote,speaker", [
    # a role noun joined to the name by "and": the name speaks, not "media"
    ('The firm hired a new adviser last year.\n\n"We were never told," said media and PR strategist Anton Greely.',
     "We were never told,", "Anton Greely"),
    # a country ending an organisation's name: the whole organisation speaks, not the country
    ('The prisoners were moved in March.\n\nAmnesty International UK said the move was "deeply troubling" for '
     'their families.', "deeply troubling", "Amnesty International UK"),
])
def test_speaker_is_the_name_inside_the_phrase(extract, text, quote, speaker):
    quotes = extract(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [(quote, speaker)]


def test_headline_word_attributed_from_the_body(extract):
    """A headline's quoted word goes to whoever the body says used it with a reporting verb."""
    text = ("Harbour plan 'reckless'\n\nPort director Anna Berg said on Monday that the plan was reckless "
            "and would cost jobs.")
    quotes = extract(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("reckless", "Anna Berg")]
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == "Anna Berg"


def test_headline_word_with_no_source_in_the_body_is_left_out(extract):
    """Nobody in the body uses the words: not guessed from the headline's name."""
    text = "Becker 'damaged' by row\n\nMayor Tom Becker lost two council votes on Monday after a long row."
    rec = extract(text)
    assert rec.quotes == []


def test_speaker_is_never_an_alias(extract):
    """Whatever words attribute the quote, the speaker is the entity's own name."""
    text = ('Anna Berg runs the port.\n\nMs Berg said the cranes were "old and slow". '
            '"We need new ones," Ms Berg said.')
    rec = extract(text)
    names = {e.name for e in rec.people}
    aliases = {a for e in rec.people for a in e.aliases}
    assert rec.quotes and all(q.speaker in names and q.speaker not in (aliases - names) for q in rec.quotes)


def test_unresolved_pronoun_speaker_is_warned(extract):
    text = '"It will rain all week," he said.'
    rec = extract(text)
    assert [(q.speaker) for q in rec.quotes] == ["he"]
    assert any("left as the pronoun 'he'" in w for w in rec.warnings)


def test_number_subject_is_no_speaker_and_is_warned(extract):
    """"only one said": no entity, no source - no speaker rather than "one", and a warning."""
    text = 'The survey asked ten shops about prices.\n\nOf the ten, only one said it would "raise prices soon".'
    rec = extract(text)
    assert [(q.text, q.speaker) for q in rec.quotes] == [("raise prices soon", None)]
    assert any("no speaker found" in w for w in rec.warnings)

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

"""Quotes: attribution and speaker resolution cases from the error analysis of issue 5
(pronoun chains, names inside role nouns, "issued a statement saying", cues right after a
quote, sentences cut at paragraph breaks). All sentences are our own."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from factextract.sentences import Sentences

CASES = [
    # (case, text, [(quoted text, speaker, speaker mention text, kind)])
    ("an earlier 'he' of the chain, not the man in the object",
     "Finance minister Peter Varga met his counterpart, Mr. Holm, on Monday.\n\n"
     "Mr. Varga said the talks had gone well. But he suggested that Mr. Holm had other goals. "
     "“They are under pressure at home,” he said.",
     [("They are under pressure at home,", "Peter Varga", "he", "direct")]),
    ("a name inside a role noun is not the speaker",
     "Mayor Tom Becker has led the town since 2019.\n\n“We expect a close race,” said a senior Becker adviser.",
     [("We expect a close race,", "a senior Becker adviser", "a senior Becker adviser", "direct")]),
    ("X issued a statement saying",
     'The Harbor Authority issued a statement saying the pier was "unsafe for now."',
     [("unsafe for now.", "Harbor Authority", "Harbor Authority", "partial")]),
    ("X released a plan calling",
     'Ships waited outside the harbor.\n\nAnna Berg, the port director, released a new plan calling the delays "a disgrace."',
     [("a disgrace.", "Anna Berg", "Anna Berg", "partial")]),
    ("verb and particle tagged as an adverb",
     "“Nobody believes that,” Karl Dent shot back with a laugh.",
     [("Nobody believes that,", "Karl Dent", "Karl Dent", "direct")]),
    ("a later cue in the quote's own sentence: not the previous speaker's mention",
     "Senator Ellen Marsh wrote to the board. “The plan is sound,” Marsh wrote. Still, she added, "
     "“we cannot ignore the cost.”",
     [("The plan is sound,", "Ellen Marsh", "Marsh", "direct"),
      ("we cannot ignore the cost.", "Ellen Marsh", "she", "direct")]),
    ("a cue in a subordinate clause with its own subject: not the main clause's cue",
     "Hours after Anna Berg said she was “encouraged” by the offer, the union announced a strike.",
     [("encouraged", "Anna Berg", "Anna Berg", "partial")]),
    ("a fragment in a paragraph without a cue: its sentence's named subject",
     "The rally lasted an hour.\n\nKarl Dent listed his plans, including a \"fair deal\" for farmers and new roads.",
     [("fair deal", "Karl Dent", "Karl Dent", "partial")]),
]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c[0] for c in CASES])
def test_attribution_and_resolution(extract, case, text, expected):
    rec = extract(text)
    got = [(q.text, q.speaker, text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None,
            q.kind) for q in rec.quotes]
    assert got == expected


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

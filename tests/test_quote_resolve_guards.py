"""Quotes: a pronoun after an unnamed reporter, a subject the parse lost, and names the
tagger misread as numbers or shares (pronoun_guards.py, proper_subject.py, polls.py).
All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

# the subject of the last reporting verb is an unnamed person: the pronoun means that
# person, not the possessor in the phrase nor the speaker of the quote before
UNNAMED_REPORTER = [
    ("Health campaigner Ruth Kelso said the remarks were \"deeply irresponsible\". \"The minister "
     "should withdraw them,\" she said. But a council spokeswoman insisted Mr Lyle had meant adults. "
     "\"He was talking about late-night offers,\" she said.",
     "He was talking about late-night offers", "a council spokeswoman"),
    ("Port workers walked out on Monday.\n\nIn a radio address, Governor Hale's chief aide said the "
     "strike was unlawful. \"The harbour will stay open whatever happens,\" he said.",
     "The harbour will stay open whatever happens", "Governor Hale's chief aide"),
    # a spokesman named in apposition is that person, not an unnamed reporter
    ("The airline cut ten routes. Its spokesman, Tom Lee, said the cuts were final. \"We have "
     "no choice at these fuel prices,\" he said.",
     "We have no choice at these fuel prices", "Tom Lee"),
    # a named subject stays the antecedent as before
    ("Mr Lyle rejected the criticism on Tuesday. \"I was talking about adults,\" he said.",
     "I was talking about adults", "Lyle"),
]


@pytest.mark.parametrize("text,words,expected", UNNAMED_REPORTER)
def test_pronoun_after_an_unnamed_reporter(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected


# capitalised names the tagger reads as a number or a share: speakers, and entities of the record
NUMBER_NAMES = [
    ("Channel row grows\n\nThe channel defended the show. \"The programme was clearly flagged and "
     "shown after the watershed,\" Five said in a statement.",
     "The programme was clearly flagged and shown after the watershed", "Five", "organisations"),
    ("Rap stars end feud\n\n\"We came along to prove that anyone can get through the worst of "
     "times,\" 50 Cent said.",
     "We came along to prove that anyone can get through the worst of times", "50 Cent", "people"),
]


@pytest.mark.parametrize("text,words,expected,kind", NUMBER_NAMES)
def test_number_word_name_speaks_and_is_an_entity(extract, text, words, expected, kind):
    rec = extract(text)
    assert speaker_of(rec, words) == expected
    assert expected in [e.name for e in getattr(rec, kind)]


# shares and counts stay no speaker
NOT_NAMES = [
    ("Voters were asked about the plan. \"The council should think again,\" 62 per cent said.",
     "The council should think again"),
]


@pytest.mark.parametrize("text,words", NOT_NAMES)
def test_a_share_stays_no_speaker(extract, text, words):
    assert speaker_of(extract(text), words) is None


def test_name_before_a_verb_the_parse_left_without_subject():
    """"… at Highfield Road and Keegan sympathised with …": Keegan is that verb's subject."""
    import spacy
    from factextract.facts.quotes.pronoun_guards import stranded_subject
    nlp = spacy.blank("en")
    doc = nlp("win at Road and Keegan sympathised with Abbot")
    # a hand-made parse: Keegan joined to "Road", "sympathised" with no subject
    heads = [0, 0, 1, 2, 3, 0, 5, 6]
    deps = ["ROOT", "prep", "pobj", "cc", "conj", "advcl", "prep", "pobj"]
    tags = ["VB", "IN", "NNP", "CC", "NNP", "VBD", "IN", "NNP"]
    pos = ["VERB", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "ADP", "PROPN"]
    for t, h, d, g, p in zip(doc, heads, deps, tags, pos):
        t.head, t.dep_, t.tag_, t.pos_ = doc[h], d, g, p
    assert stranded_subject(doc[4])             # Keegan
    assert not stranded_subject(doc[2])         # Road: "and" follows, no verb
    doc[4].head, doc[4].dep_ = doc[5], "nsubj"
    assert not stranded_subject(doc[4])         # the verb's subject already: nothing to repair


# a quoted statement with no cue, right after a sentence whose subject is a named person
TOPIC = [
    ("Campaign trail\n\nA small party has hired a famous strategist for the election.\n\n"
     "Strategist Dale Wren has worked for parties on three continents. On this "
     "subject, Wren sounds almost evangelical.\n\n\"I was on a train in the Alps and the party "
     "leader was in the next seat.\"",
     "I was on a train in the Alps and the party leader was in the next seat.", "Dale Wren"),
]


@pytest.mark.parametrize("text,words,expected", TOPIC)
def test_cueless_statement_after_a_sentence_about_a_person(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected


def test_cueless_statement_after_an_organisation_stays_open(extract):
    """The sentence before is about a body, not a person: no speaker is guessed from it."""
    text = ("Club news\n\nThe club is moving.\n\nRovers confirmed the sale of their ground on Friday.\n\n\"We will build a new "
            "stadium on the edge of town within three years.\"")
    assert speaker_of(extract(text), "We will build a new stadium on the edge of town within three years.") is None


def test_pronoun_after_a_bodys_spokeswoman(extract):
    """"A Department for Roads spokeswoman said …. “…,” she said": the parse makes the
    department the subject; the pronoun means the spokeswoman, not Sir Alan."""
    text = ("Road plan\n\nThe minister defended the plan. Sir Alan Moss said he did not think there "
            "would be delays. A Department for Roads spokeswoman said Sir Alan and the minister agreed "
            "about the timetable. \"Their disagreement is about the cost of the bridge,\" she said.")
    rec = extract(text)
    assert speaker_of(rec, "Their disagreement is about the cost of the bridge") == "A Department for Roads spokeswoman"

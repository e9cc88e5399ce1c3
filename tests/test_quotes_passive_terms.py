"""Quotes a careful reader marks wrong (issue 12): the agent of a passive report is the
speaker, a passive report with no agent has no speaker, a noun predicate of "be" is not its
subject's speech, a slogan in a noun phrase is no quote, a name in apposition after a fronted
phrase speaks, and another verb's object is no subject. All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

# (text, quoted words, expected speaker; None = the quote stays with no speaker)
SPEAKERS = [
    # the "by" phrase hung off the quoted noun: still the agent (the union the description names)
    ("Council cuts\n\nMayor Tom Becker opened the debate on Monday. The plan has been branded "
     "\"a disaster\" by the Unison union.", "a disaster", "Unison"),
    ("Farm reforms\n\nFarm minister Karl Dent set out the reforms. They were described by one "
     "civil liberties group as \"a bonfire of the freedoms\".", "a bonfire of the freedoms", "one civil liberties group"),
    # no agent at all: nobody named, not the speaker of the quote before
    ("New sitcom\n\nThe show will be \"a gentle comedy\", according to writer Nina Holt. Its hero is "
     "described as a \"baker, poet and in his own words, a village legend\".",
     "baker, poet and in his own words, a village legend", None),
    # "X is a “…”": words about X
    ("Growth outlook\n\nBrazil is a \"fast growing economy that needs new roads\", "
     "the report added.", "fast growing economy that needs new roads", "the report"),
    ("Growth outlook\n\nAnalyst Mia Roth said exports fell. Peru is a \"fast growing economy that "
     "needs new ports\". Its exports rose.", "fast growing economy that needs new ports", None),
    # a name in apposition after a fronted phrase, not the phrase's noun
    ("Reshuffle\n\nDr Evans spoke on Monday. In reply to Dr Evans' remarks, Owen Price, leader of "
     "the Green group, said: \"This reshuffle changes nothing at all.\"",
     "This reshuffle changes nothing at all.", "Owen Price"),
    # another verb's object right before the cue is not its subject
    # a name the parser made the object of the quote's own verb still speaks
    ("Currency\n\n\"If I hold a million in savings this will suddenly shrink,\" shop owner Lia Moss, "
     "told reporters.", "If I hold a million in savings this will suddenly shrink,", "Lia Moss"),
]


@pytest.mark.parametrize("text,words,speaker", SPEAKERS)
def test_speaker_of_passive_and_predicate_quotes(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


# (text, quoted words that are a name of something, never a quote)
NOT_QUOTES = [
    ("Spam fight\n\nNetco's \"Stop the junk mail\" campaign was meant to help users fight back.",
     "Stop the junk mail"),
    ("Retail\n\nShop owner Lia Moss said sales rose. The \"buy now pay never\" offer ended in May.",
     "buy now pay never"),
]


@pytest.mark.parametrize("text,words", NOT_QUOTES)
def test_slogans_and_labels_are_no_quotes(extract, text, words):
    assert words not in [q.text for q in extract(text).quotes]


def test_another_verbs_object_is_no_subject(extract):
    """“…, calling the shows “tedious”" after "he never watched them": not "them"."""
    text = ("Awards\n\nThe host is comic Sam Reed, who caused a stir by saying he never watched them, "
            "calling the shows \"tedious\".")
    assert [q.speaker for q in extract(text).quotes if q.text == "tedious"] in ([None], ["Sam Reed"])


def test_adjective_list_in_a_noun_phrase_stays_a_quote(extract):
    """“reckless, provocative” acts are someone's verdict, not a slogan's name."""
    text = ("Missile test\n\nLeaders condemned what Prime Minister Anna Berg called the north's "
            "\"reckless, provocative\" actions.")
    assert "reckless, provocative" in [q.text for q in extract(text).quotes]

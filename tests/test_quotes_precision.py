"""Quotes: the one spoken to is no speaker (recipients.py), a name that only modifies a role
noun is not the speaker (role_after_name.py), and a thing or an idea cannot speak
(thing_subjects.py). All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

# the recipient of tell / said to / an interview with: never the speaker, wherever the quote is
RECIPIENTS = [
    ("Mill closes\n\nThe mill will shut in May. Union leader Ann Kerr told the BBC:\n\n"
     "\"We tried everything to keep the looms running.\"",
     "We tried everything to keep the looms running.", "Ann Kerr"),
    ("Mill closes\n\nThe mill will shut in May. Owner Tom Pryce told Reuters: \"Orders dried up "
     "over the winter.\"", "Orders dried up over the winter.", "Tom Pryce"),
    ("Mill closes\n\nThe mill will shut in May. Tom Pryce said to the Guardian: \"Orders dried up "
     "over the winter.\"", "Orders dried up over the winter.", "Tom Pryce"),
    ("Mill closes\n\nThe mill will shut. Tom Pryce told BBC Radio Wales's Good Morning Wales "
     "programme:\n\n\"Orders dried up over the winter.\"", "Orders dried up over the winter.", "Tom Pryce"),
    # the name before the colon that is nobody's listener still speaks
    ("Vote ahead\n\nThe swing came as no shock to pollster Dana Whitfield: \"Voters wanted a change "
     "of tone.\"", "Voters wanted a change of tone.", "Dana Whitfield"),
]



# a club, firm or country the parse made the subject, in front of a person's role noun
ROLE_AFTER_NAME = [
    ("Rugby\n\nThe squad flew out on Monday. \"I am gutted to be out for so long,\" the Sale full-back "
     "said.", "I am gutted to be out for so long,", "the Sale full-back"),
    ("Cup run\n\nThe draw was kind. \"We will go there to win,\" the Dundee striker said.",
     "We will go there to win,", "the Dundee striker"),
    # a document of a body stays that body's (makers.py)
    ("Outlook\n\nGrowth slowed. \"The outlook has darkened,\" the IMF report stated.",
     "The outlook has darkened,", "IMF"),
]



# a thing or an idea as the subject: no speaker; people, bodies and documents still speak
THINGS = [
    ("Consoles\n\nSales rose. \"Players want more story and less shooting,\" the latest speculation "
     "suggested.", "Players want more story and less shooting,", None),
    ("Robots\n\nThe demonstration went well. \"Good morning, how may I help you today?\" a machine "
     "said.", "Good morning, how may I help you today?", None),
    ("Robots\n\nThe demonstration went well. \"We expect a full recovery in the spring,\" the report "
     "said.", "We expect a full recovery in the spring,", "the report"),
    ("Robots\n\nThe demonstration went well. \"We expect a full recovery in the spring,\" the "
     "announcer said.", "We expect a full recovery in the spring,", "the announcer"),
    ("Robots\n\nThe demonstration went well. \"We expect a full recovery in the spring,\" a number "
     "of engineers said.", "We expect a full recovery in the spring,", "a number of engineers"),
]



# an unnamed spokesperson of a body: the person described, not the body in the description
SPOKESPEOPLE = [
    ("Benefits\n\nThe Department for Work and Pensions changed the rules in May. A Department for "
     "Work and Pensions spokeswoman said: \"The rules are clear and fair.\"", "The rules are clear and fair.",
     "A Department for Work and Pensions spokeswoman"),
    ("Charts\n\nThe album sold well. \"I never expected this,\" the 37-year-old chart-topper told "
     "reporters.", "I never expected this,", "the 37-year-old chart-topper"),
]



# a plural description of several bodies or people is none of them alone
SEVERAL = [
    ("Drug halted\n\nShares in Corvan, the Irish firm, fell after it halted sales of its heart drug, "
     "made with partner Medwell. \"We will review every case with doctors,\" the two firms said in a "
     "statement.",
     "We will review every case with doctors,", "the two firms"),
]



# "who said" after a name: that person, when the parse hung the clause on a body before it
RELATIVE = [
    ("Arts\n\nThe plan won backing from Culture, Media and Sport Secretary Helen Ashby, who said: "
     "\"We must act now.\"", "We must act now.", "Helen Ashby"),
    ("Arts\n\nThe plan was backed by Acme Holdings chairman Tom Reed, who said: \"We must act now.\"",
     "We must act now.", "Tom Reed"),
]


# each table names the mechanism its rows test; one assertion serves them all
CASES = [pytest.param(*row, id=f"{name.lower()}-{i}")
         for name in ("RECIPIENTS", "ROLE_AFTER_NAME", "THINGS", "SPOKESPEOPLE", "SEVERAL", "RELATIVE")
         for i, row in enumerate(globals()[name])]


@pytest.mark.parametrize("text,words,expected", CASES)
def test_speaker(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected

"""Quotes, round 12: words that name something or that nobody said are no quotes.

- title_phrases.py: a short Title Case phrase in marks inside the reporter's sentence (a list
  of songs, "in “Film”", "Team “Name”", a plain object) names a work, a team, a show;
- imagined.py: "as if to say “…”" is the writer's reading of a look, not speech.
Speech quoted inside a sentence in lower case, and whole quoted sentences, stay quotes.
All sentences are our own."""
from __future__ import annotations

import pytest

from factextract.facts.quotes.marks import Quoted
from factextract.facts.quotes.title_phrases import names_in_sentence
from tests.quotecheck import speaker_of

DROPPED = [
    ("The band played older hits such as “Silver Road,” “Night Train,” “Hold Me Close,” and “Always.” "
     "Singer Mara Lind said she loved them all.", ["Silver Road", "Night Train", "Hold Me Close", "Always"]),
    ("Dern's chilling turn as a drifter who wins fame through crime in “Harbour” has won praise.",
     ["Harbour"]),
    ("The contest ended in a tie, and the fight goes on between Team “Blue Moon” and Team “Why Not Me?”",
     ["Blue Moon", "Why Not Me?"]),
    ("For the final round I picked “Burning Bridges,” the loudest ballad of the decade, and I sang it well.",
     ["Burning Bridges"]),
    ("The clip ends with the two sisters hugging as if to say, “We made it, and nothing can stop us now.”",
     ["We made it, and nothing can stop us now."]),
    ("The players looked at the referee as though to say “That was never a foul.”",
     ["That was never a foul."]),
]


@pytest.mark.parametrize("text, gone", DROPPED)
def test_names_and_imagined_words_are_no_quotes(extract, text, gone):
    texts = {q.text.rstrip(".,") for q in extract(text).quotes}
    for words in gone:
        assert words.rstrip(".,") not in texts


KEPT = [
    ("Council leader Ann Moss called the decision “deeply unfair” on Monday.", "deeply unfair", "Ann Moss"),
    ('“We will appeal,” said Ann Moss, the council leader.', "We will appeal", "Ann Moss"),
    ('Ann Moss, the council leader, said: “No Comment.”', "No Comment", "Ann Moss"),
    ("Asked whether she would stand again, Ann Moss replied “Absolutely Not” and left.",
     "Absolutely Not", "Ann Moss"),
    ("Tory finance spokesman Tim Ward attacked the budget, dubbing Mr Hale “Lord Overspend”.",
     "Lord Overspend", "Tim Ward"),
]


@pytest.mark.parametrize("text, words, speaker", KEPT)
def test_speech_stays_a_quote(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


UNIT = [
    # text, quoted words, governed, expected
    ("songs such as “Red Sky,” “Blue Water,” and more", "Blue Water,", False, True),
    ("fame in “Harbour” grew", "Harbour", True, True),
    ("she replied “Absolutely Not” and left", "Absolutely Not", True, False),
    ("he chose “Burning Bridges” for the show", "Burning Bridges", False, True),
    ("he chose “OK” for the show", "OK", False, False),
    ("hits like “Red Sky,” “Blue Water,” and “Never Again.”", "Never Again.", False, True),
    ("a call for “Never Again.”", "Never Again.", False, False),
    ("the crowd broke into cries of “Bobby!” as he spoke", "Bobby!", False, False),
    ("the fight between Team “Red Sky” and the rest", "Red Sky", True, True),
    ("They said: “Never Again”", "Never Again", False, False),
    ("a “remarkably fine” result", "remarkably fine", False, False),
    ("he sang “A Song About the Long Cold Winter Nights” loudly", "A Song About the Long Cold Winter Nights",
     False, False),
]


@pytest.mark.parametrize("text, words, governed, expected", UNIT)
def test_names_in_sentence(nlp, text, words, governed, expected):
    start = text.index(words)
    end = start + len(words)
    q = Quoted(start, end, start - 1, text.index("”", end) + 1, 0)
    assert names_in_sentence(nlp(text), text, q, governed) is expected

"""Quotes: a participle of speech whose speaker is not the subject of the verb it hangs off -
the object of a showing or hearing verb, or the maker of a message (shown_speaker.py).
All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

SHOWN = [
    # the object of a showing verb, right before the participle, does the telling
    ('The film showed Mrs Harlow telling the committee: "We will not back down on this."',
     "We will not back down on this", "Harlow"),
    ('The documentary showed Mr Hollis telling the meeting: "We will not back down on this."',
     "We will not back down on this", "Hollis"),
    # a message with its maker after "from": the maker speaks
    ('Viewers saw a short statement from the Football Association saying "Clubs must pay their debts."',
     "Clubs must pay their debts", "Football Association"),
    ('A blunt warning came from the Football Association saying "Clubs must pay their debts."',
     "Clubs must pay their debts", "Football Association"),
    ('The posters carry a message from the Metropolitan Police saying "Knife crime ruins lives."',
     "Knife crime ruins lives", "Metropolitan Police"),
    # unchanged: the subject speaks when the object is only acted on
    ('Mr Hollis left the meeting saying: "We will not back down on this."',
     "We will not back down on this", "Hollis"),
    ('Mr Hollis thanked the crowd, saying: "We will not back down on this."',
     "We will not back down on this", "Hollis"),
    ('Mrs Harlow watched the vote, saying: "We will not back down on this."',
     "We will not back down on this", "Harlow"),
]


@pytest.mark.parametrize("text,words,expected", SHOWN)
def test_participle_speaker_of_shown_object_or_message(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected

"""Quotes, round 11: description speakers resolved to the body or person the article named -
a body described through its owner ("the Acme subsidiary", owned_bodies.py), a former
monopoly, the channel kept out of the speaker ("said the union in a statement", channel.py)
and an office meaning the last speaker a few sentences on when nobody else came forward
(office_speaker.py). All sentences are our own."""
from __future__ import annotations

import pytest

from factextract.pipeline import get_pipeline
from factextract.extraction import record_from_doc
from tests.quotecheck import speaker_of


def _record(text: str):
    return record_from_doc(get_pipeline()(text), "t")


RESOLVED = [
    # the proper noun before "subsidiary" is the owner; the body meant is the one just named
    ('Shares in Harlow Air fell after the storms grounded Skyline, its regional carrier. Skyline '
     '"regrets the delays caused by the weather," the Harlow Air subsidiary said in a statement.',
     "regrets the delays caused by the weather", "Skyline"),
    # "the former monopoly": the body the article is about
    ('Telkom Nordic has offered to open its network to rivals. Competitors say Telkom Nordic '
     'still abuses its position. "We will give every operator the same access," the former '
     'monopoly said.', "We will give every operator the same access", "Telkom Nordic"),
    # an office three sentences after the quote of its holder, nobody else speaking between
    ('"The deal was fair," Mr Horvath said on Monday. He spoke at his annual press conference in '
     'Budapest. He said the sale had followed the law. Critics disagree. "The state is protecting '
     'its interests," the Hungarian president said.', "The state is protecting its interests",
     "Horvath"),
]

UNCHANGED = [
    # someone else came forward as a subject between: the office stays as written
    ('"The deal was fair," Mr Horvath said on Monday. He spoke at a press conference in Budapest. '
     'Anna Kis, an opposition leader, called the sale a theft. She wants an inquiry. "The state '
     'is protecting its interests," the Hungarian president said.',
     "The state is protecting its interests", "the Hungarian president"),
]


@pytest.mark.parametrize("text, words, speaker", RESOLVED + UNCHANGED)
def test_description_speaker(text: str, words: str, speaker: str) -> None:
    got = speaker_of(_record(text), words)
    assert got is not None and (got == speaker or got.endswith(" " + speaker)), got


CHANNEL = [
    ('Lakeside Rangers were fined on Friday. "We accept the ruling," said the club in a statement.',
     "We accept the ruling", " in a statement"),
    ('"Prices will rise," said the chief executive in an interview with the paper.',
     "Prices will rise", " in an interview"),
]


@pytest.mark.parametrize("text, words, channel", CHANNEL)
def test_channel_out_of_speaker(text: str, words: str, channel: str) -> None:
    rec = _record(text)
    q = next(q for q in rec.quotes if q.text.rstrip(".,") == words)
    assert channel.strip() not in text[q.speaker_start:q.speaker_end]
    assert "in" not in text[q.speaker_start:q.speaker_end].split()


WHOLE_NAMES = [
    # a name with "of" inside, missed by the entities component: the whole name speaks
    ('Lloyds of Leeds told the newspaper it expected claims to be limited to "motor, home and '
     'travel cover".', "motor, home and travel cover", "Lloyds of Leeds"),
    # a name with a number inside whose last word was taken for a place
    ('According to Il Sole 24 Ore, the daily, the cabinet will focus on "opening up markets and '
     'cutting red tape".', "opening up markets and cutting red tape", "Il Sole 24 Ore"),
]


@pytest.mark.parametrize("text, words, speaker", WHOLE_NAMES)
def test_whole_written_name(text: str, words: str, speaker: str) -> None:
    assert speaker_of(_record(text), words) == speaker


def test_appositive_subject_is_the_body_meant() -> None:
    text = ('Stephen Dyer said browsers could spot such domains. Paypal.com was among the sites '
            'copied. The Web Safety Forum agrees. CENTR, the Council of European Domain '
            'Registries, agrees too. "A rush to introduce new browsers is an overly-zealous '
            'step," the organisation said in a statement.')
    got = speaker_of(_record(text), "A rush to introduce new browsers is an overly-zealous step")
    assert got in ("CENTR", "Council of European Domain Registries")

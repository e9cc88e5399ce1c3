"""Quotes, round 11: a statement speaks as the body that issued it (issuers.py) - its initials or
its kind before the noun ("an FA statement", "an agency statement"), a name it was issued on
behalf of, or a bare "the statement" going on from that body's quote just before. All
sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

ISSUED = [
    # initials before the noun, of a body the article named in full
    ('The Rugby Football Union will not act over the brawl. "The referee dealt with the matter on '
     'the day," said an RFU statement.', "The referee dealt with the matter on the day",
     "Rugby Football Union"),
    # a kind of body before the noun: the agency the article is about
    ('The European Space Agency needs $30m to replace its ground stations. "Failure to upgrade the '
     'network will put two missions at risk," said an agency statement.',
     "Failure to upgrade the network will put two missions at risk", "European Space Agency"),
    # a name the statement was issued on behalf of
    ('Washington wants talks on the tariffs soon. "There is no single customs office in the bloc," '
     'a statement issued on behalf of Karen Doyle, the trade envoy, said.',
     "There is no single customs office in the bloc", "Karen Doyle"),
    # "the statement" going on from the body's own quote
    ('Northfield Rovers said in a statement that the offer was too low. "The board does not '
     'believe the bid values the club fairly," Northfield Rovers said. The statement added: "We '
     'will talk to any serious bidder."', "We will talk to any serious bidder", "Northfield Rovers"),
]

UNCHANGED = [
    # no statement spoken of before: "the statement" is not the last speaker's
    ('"Sales were flat," said Anna Berg of Norbank. The statement added: "Costs will fall."',
     "Costs will fall", "The statement"),
    # a kind of body the article does not name: the noun stays
    ('Bus drivers in Leeds will strike on Monday. "Talks have failed," said a union statement.',
     "Talks have failed", "a union statement"),
]


@pytest.mark.parametrize("text, words, speaker", ISSUED + UNCHANGED)
def test_a_statement_speaks_as_its_issuer(extract, text, words, speaker):
    rec = extract(text)
    assert speaker_of(rec, words) == speaker


def test_the_issuer_is_the_entity_name_and_the_phrase_keeps_its_offsets(extract):
    text = ('The European Space Agency needs $30m to replace its ground stations. "Failure to '
            'upgrade the network will put two missions at risk," said an agency statement.')
    rec = extract(text)
    q = next(q for q in rec.quotes if q.text.startswith("Failure"))
    assert q.speaker in {o.name for o in rec.organisations}
    assert text[q.speaker_start:q.speaker_end] == "an agency statement"
    assert q.cue == "said" and q.kind == "direct"

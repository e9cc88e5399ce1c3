"""Quotes, round 10: an "it" that speaks right after a sentence about a statement or report
means that document, so its issuer speaks (document_pronoun.py); "continue", "begin", "start"
carrying a verb of their own ("Airbus continues to lead …") report nothing, so they are no
cue for the quote before them (weak_cue.aspectual). All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

# document_pronoun.py: "It added" / "It says" after "X's statement said" / "An X report says"
DOCUMENT_IT = [
    ('The Guardian on Friday said the party chairman had told aides to quit. Mr Ravi Patel\'s '
     'statement said: "The party has been gaining ground this month." It added: "The opposition '
     'will try anything to change the subject."',
     "The opposition will try anything to change the subject", "Ravi Patel"),
    ('An Audit Commission report on the ten largest councils says spending has risen by £2bn in a '
     'year. It says there is "scant evidence" the Treasury\'s controls had worked.',
     "scant evidence", "Audit Commission"),
    ('Shell said on Monday its profits had doubled. A statement from Shell said: "Our refining arm '
     'did well." It added: "We expect another strong year."', "We expect another strong year", "Shell"),
    # unchanged: the sentence before is about a company, not a document: "it" is the company
    ('The Daily Post printed the letter on Monday. Acme Steel said its plant would stay open. It '
     'added: "We have no plans to close."', "We have no plans to close", "Acme Steel"),
]

# weak_cue.aspectual: "continues to VERB" is no speech verb
ASPECT_VERB = [
    ('Harbour Air said it had studied both planes. "We picked the new jet after a long review," said '
     'a Harbour Air spokesman. "It suits our routes and it arrives when we need it." Airbus continues '
     'to lead the market in Asia, and local firms build parts for it.',
     "It suits our routes and it arrives when we need it", "a Harbour Air spokesman"),
    ('The bank chief spoke after the results. "Trading was tough," said Anna Berg. "We will cut '
     'costs again." Shares in Norbank began falling soon after the statement.',
     "We will cut costs again", "Anna Berg"),
    # unchanged: "continued" with the quoted clause is speech
    ('Anna Berg, head of Norbank, spoke after the results. She continued: "We will cut costs '
     'again."', "We will cut costs again", "Anna Berg"),
]


@pytest.mark.parametrize("text,words,expected", DOCUMENT_IT + ASPECT_VERB)
def test_round10_documents(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected

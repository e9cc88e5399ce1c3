"""Quotes, round 10: whose words a fragment is when the subject refuses them. "X denied it was a
“charade”" / "X rejected calls to “pause”": the critics' words, not X's (denials.refused_words),
while "dismissed it as “nonsense”" is X's label and "denied it, saying “…”" X's own words. All
sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

# denials.refused_words: no speaker (or no quote) for what the subject refuses
REFUSED = [
    ('Ministers face a revolt over the bill. But Mr Harold Vance denied it amounted to a '
     '"constitutional crisis". He said the plan would go ahead.', "constitutional crisis"),
    ('Ms Jane Pryce rejected calls to "pause" on the scheme. She said delay would cost money.', "pause"),
    ('The chancellor hailed the figures but denied he was "gloating" about them.', "gloating"),
]

# unchanged: the subject's own label or own words
OWN_WORDS = [
    ('Mr Tom Alder dismissed the report as "a load of nonsense".', "a load of nonsense", "Tom Alder"),
    ('Nordbank denied the claims, saying the dispute was "unjust and wrong".', "unjust and wrong", "Nordbank"),
    # an infinitive "deny" inside his own argument is no refusal of his
    ('Prime Minister Tom Alder has defended the law, saying it would be unfair to deny drinkers longer '
     'opening because of a "tiny handful" of troublemakers.', "tiny handful", "Tom Alder"),
]

def _speaker_or_none(rec, words):
    quotes = {q.text.rstrip(".,"): q for q in rec.quotes}
    q = quotes.get(words)
    return None if q is None else q.speaker


@pytest.mark.parametrize("text,words", REFUSED)
def test_round10_refused_words(extract, text, words):
    assert _speaker_or_none(extract(text), words) is None


@pytest.mark.parametrize("text,words,expected", OWN_WORDS)
def test_round10_own_words(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected


# governing.py: a report in a relative clause with a noun subject of its own is that subject's,
# not the sentence's main speaker's; a pronoun's stays with the outer report
RELATIVE = [
    ('Changes to a scheme which critics say would bring tolls in "by stealth" were not a U-turn, '
     'the transport minister has said.', "by stealth", "critics"),
    ('The levy, which farmers claim is "a tax on rain", will rise next year, Anna Webb said.',
     "a tax on rain", "farmers"),
]


@pytest.mark.parametrize("text,words,expected", RELATIVE)
def test_round10_relative_report(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected

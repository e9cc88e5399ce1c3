"""Quote speakers, round 3: a weak cue's quoted object is nobody's words, a poll's share is no
speaker (facts/quotes/weak_cue.py, polls.py), and a description that names its own body
speaks as that body (named_description.py). Our own sentences."""
from __future__ import annotations

import pytest


def _speakers(rec) -> dict[str, str | None]:
    return {q.text: q.speaker for q in rec.quotes}


@pytest.mark.parametrize("text, quote", [
    # the quoted words are the thing added / put / begun: scare quotes, not speech
    ('Mr Hale felt the tour added "sparkle" to his campaign in the north.', "sparkle"),
    ('The court ruled that the states could not put the treaty "on ice" for a year.', "on ice"),
    ('The council began a "charm offensive" across the region in May.', "charm offensive"),
])
def test_object_of_a_weak_cue_has_no_speaker(extract, text, quote):
    assert _speakers(extract(text)).get(quote) is None


@pytest.mark.parametrize("text, quote, speaker", [
    # a weak cue that takes the quoted words as its clause still reports them
    ('Nora Blake, the finance chief, added that the plan was "deeply flawed".', "deeply flawed", "Nora Blake"),
    ('"We will keep going," Nora Blake added after the vote.', "We will keep going,", "Nora Blake"),
])
def test_clause_of_a_weak_cue_is_speech(extract, text, quote, speaker):
    assert _speakers(extract(text)).get(quote) == speaker


@pytest.mark.parametrize("text, quote", [
    ('In a survey for the council, 71% said they wanted "a clear answer" on rents.', "a clear answer"),
    ('Thirty-eight percent said they would buy something "different" next year.', "different"),
    ('Some 64 per cent said the service was "far too slow" last winter.', "far too slow"),
])
def test_a_poll_share_is_no_speaker(extract, text, quote):
    assert _speakers(extract(text)).get(quote) is None


@pytest.mark.parametrize("text, quote, speaker", [
    ('Harlow Tobacco has built two plants in the region. The firm declined to comment. "The plan is '
     'bad news for the growers," the Morning Ledger newspaper said of the deal.',
     "The plan is bad news for the growers,", "Morning Ledger"),
    ('Acme Corp sells boots. Its rival Bolt Ltd sells shoes. "We are growing fast," the Bolt company '
     'said on Monday.', "We are growing fast,", "Bolt Ltd"),
    # a bare description still refers back to the body named before
    ('Acme Corp sells boots in Leeds. "We are growing fast," the company said on Monday.',
     "We are growing fast,", "Acme Corp"),
])
def test_description_naming_its_own_body(extract, text, quote, speaker):
    assert _speakers(extract(text)).get(quote) == speaker

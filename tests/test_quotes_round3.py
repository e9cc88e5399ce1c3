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
     "The plan is bad news for the growers,", "the Morning Ledger newspaper"),
    ('Acme Corp sells boots. Its rival Bolt Ltd sells shoes. "We are growing fast," the Bolt company '
     'said on Monday.', "We are growing fast,", "Bolt Ltd"),
    # a bare description still refers back to the body named before
    ('Acme Corp sells boots in Leeds. "We are growing fast," the company said on Monday.',
     "We are growing fast,", "Acme Corp"),
])
def test_description_naming_its_own_body(extract, text, quote, speaker):
    assert _speakers(extract(text)).get(quote) == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a document whose maker is named in its own phrase speaks as that maker
    ('Tom Hale promised his deputy he would stand down, a new book claims. But Mr Hale went back '
     'on it, the book says. The book by Sunday Herald journalist Ann Lee said the pair had '
     '"mutual contempt" for each other.', "mutual contempt", "Ann Lee"),
    # a finite report in a clause opened by "as" has its own subject, not the main clause's
    ('His remarks come as the chairman of the Green Party, Lena Ford, on Monday called him '
     '"a failure of historic size" as a mayor.', "a failure of historic size", "Lena Ford"),
    # a gerund after "while" still borrows the subject
    ('Ann Lee spoke to the crowd for an hour, while adding that the plan was "deeply flawed".',
     "deeply flawed", "Ann Lee"),
])
def test_authors_and_subordinate_reports(extract, text, quote, speaker):
    assert _speakers(extract(text)).get(quote) == speaker


def test_a_thing_that_began_is_no_speaker(extract):
    rec = extract('The row began on the morning show, with Ruth Kemp marching up to him, saying '
                  '"Tom, that is rubbish" as she tried to complain.')
    assert _speakers(rec).get("Tom, that is rubbish") in (None, "Ruth Kemp")

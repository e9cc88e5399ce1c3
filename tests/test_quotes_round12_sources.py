"""Quotes, round 12: whose words, when the sentence names more than one source.

- according.names_a_person: "X called it “…,” according to the Post" is X's; the paper only
  reports it ("…," the memo said, according to the Post stays the paper's);
- governing.py: "Voss called it “…,” the Post reported" - an outlet's or a body's verb only
  passes on the words its clause's own named subject put in marks (the comma inside the marks
  no longer decides the governing verb);
- relative_place.py: "the ruling in Leeds, which found him “reckless”" - "which" is the ruling,
  not the place; the place is no speaker;
- marks.py: a quote opened with a straight mark and closed with a curly one ends at that
  closing mark when an attribution follows it ("…,” Hale said"), not at the paragraph's end;
- antecedents.role: a name in apposition to a subject noun ("“Harbour” director Kim Ho said")
  is that subject, so a later "he" is Kim Ho;
- objectless_cues.txt: "she shares with the magazine" and "“…,” remembers X" report speech,
  "she shares her love with him" does not;
- stance.py / topic.named_subject: "X's lawyer, Ann Reid, had a short statement. “…”" is Reid's;
- own_words.py: "our review calls it “…”" is the site's own words, no company's.
All sentences are our own."""
from __future__ import annotations

import pytest

from factextract.facts.quotes.marks import find_quoted
from tests.quotecheck import speaker_of

SPEAKERS = [
    ("Housing\n\nCouncillor Dana Voss called the mayor's reversal “a betrayal,” according to the "
     "Valley Post.", "a betrayal", "Dana Voss"),
    ("Housing\n\nThe mayor backed the plan. “We need the homes,” she said, according to the Valley Post.",
     "We need the homes", None),
]


@pytest.mark.parametrize("text, words, speaker", SPEAKERS)
def test_a_named_speaker_keeps_words_the_paper_reports(extract, text, words, speaker):
    got = speaker_of(extract(text), words)
    if speaker is None:
        assert got != "Valley Post"
    else:
        assert got == speaker


REPORTED = [
    ("Election\n\nCouncillor Dana Voss called the reversal “heartbreaking,” the Valley Post reported.",
     "heartbreaking", "Dana Voss"),
    ("Election\n\nThe Daily Star reported that Mayor Tom Reid called the plan “a disaster”.", "a disaster",
     "Tom Reid"),
    # a person passing on a charge keeps it: his words about what she said
    ("Trade\n\nTom Hale said Ann Reid called the deal “the gold standard” last year.", "the gold standard",
     "Tom Hale"),
]


@pytest.mark.parametrize("text, words, speaker", REPORTED)
def test_an_outlet_passing_words_on_is_not_their_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_the_comma_still_leads_to_the_cue_after_a_two_sentence_quote(extract):
    text = ("Crash\n\n“Officers saw the car speeding east,” said Detective Ann Lee.\n\n“We have units behind "
            "a vehicle. They picked it up again,” said a dispatcher on the police radio.")
    rec = extract(text)
    q = next(q for q in rec.quotes if q.text.startswith("We have units"))
    assert q.speaker != "Ann Lee"
    assert q.cue == "said"


def test_the_paper_speaks_when_the_subject_is_a_thing(extract):
    text = ("Budget\n\nThe plan will cost more than planned. “Costs will rise sharply,” the memo said, "
            "according to the Valley Post.")
    assert speaker_of(extract(text), "Costs will rise sharply") == "Valley Post"


def test_a_place_closing_a_phrase_is_no_speaker(extract):
    text = ("Court\n\nThe appeal judges overturned an earlier High Court ruling in Leeds, which had "
            "found the firm to be a mere “agent” of the seller.")
    rec = extract(text)
    assert all(q.speaker != "Leeds" for q in rec.quotes)


PRONOUNS = [
    ("Awards\n\nThe actor Tom Hale won the top prize on Sunday.\n\n“Harbour” director Kim Sung Ho said "
     "backstage that nobody could predict the result.\n\nSpeaking through an interpreter he added: "
     "“It is true that the momentum is building.”", "It is true that the momentum is building.", "Kim Sung Ho"),
    ("Style\n\nWhen Grace Obi left her job in 2015, she had no idea what lay ahead.\n\n\"My first thought "
     "was that I had made a mistake,\" she shares with the magazine.", "My first thought was that I had made a mistake",
     "Grace Obi"),
    ("Film\n\nThe late star Tom Brandt is said to have turned down the role.\n\nThe actor's friend Budd Lowe "
     "told a magazine that Brandt's agent had pressed him. The actor refused, throwing the script at her and "
     "saying: \"I will not play a gangster\".", "I will not play a gangster", "Tom Brandt"),
    ("Court\n\n“Most courts have ruled the other way,” noted lawyer Jim Dean.\n\nThe family's lawyer, Ann Reid, "
     "had a short statement after the ruling. “It is impossible to overstate how big this is.”",
     "It is impossible to overstate how big this is.", "Ann Reid"),
]


@pytest.mark.parametrize("text, words, speaker", PRONOUNS)
def test_the_pronoun_finds_its_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_remembers_reports_words(extract):
    text = ("Goats\n\nThe team spent two months on the island. “Those goats were so clever,” remembers "
            "Mia Stone, who led the project, with a laugh. “They would look at our traps and jump over them.”")
    rec = extract(text)
    assert speaker_of(rec, "Those goats were so clever") == "Mia Stone"
    assert speaker_of(rec, "They would look at our traps and jump over them.") == "Mia Stone"


def test_sharing_a_thing_reports_nothing(extract):
    text = ("Songs\n\nAnn Hale sings of a woman in love. She only wants to share her love with him, and I "
            "remember thinking: “This woman is as nervous as I am!”")
    rec = extract(text)
    assert all(q.speaker != "Ann Hale" for q in rec.quotes)


def test_the_sites_own_review_is_nobodys_quote(extract):
    text = ("Graphics cards\n\nThe Zenix 9000 sells on Shopmart for $1,499. Our Zenix 9000 review calls it "
            "the definitive \"fastest card for gaming.\"")
    rec = extract(text)
    assert all(q.speaker is None for q in rec.quotes if q.text.startswith("fastest card"))


MARKS = [
    ('The delay raises "serious doubts,” Hale said, though he offered no proof.', ["serious doubts,"], [34]),
    ('“He told me "no" and left.', ['He told me "no" and left.'], [None]),
    ('He saw "no evidence” yet that it was a plot.', ['no evidence” yet that it was a plot.'], [None]),
    ('“It is over," she said.', ["It is over,"], [13]),
]


@pytest.mark.parametrize("text, quotes, closes", MARKS)
def test_a_mixed_closing_mark_ends_the_quote(text, quotes, closes):
    found, _ = find_quoted(text)
    assert [text[q.start:q.end] for q in found] == quotes
    assert [q.close_at for q in found] == closes

"""Quotes, round 11 (politics and entertainment): a fragment a group of unnamed people fear or
believe is that group's (group_belief.py); a post and then, with the second comma left out,
its holder's name as the subject: the name speaks (loose_apposition.py); an office nobody in
the article is given, held by the one person the headline names (headline_holder.py). All
sentences are our own."""
from __future__ import annotations

import pytest

from quotecheck import speaker_of

LEAD = "ID card plans delayed\n\nMinisters say the cards will help fight benefit fraud. "


@pytest.mark.parametrize("sentence, quote, speaker", [
    ('Critics fear the scheme could allow "a surveillance society by stealth".',
     "a surveillance society by stealth", "Critics"),
    ('Opponents believe the cards will be "a costly failure" within two years.',
     "a costly failure", "Opponents"),
    ('But campaigners argue the database would be "wide open to abuse".',
     "wide open to abuse", "campaigners"),
    ('Many civil liberties campaigners worry the plans are "an attack on privacy".',
     "an attack on privacy", "Many civil liberties campaigners"),
])
def test_a_groups_belief_is_the_groups_words(extract, sentence, quote, speaker):
    rec = extract(LEAD + sentence)
    assert speaker_of(rec, quote) == speaker
    q = next(q for q in rec.quotes if q.text == quote)
    assert q.kind == "partial"
    assert (LEAD + sentence)[q.speaker_start:q.speaker_end] == speaker


@pytest.mark.parametrize("sentence, quote, speaker", [
    # a group named by someone's possessive is no speaker of its own: left as before
    ("Mr Blunkett's critics fear the scheme could allow \"a surveillance society\".",
     "a surveillance society", "Ministers"),
    # a thing that "fears" nothing: the rule wants a person noun
    ('Costs fear the scheme could allow "a surveillance society".', "a surveillance society", "Ministers"),
])
def test_a_group_rule_leaves_other_subjects_alone(extract, sentence, quote, speaker):
    rec = extract(LEAD + sentence)
    assert speaker_of(rec, quote) != "Critics"
    assert speaker_of(rec, quote) in (speaker, None)


@pytest.mark.parametrize("text, quote, speaker", [
    ('Lawyers wary of ID cards\n\nThe incoming chairman of the Bar Council, Peter Harland QC warned the scheme '
     'could leave families on the "edges of the system" without help.', "edges of the system", "Peter Harland"),
    ('Union threat\n\nThe general secretary of the union, Mark Serwotka said: "We will strike in March."',
     "We will strike in March.", "Mark Serwotka"),
    # the two commas: the apposition as the parser reads it, unchanged
    ('Union threat\n\nThe general secretary of the union, Mark Serwotka, said: "We will strike in March."',
     "We will strike in March.", "Mark Serwotka"),
    # an office nobody in the article is given: the headline's one person who fits it
    ('Brown shrugs off economy fears\n\nThe chancellor has insisted the economy is "on track" despite a '
     'slowing housing market.\n\nGordon Brown told MPs growth would reach 3% next year.',
     "on track", "Gordon Brown"),
    ('Hartley backs stem cell research\n\nMartin Hartley has come out in favour of embryonic stem cell work. '
     'But the Tory leader said the studies had an "ethical basis" too.',
     "ethical basis", "Martin Hartley"),
])
def test_a_name_after_the_post_or_the_headline_person_speaks(extract, text, quote, speaker):
    rec = extract(text)
    assert speaker_of(rec, quote) == speaker


def test_one_headline_person_holds_one_office(extract):
    text = ('Dunmore in appeal for unity\n\nThe chancellor insisted he would not be "knocked off course" '
            'in his job.\n\nAlan Pryce has denied any rift with Peter Dunmore. Tory leader Martin Hartley '
            'said they were "squabbling like schoolboys".\n\nBut the prime minister said the claims were a '
            '"load of nonsense".')
    rec = extract(text)
    assert speaker_of(rec, "knocked off course") == "Peter Dunmore"
    assert speaker_of(rec, "load of nonsense") != "Peter Dunmore"


@pytest.mark.parametrize("text, quote, not_speaker", [
    # a headline with two people
    ('Kennedy attacks Blair over war\n\nCharles Kennedy has renewed his attack on the war. '
     'The prime minister said the decision was "the right one".', "the right one", "Charles Kennedy"),
    # a headline person the article gives another office
    ('Clarke to unveil migrant plan\n\nHome Secretary Charles Clarke wants a points system for migrants. '
     'The prime minister said on Sunday that controls would be "toughened up".', "toughened up", "Charles Clarke"),
])
def test_no_office_for_a_headline_person_who_may_not_hold_it(extract, text, quote, not_speaker):
    assert speaker_of(extract(text), quote) != not_speaker


@pytest.mark.parametrize("text, body_words, speaker", [
    # the headline's words again in the body, same speaker: listed once (the body's)
    ("Pryce 'ready to go' as vote nears\n\nAlan Pryce says he feels \"ready to go\" with polling day close.",
     "ready to go", "Alan Pryce"),
    ("Lee attacks 'reckless' plan\n\nAnna Lee said the plan was \"reckless and unfunded\" and should go.",
     "reckless and unfunded", "Anna Lee"),
])
def test_a_headline_quote_repeated_by_the_same_speaker_is_listed_once(extract, text, body_words, speaker):
    rec = extract(text)
    headline_end = text.index("\n")
    assert [q.text for q in rec.quotes if q.start < headline_end] == []
    assert speaker_of(rec, body_words) == speaker
    body = next(q for q in rec.quotes if q.text == body_words)
    assert text[body.start:body.end] == body_words and body.start > headline_end


@pytest.mark.parametrize("text, first, second, speakers", [
    ('Court halts album\n\nAnna Lee insists the record will come out. She said: "The ruling is absurd. '
     '"I signed a new deal because I had no support. She added: "The whole world is waiting. It will come out." '
     'The case will be heard in May.',
     'The ruling is absurd. "I signed a new deal because I had no support.',
     "The whole world is waiting. It will come out.", ("Anna Lee", "Anna Lee")),
    ('Cole backs striker\n\nSam Cole added: "I have done it before. "Of course he will learn. '
     'Gunners boss Mark Dent said: "Freddie is an option. "I have to decide who will start." Arsenal play on Sunday.',
     'I have done it before. "Of course he will learn.',
     'Freddie is an option. "I have to decide who will start.', ("Sam Cole", "Mark Dent")),
])
def test_an_open_quote_ends_before_the_next_attribution(extract, text, first, second, speakers):
    rec = extract(text)
    assert speaker_of(rec, first) == speakers[0]
    assert speaker_of(rec, second) == speakers[1]
    q = next(q for q in rec.quotes if q.text.rstrip(".,") == first.rstrip(".,"))
    assert text[q.start:q.end] == q.text


def test_a_long_quote_opening_every_sentence_stays_one(extract):
    text = ('Band returns\n\nAnna Lee said: "We are back. "The songs are the best we have written. '
            '"We cannot wait to play them."')
    rec = extract(text)
    assert [q.text for q in rec.quotes] == ['We are back. "The songs are the best we have written. '
                                             '"We cannot wait to play them.']
    assert rec.quotes[0].speaker == "Anna Lee"



@pytest.mark.parametrize("text, quote, speaker", [
    # the entities miss the man the pronoun means: his name speaks, not "He"
    ('Budget row\n\nColin Marsh told MPs: "The money has run dry."\n\nGraham Tully, for the Liberal '
     'Democrats, charged Mr Dunmore with dodging hard decisions.\n\nHe said: "Last week we had the politics of fear."',
     "Last week we had the politics of fear.", "Graham Tully"),
])
def test_a_pronoun_blocked_by_a_missed_name_speaks_as_it(extract, text, quote, speaker):
    rec = extract(text)
    assert speaker_of(rec, quote) == speaker
    q = next(q for q in rec.quotes if q.text == quote)
    assert text[q.speaker_start:q.speaker_end] == "He"


def test_a_blocked_pronoun_of_the_other_gender_stays_unnamed(extract):
    text = ('Budget row\n\nColin Marsh told MPs: "The money has run dry."\n\nGraham Tully, for the Liberal '
            'Democrats, charged Mr Dunmore with dodging hard decisions.\n\nShe said: "Last week we had the politics of fear."')
    rec = extract(text)
    assert speaker_of(rec, "Last week we had the politics of fear.") != "Graham Tully"


@pytest.mark.parametrize("text, quote, speaker", [
    # a plural thing opening the sentence after the quote is no speaker: the quote goes on
    ('Show plans\n\nProducer Neil Barstow said the show would open in May. "Oslo really wanted this '
     'premiere," said Mr Barstow. "We trust the interest here will grow into real noise before the curtain goes up '
     'in London." Rehearsals start in Toronto on Monday, and more dancers could be added later.',
     "We trust the interest here will grow into real noise before the curtain goes up in London.", "Neil Barstow"),
])
def test_a_sentence_initial_plural_thing_is_no_speaker(extract, text, quote, speaker):
    assert speaker_of(extract(text), quote) == speaker


def test_a_surname_the_tagger_calls_a_noun_still_speaks(extract):
    text = ('Book chart\n\nJoanne Rowling has finished the book. Rowling said she had time "to tinker with '
            'the manuscript" while pregnant.')
    assert speaker_of(extract(text), "to tinker with the manuscript") == "Joanne Rowling"


@pytest.mark.parametrize("text, quote, speaker", [
    # "producer" names a person and a company alike: the one person the article titled so
    ('Musical delayed\n\nThe Lyric Theatre show will open in Oslo, the Lyric Theatre said. Producer Neil '
     'Barstow said it would be worth the wait. "Fans will be disappointed, but we could not get a theatre in time," added the British '
     'producer.', "Fans will be disappointed, but we could not get a theatre in time,", "Neil Barstow"),
])
def test_a_description_by_a_persons_written_title_is_that_person(extract, text, quote, speaker):
    assert speaker_of(extract(text), quote) == speaker

"""Quotes, round 10: a quoted name the article also writes without marks in its own voice is
a term, not speech (reporter_terms.py); a speaker's phrase repeated inside quotes, behind an
article of characterisation, or a verdict repeated in reported speech stays a quote. Our own
sentences."""
from __future__ import annotations

import pytest

from quotecheck import speaker_of


def _texts(rec) -> list[str]:
    return [q.text.rstrip(".,") for q in rec.quotes]


@pytest.mark.parametrize("text, term", [
    # a scheme's name under a reporting verb, written bare later in the article
    ('Ministers defend curfew plan\n\nThe home secretary told MPs the "curfew notices" would only be served '
     'on repeat offenders. Critics said the curfew notices would be hard to enforce.', "curfew notices"),
    ('Ministers defend curfew plan\n\nThe council insists that "curfew notices" must be approved by a judge. '
     'Police chiefs have backed the curfew notices.', "curfew notices"),
    # a product's name opening its sentence, the cue after it
    ('Bank unveils new login system\n\n"Pass keys" will let customers sign in without a password, said the bank. '
     'It did not say when the pass keys would reach its mobile app.', "Pass keys"),
    # a policy's name in a prepositional phrase
    ('Tories reject detention plan\n\nThe Tory leader said he would not back the plans for "holding centres" '
     'near ports. The minister has defended the holding centres in the past.', "holding centres"),
])
def test_a_name_the_reporter_also_writes_bare_is_no_quote(extract, text, term):
    rec = extract(text)
    assert term not in _texts(rec)


@pytest.mark.parametrize("text, quote, speaker", [
    # the phrase comes back only inside the speaker's own quote
    ('Union boss attacks pay offer\n\nUnion leader Sarah Pike said the offer was a "pay cut in disguise". '
     'She told reporters: "This is a pay cut in disguise and our members know it."',
     "pay cut in disguise", "Sarah Pike"),
    # an article of characterisation before the marks: a verdict, however often repeated
    ('Budget row deepens\n\nOpposition leader Tom Hale said there was no "funding gap" in his plans. '
     'Officials say the funding gap is real.', "funding gap", "Tom Hale"),
    ('Budget row deepens\n\nTom Hale described the deal as a "total shambles". Ministers denied the deal '
     'was a total shambles.', "total shambles", "Tom Hale"),
    # an adjective: a judgement the reporter repeats in reported speech
    ('Council tax set\n\nFinance minister Ann Vale said councils should set taxes at "sensible levels". '
     'She said bills could be kept at sensible levels this year.', "sensible levels", "Ann Vale"),
    # one word recurs by chance: "lies" is the speaker's
    ('Campaign turns nasty\n\nParty chairman Liam Ross accused his rivals of telling "lies". '
     'Voters are tired of lies, a poll found.', "lies", "Liam Ross"),
])
def test_a_speakers_phrase_repeated_stays_a_quote(extract, text, quote, speaker):
    rec = extract(text)
    assert quote in _texts(rec)
    assert speaker_of(rec, quote) == speaker


@pytest.mark.parametrize("text, quote", [
    # the reporter reuses the words, but not as a known thing after "the": the speaker's phrase
    ('Star sues senator\n\nSenator Dan Cole urged fans to look at what he called her "party photos". '
     'Her lawyers said no party photos exist.', "party photos"),
    ('Star sues senator\n\nSenator Dan Cole urged fans to look at what he called her "party photos". '
     'She denied that her party photos had ever been taken.', "party photos"),
])
def test_words_reused_without_the_stay_a_quote(extract, text, quote):
    assert quote in _texts(extract(text))


def test_a_name_quoted_every_time_is_left_to_the_other_tests(extract):
    # no bare mention anywhere and no determiner of the reporter's: no evidence, the quote stays
    rec = extract('Ministers defend curfew plan\n\nThe home secretary told MPs that "curfew notices" would only be '
                  'served on repeat offenders.')
    assert "curfew notices" in _texts(rec)


# subject_names.py: a noun-only name opened by the reporter's "the"/possessive, subject of a verb after it

@pytest.mark.parametrize("text, term", [
    ('Mr Smith said the "community quotas" would be reviewed next year.', "community quotas"),
    ('The detainee said the "MI5 officer" had shown him a photograph.', "MI5 officer"),
    ('The union said its "work groups" had been scrapped.', "work groups"),
    ("The senator said Labour's \"party machine\" was running out of money.", "party machine"),
])
def test_a_quoted_name_as_the_clauses_subject_is_no_quote(extract, text, term):
    assert term not in _texts(extract(text))


@pytest.mark.parametrize("text, quote, speaker", [
    # no determiner of the reporter's: the speaker's words
    ('Auditor Jane Holt said "substantial progress" had been made.', "substantial progress", "Jane Holt"),
    # an adjective: a verdict
    ('Professor Ann Lee believes the "phenomenal ability" of games to teach is underrated.',
     "phenomenal ability", "Ann Lee"),
    # "of": a phrase of someone's
    ('Union leader Tom Hale said the "politics of fear" had failed.', "politics of fear", "Tom Hale"),
    # the name as the object, or the predicate of "call": the speaker's own naming
    ('Union leader Tom Hale called it his "pension plan" for the party.', "pension plan", "Tom Hale"),
])
def test_a_speakers_phrase_in_subject_place_stays(extract, text, quote, speaker):
    rec = extract(text)
    assert quote in _texts(rec)
    assert speaker_of(rec, quote) == speaker


# headline_terms.term_in_body: the body marks the headline's words only as a term

def test_a_headline_label_the_body_marks_as_a_term_is_no_quote(extract):
    rec = extract("Tory 'stalking horse' Brent dies\n\nSir Alan Brent, the MP who challenged the party leader "
                  'in 1989, has died aged 80. That failed "stalking horse" leadership challenge paved the way '
                  "for a new leader.")
    assert "stalking horse" not in _texts(rec)


def test_a_headline_word_the_body_quotes_as_speech_stays(extract):
    rec = extract("Union attacks 'shambles' at depot\n\nUnion leader Tom Hale said the depot was a \"shambles\" "
                  'and called for an inquiry. A "shambles" inspection report is due next week.')
    assert "shambles" in _texts(rec)


# terms.TermTest.noun_modifier: a bare quantity in marks before its noun is a count someone gave

@pytest.mark.parametrize("text, quote, speaker", [
    ('The prime minister defended the law, saying "several hundred" people were plotting attacks.',
     "several hundred", "The prime minister"),
    ('Union leader Tom Hale said "several thousand" jobs would go.', "several thousand", "Tom Hale"),
])
def test_a_quoted_quantity_before_its_noun_stays_a_quote(extract, text, quote, speaker):
    rec = extract(text)
    assert quote in _texts(rec)
    assert speaker in (speaker_of(rec, quote) or "")


def test_a_quoted_compound_with_a_number_stays_a_term(extract):
    rec = extract('The web retailer owns a patent on its "one-step checkout" system.')
    assert "one-step checkout" not in _texts(rec)


# terms.TermTest.slogan: a possessive pronoun opens the reporter's noun phrase as "Labour's" does

@pytest.mark.parametrize("text, slogan", [
    ('Labour says its "Britain is working" message will dominate the campaign.', "Britain is working"),
    ('The charity said their "Give a Day" appeal had raised £2m.', "Give a Day"),
])
def test_a_slogan_after_its_or_their_is_no_quote(extract, text, slogan):
    assert slogan not in _texts(extract(text))


def test_a_verdict_after_their_stays_a_quote(extract):
    rec = extract('Former president Mary Rowe hailed their "truly emphatic" seven to two ruling.')
    assert speaker_of(rec, "truly emphatic") == "Mary Rowe"

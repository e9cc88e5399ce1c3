"""Quote speakers a careful reader still marks wrong (issue 12, round 2): a description of a
kind of body ("the newspaper") means only a body of that kind, and otherwise stays as
written; the innermost reporting verb with a speaker of its own governs a nested report; a
participle "with X claiming" names X; lyrics, a single's title and a mail's subject line are
nobody's speech. All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

# (text, quoted words, expected speaker; None = the quote stays with no speaker)
SPEAKERS = [
    # "the newspaper" is not the exchange the paragraph is about
    ("Bourse bid\n\nThe Paris Bourse said talks went on. The Paris Bourse wants a quick deal, and "
     "the Paris Bourse board met on Monday, the Daily Courier reported. The newspaper also claimed "
     "the chairman was \"increasingly angry about the delays\".",
     "increasingly angry about the delays", "Daily Courier"),
    # nobody shown to be a newspaper: the description itself
    ("Bourse bid\n\nThe Paris Bourse said talks went on. The Paris Bourse wants a quick deal. "
     "The newspaper also claimed the chairman was \"increasingly angry about the delays\".",
     "increasingly angry about the delays", "The newspaper"),
    # a union named with its kind's word, after another body
    ("Strike vote\n\nRail firm Westline said the strike would hurt travellers. Westline said it "
     "had made a fair offer to the Transport Workers Union. \"Our members will not accept this "
     "insult,\" the union said.", "Our members will not accept this insult,", "Transport Workers Union"),
    # a body of no known kind may still be the union meant
    ("Cabin crew\n\nThe Association of Cabin Crew backed the deal. The Association of Cabin Crew has 5,000 "
     "members. \"This deal protects our members for years,\" the union wrote.",
     "This deal protects our members for years,", "Association of Cabin Crew"),
    # a generic noun still means the body the article is about
    ("Results\n\nGreenfield Foods said sales rose. Greenfield Foods will open ten shops. "
     "\"We had a very strong Christmas,\" the company said.", "We had a very strong Christmas,",
     "Greenfield Foods"),
    # a generic noun after a sentence about another body: the body that sentence is about
    ("Web names\n\nThe Web Names Forum wants new rules. The Web Names Forum met in May and the Web "
     "Names Forum will meet again.\n\nThe European Registry Council agrees. \"A rush to change "
     "browsers will harm public trust,\" the organisation said in a statement.",
     "A rush to change browsers will harm public trust,", "European Registry Council"),
    # the name before a post's letters in apposition to a role
    ("Council tax\n\nMinisters met council leaders on Monday. The Tory finance spokesman, Brian "
     "Monteith MSP, said: \"It is a form of disguise and nothing more.\"",
     "It is a form of disguise and nothing more.", "Brian Monteith"),
    # "quoted X as saying": X, not the paper that passed the words on
    ("Airline costs\n\nChief executive Gary Dunn was quoted by The Morning Herald newspaper as "
     "saying the airline could no longer remain \"an all-British carrier\".", "an all-British carrier", "Gary Dunn"),
    ("Airline costs\n\nSkyways made a record profit. \"We will need to run the leanest operation we "
     "possibly can,\" the newspaper quoted Skyways chief executive Gary Dunn as saying.",
     "We will need to run the leanest operation we possibly can,", "Gary Dunn"),
    # nested reports: the innermost verb with a subject of its own
    ("Striker row\n\nThe Weekly Sentinel reports that Bastien Roux told a magazine: \"I will never "
     "play for that manager again.\"", "I will never play for that manager again.", "Bastien Roux"),
    ("Cup tie\n\nThe Daily Courier claimed last night that Rovers boss Sam Dyer said \"we will sign "
     "two players\".", "we will sign two players", "Sam Dyer"),
    # an inner subject that is no name: the outer speaker's words
    ("Jobs\n\nLabour groups want more state help. Surveys show that \"voters still expect "
     "the state to supply work and care\", Ms Ada Lorne says.", "voters still expect the state to supply work and care",
     "Ada Lorne"),
    # words put in a report ("described it as “…”") stay with the reporter
    ("Trade row\n\nSenator Ray Cole said on Friday that Jan Boyd once described the pact as "
     "\"the gold standard\" of trade deals.", "the gold standard", "Ray Cole"),
    # the outer speaker stays when the inner verb has no subject of its own
    ("Budget\n\nTom Hale said he told the minister: \"You cannot cut this budget again.\"",
     "You cannot cut this budget again.", "Tom Hale"),
    # "with X claiming": X speaks, not the main clause's subject
    ("Cup tie\n\nTown boss Tom Reid praised his side on Saturday, with Rovers boss Mark Hughes "
     "claiming \"the referee cost us the game\".", "the referee cost us the game", "Mark Hughes"),
]


@pytest.mark.parametrize("text,words,speaker", SPEAKERS)
def test_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


# (text, quoted words that are written words of a song, a title or a mail: never a quote)
NOT_QUOTES = [
    ("Chart news\n\nThe band sang on Friday. The song contains the lyrics \"I never wanted money "
     "and I never wanted fame\".", "I never wanted money and I never wanted fame"),
    ("Chart news\n\nSinger Amy Lark said she was delighted with the single \"Summer In The City\", "
     "which went to number one.", "Summer In The City"),
    ("Virus alert\n\nExperts at Norton Labs warned about the virus. It arrives in an e-mail with "
     "the subject line \"your order has been shipped\".", "your order has been shipped"),
]


@pytest.mark.parametrize("text,words", NOT_QUOTES)
def test_written_words_are_no_quotes(extract, text, words):
    assert words not in [q.text for q in extract(text).quotes]

"""Quotes: every shape of quotation (issue 5), its speaker, its kind, unbalanced marks, and
the quotes scorer. All sentences are our own."""
from __future__ import annotations

import pytest

from factextract.facts.quotes.marks import find_quoted
from factextract.scoring import quotes as scoring

# -- pairing the marks (no model needed) ---------------------------------------------------
MARKS = [
    # (text, quoted texts, number of warnings)
    ('She said "yes" and left.', ["yes"], 0),
    ("She said “yes” and left.", ["yes"], 0),
    ("Headline\n\nThe mayor said ''we are ready'' on Monday.", ["we are ready"], 0),
    ('“A quote with ‘an inner one’ inside,” he said.', ["A quote with ‘an inner one’ inside,"], 0),
    ('He said "first part.\n\n"Second paragraph, closed."', ["first part.", "Second paragraph, closed."], 0),
    ('The plan” was dropped, she said.', [], 1),                      # closing mark, no opener
    ('He called it "a mistake that will cost us.', ["a mistake that will cost us."], 1),  # closes at paragraph end, warned
    ('He said: "', [], 1),                                             # an opener with nothing after it
    ("Mayor: ‘We Will Rebuild’ After Flood\n\nBody text.", ["We Will Rebuild"], 0),    # headline singles
    ("Body line one.\n\nThe town's 'plan' isn't new.", [], 0),         # singles outside the headline are not quotes
    ('<tweet id="1" author="@x">Rain again</tweet>. "Stay home," she wrote.', ["Stay home,"], 0),
]


@pytest.mark.parametrize("text,expected,n_warnings", MARKS)
def test_mark_pairing(text, expected, n_warnings):
    found, warnings = find_quoted(text)
    assert [text[q.start:q.end] for q in found] == expected
    assert len(warnings) == n_warnings


# -- shapes, speakers and kinds (full pipeline) -----------------------------------------------
SHAPES = [
    # (shape, text, [(quoted text, speaker, speaker mention text, kind)])
    ("quote then X said",
     'The storm hit the coast on Friday.\n\n"The bridge will reopen in May," Maria Lopez said.',
     [("The bridge will reopen in May,", "Maria Lopez", "Maria Lopez", "direct")]),
    ("X said colon quote",
     'Mayor Tom Becker spoke to residents on Sunday.\n\nBecker said: "We are ready for the next storm."',
     [("We are ready for the next storm.", "Tom Becker", "Becker", "direct")]),
    ("said X, a senior analyst at Y; then the role noun",
     '"Prices will fall before winter," said Anna Berg, a senior economist at the Nordic Institute.\n\n'
     '"Nobody should panic," the economist added.',
     [("Prices will fall before winter,", "Anna Berg", "Anna Berg", "direct"),
      ("Nobody should panic,", "Anna Berg", "the economist", "direct")]),
    ("the statement added",
     "In a statement, the Harbor Authority confirmed the closure. \"Ships will be diverted to the "
     "northern pier until repairs are complete,\" the statement added.",
     [("Ships will be diverted to the northern pier until repairs are complete,", "Harbor Authority",
       "the statement", "direct")]),
    ("multi-paragraph quote",
     'Jonas Field, a retired teacher, said: "The river was higher than I had ever seen.\n\n'
     '"We moved the animals first and the furniture later."\n\nThe water fell on Tuesday.',
     [("The river was higher than I had ever seen.", "Jonas Field", "Jonas Field", "direct"),
      ("We moved the animals first and the furniture later.", "Jonas Field", "Jonas Field", "direct")]),
    ("interrupted quote, pronoun speaker",
     'Governor Ellen Marsh visited the town on Monday.\n\n"We will rebuild," she said, "and we will do it quickly."',
     [("We will rebuild,", "Ellen Marsh", "she", "direct"),
      ("and we will do it quickly.", "Ellen Marsh", "she", "direct")]),
    ("NYT doubled apostrophes",
     "Officials were cautious.\n\n''The numbers are still coming in,'' said Peter Olsen, a spokesman for the agency.",
     [("The numbers are still coming in,", "Peter Olsen", "Peter Olsen", "direct")]),
    ("curly marks",
     "Farmers were worried. “The harvest is lost,” Karl Dent said.",
     [("The harvest is lost,", "Karl Dent", "Karl Dent", "direct")]),
    ("partial quote, surname to full name",
     'Maria Lopez visited the site. Lopez said the repairs were "long overdue" and praised the crews.',
     [("long overdue", "Maria Lopez", "Lopez", "partial")]),
    ("unnamed source stays a phrase",
     'A city hall official told reporters that the road was "closed until further notice."',
     [("closed until further notice.", "A city hall official", "A city hall official", "partial")]),
    ("organisation pronoun",
     'The Harbor Authority closed the pier. "Safety comes first," it said.',
     [("Safety comes first,", "Harbor Authority", "it", "direct")]),
    ("headline single quotes",
     "Becker: ‘The Levee Held’\n\nMayor Tom Becker said on Sunday that the levee had held.",
     [("The Levee Held", "Tom Becker", "Becker", "direct")]),
    ("sign-off after a dash",
     "Readers wrote in after the vote.\n\n“The town deserves better than this.” ― Mara Quinn\n\nMore letters follow.",
     [("The town deserves better than this.", "Mara Quinn", "Mara Quinn", "direct")]),
    ("unclosed mark closes at the paragraph end",
     'Karl Dent said the plan was "a mistake that will cost us.\n\nThe council meets again on Monday.',
     [("a mistake that will cost us.", "Karl Dent", "Karl Dent", "partial")]),
    # from the error analysis on the quotes gold (pronoun chains, names inside role nouns,
    # "issued a statement saying", subordinate cues, fragments without a cue)
    ("an earlier 'he' of the chain, not the man in the object",
     "Finance minister Peter Varga met his counterpart, Mr. Holm, on Monday.\n\n"
     "Mr. Varga said the talks had gone well. But he suggested that Mr. Holm had other goals. "
     "“They are under pressure at home,” he said.",
     [("They are under pressure at home,", "Peter Varga", "he", "direct")]),
    ("a name inside a role noun is not the speaker",
     "Mayor Tom Becker has led the town since 2019.\n\n“We expect a close race,” said a senior Becker adviser.",
     [("We expect a close race,", "a senior Becker adviser", "a senior Becker adviser", "direct")]),
    ("X issued a statement saying",
     'The Harbor Authority issued a statement saying the pier was "unsafe for now."',
     [("unsafe for now.", "Harbor Authority", "Harbor Authority", "partial")]),
    ("X released a plan calling",
     'Ships waited outside the harbor.\n\nAnna Berg, the port director, released a new plan calling the delays "a disgrace."',
     [("a disgrace.", "Anna Berg", "Anna Berg", "partial")]),
    ("verb and particle tagged as an adverb",
     "“Nobody believes that,” Karl Dent shot back with a laugh.",
     [("Nobody believes that,", "Karl Dent", "Karl Dent", "direct")]),
    ("a later cue in the quote's own sentence: not the previous speaker's mention",
     "Senator Ellen Marsh wrote to the board. “The plan is sound,” Marsh wrote. Still, she added, "
     "“we cannot ignore the cost.”",
     [("The plan is sound,", "Ellen Marsh", "Marsh", "direct"),
      ("we cannot ignore the cost.", "Ellen Marsh", "she", "direct")]),
    ("a cue in a subordinate clause with its own subject: not the main clause's cue",
     "Hours after Anna Berg said she was “encouraged” by the offer, the union announced a strike.",
     [("encouraged", "Anna Berg", "Anna Berg", "partial")]),
    ("according to a document filed by X",
     "The fence was found open on Sunday.\n\n“Someone cut the wire during the night,” according to a police "
     "report filed by Karl Dent.",
     [("Someone cut the wire during the night,", "Karl Dent", "Karl Dent", "direct")]),
    ("an adjective with a determiner as the subject",
     "The race ended in the rain.\n\n“I will run again next year,” said the 46-year-old.",
     [("I will run again next year,", "the 46-year-old", "the 46-year-old", "direct")]),
    ("a fragment whose sentence has no cue and the subject 'it': the paragraph's speaker",
     "The mayor spoke about the boat on Monday.\n\nKarl Dent said the town could do without the boat. "
     "Still, it was a \"great luxury to have\" in summer.",
     [("great luxury to have", "Karl Dent", "Karl Dent", "partial")]),
    ("a fragment in a paragraph without a cue: its sentence's named subject",
     "The rally lasted an hour.\n\nKarl Dent listed his plans, including a \"fair deal\" for farmers and new roads.",
     [("fair deal", "Karl Dent", "Karl Dent", "partial")]),
]


@pytest.mark.parametrize("shape,text,expected", SHAPES, ids=[s[0] for s in SHAPES])
def test_quote_shapes(extract, shape, text, expected):
    rec = extract(text)
    got = [(q.text, q.speaker, text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None,
            q.kind) for q in rec.quotes]
    assert got == expected
    for q in rec.quotes:
        assert text[q.start:q.end] == q.text
        assert q.cue


# -- terms, names and labels in quotation marks are nobody's speech: left out (issue 12) ----------
TERMS = [
    # (text, quoted words that are terms) - every one is left out of the record
    ('The old bridge, known locally as "the iron lady", reopened on Friday after a long repair.', "the iron lady"),
    ('The senator spoke on Sunday on NBC\'s "Morning Report" about the budget, Jane Holt said.', "Morning Report"),
    ("The “Harbor Nights” star spoke at the rally, Jane Holt said.", "Harbor Nights"),
    ("In his memoir, ''A Long Road,'' the mayor wrote about the flood.", "A Long Road,"),
    ('Farmers sold the crop through a so-called "grain bank" run by the co-operative.', "grain bank"),
    ('The bakery chain launched a loaf dubbed "Sunrise" in March and sold a million.', "Sunrise"),
    ('Boxer Daniel "Iron Fist" Mensah has retired from the ring.', "Iron Fist"),
    ('The town council bought a "smart meter" for every home on the estate.', "smart meter"),
    ('Phones with a "push-to-talk" button sold well in the spring.', "push-to-talk"),
    ('Older flats are classed as "band C" under the scheme.', "band C"),
    ('The ferry firm is already well established with its cheaper "Blue Line" service.', "Blue Line"),
    ('Older readers may not know the word "podcast" at all.', "podcast"),
]


@pytest.mark.parametrize("text,term", TERMS, ids=[t[1] for t in TERMS])
def test_terms_in_quotation_marks_are_not_quotes(extract, text, term):
    assert term in text
    assert [q.text for q in extract(text).quotes] == []


SPEECH_NOT_TERMS = [
    # (text, quote, speaker): short quoted words a reporting verb (or "as" after an attack) gives someone
    ('Anna Berg said the new tax was "a disgrace" and left the hall.', "a disgrace", "Anna Berg"),
    ('Karl Dent attacked the plan as "reckless" on Tuesday.', "reckless", "Karl Dent"),
    ('The union dubbed the offer "an insult" and called a strike.', "an insult", None),
    ('Mayor Tom Becker said he was "very disappointed" by the vote.', "very disappointed", "Tom Becker"),
]


@pytest.mark.parametrize("text,quote,speaker", SPEECH_NOT_TERMS, ids=[t[1] for t in SPEECH_NOT_TERMS])
def test_short_quotes_with_a_cue_stay_speech(extract, text, quote, speaker):
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == [quote]
    if speaker is not None:
        assert quotes[0].speaker == speaker


def test_common_noun_subject_does_not_speak(extract):
    """A fragment whose sentence subject is a bare common noun ("the system") goes to the
    paragraph's named speaker, not to the noun phrase."""
    text = ("The report came out on Monday.\n\nKarl Dent, who chairs the panel, said the rules were "
            "unclear. The system was \"simply broken\" for years, he added.")
    quotes = extract(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("simply broken", "Karl Dent")]


def test_unbalanced_marks_warn_and_do_not_crash(extract):
    text = 'The plan” was dropped.\n\nKarl Dent said "it was over," and "left.\n\nThe end.'
    rec = extract(text)
    assert any("no opening mark" in w for w in rec.warnings)
    assert any("never closed" in w for w in rec.warnings)
    assert [q.text for q in rec.quotes] == ["it was over,", "left."]


def test_seed_like_article(sample_records):
    """The bundled sample: every quote attributed, role nouns and surnames resolved."""
    text, rec = sample_records["border-crossing.txt"]
    assert rec.quotes, "the sample has quotes"
    for q in rec.quotes:
        assert text[q.start:q.end] == q.text
        if q.kind != "scare":
            assert q.speaker


def test_rules_only_fallback_finds_quotes_without_speakers():
    from factextract.extraction import extract
    from factextract.pipeline import build_pipeline

    nlp = build_pipeline(model=None)
    rec = extract('"We are ready," Tom Becker said.', nlp=nlp)
    assert [(q.text, q.speaker) for q in rec.quotes] == [("We are ready,", None)]


# -- the scorer ---------------------------------------------------------------------------------
def _gold(text, quotes):
    return [{"id": "d1", "text": text, "gold": {"quotes": quotes}}]


def test_scorer_span_speaker_and_scare():
    text = '"We will win," Hong said. He called it "a fine day". Fans shouted "go".'
    gold = _gold(text, [
        {"start": 1, "end": 12, "speaker": "Hong", "speaker_start": 15, "speaker_end": 19,
         "speaker_resolved": "Hong Min", "kind": "direct"},
        {"start": 40, "end": 50, "speaker": "He", "speaker_start": 26, "speaker_end": 28,
         "speaker_resolved": "Hong Min", "kind": "partial"},
    ])
    preds = {"d1": {"quotes": [
        {"start": 0, "end": 13, "speaker": "Hong Min", "speaker_start": 15, "speaker_end": 19},
        {"start": 40, "end": 50, "speaker": "He", "speaker_start": 26, "speaker_end": 28},
        {"start": 67, "end": 69, "speaker": None, "kind": "scare"},
    ]}}
    lines = scoring.score(gold, preds)
    assert lines[-1] == "quotes span-F1 1.00 speaker-acc 1.00 names-required 0.50 e2e-F1 1.00 on 1 docs"
    assert "(scare-marked ignored 1)" in lines[0]


@pytest.mark.parametrize("a,b,agree", [
    ("Hong", "Hong Min", True),
    ("Mr. Trump", "Donald Trump", True),
    ("Ronald Fieldstone, a Miami lawyer", "Ronald R. Fieldstone", True),
    ("Bill Clinton", "Hillary Clinton", False),
    ("Rival Hillary Clinton", "Democrat Hillary Clinton", True),
    (None, "Hong Min", False),
])
def test_scorer_name_agreement(a, b, agree):
    assert scoring.names_agree(a, b) is agree

"""A blank line is a sentence boundary before the parser runs (nlp/paragraphs.py): a headline
with no full stop is not parsed into the first body sentence. Texts written for these tests."""
from __future__ import annotations

from factextract.records import to_dict


def test_a_headline_is_a_sentence_of_its_own(nlp) -> None:
    doc = nlp("Brandt profits jump 12%\n\nProfits at the German toolmaker Brandt rose by 12% in the "
              "quarter, the firm said.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Brandt profits jump 12%"
    jump = next(t for t in doc if t.text == "jump")
    assert jump.dep_ == "ROOT"


def test_a_single_line_break_is_no_boundary(nlp) -> None:
    doc = nlp("The minister said on Monday that the\nplan would go ahead next year.")
    assert len([s for s in doc.sents if s.text.strip()]) == 1


def test_a_headline_figure_counts_its_own_subject(extract) -> None:
    text = ("Brandt profits jump 12%\n\nProfits at the German toolmaker Brandt rose by 12% in the "
            "quarter, the firm said.")
    figures = [(f["text"], f["start"], f["counted"]) for f in to_dict(extract(text))["figures"]]
    assert figures[0] == ("12%", 20, "Brandt profits")


def test_the_first_body_name_is_whole(extract) -> None:
    text = ("Nina Vance: the quiet rebel\n\nNina Vance, whose latest role was a jazz singer in Blue "
            "Hours, is one of the most admired actors of her generation.")
    people = {e["name"]: [m["text"] for m in e["mentions"]] for e in to_dict(extract(text))["people"]}
    assert people.get("Nina Vance") == ["Nina Vance", "Nina Vance"]


def test_a_cueless_quote_after_a_paragraph_takes_the_person_it_follows(extract) -> None:
    """The blank line's own sentence is no "sentence before" the quote (sentences.py)."""
    text = ("Aid chief warns on famine\n\nBy any measure, aid worker Paul Dorey is a realist.\n\n"
            "He has spent a month in the region. On this subject, Dorey appears almost angry.\n\n"
            "\"We are running out of time and out of food.\"\n")
    quotes = [(q["text"], q["speaker"]) for q in to_dict(extract(text))["quotes"]]
    assert quotes == [("We are running out of time and out of food.", "Paul Dorey")]

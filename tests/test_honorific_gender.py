"""A woman's honorific never joins a man's full name, nor a man's a woman's
(facts/entities/honorific_gender.py, component.py's surname joins)."""
from __future__ import annotations

import pytest

from factextract.facts.entities.honorific_gender import HonorificGender


@pytest.fixture(scope="module")
def gender():
    return HonorificGender()


@pytest.mark.parametrize("text, word, expected", [
    ("Then Mrs Pelling said no.", "Pelling", "f"),
    ("Then Ms. Pelling said no.", "Pelling", "f"),
    ("Baroness Pelling said no.", "Pelling", "f"),
    ("Then Mr Pelling said no.", "Pelling", "m"),
    ("Sir Pelling said no.", "Pelling", "m"),
    ("Then Dr Pelling said no.", "Pelling", None),
    ("Then Pelling said no.", "Pelling", None),
    ("The Misses Pelling said no.", "Pelling", None),
])
def test_sex_of_mention(gender, text, word, expected):
    assert gender.of_mention(text, text.index(word)) == expected


def _people(record) -> dict[str, list[str]]:
    """Each person's name -> the texts of its mentions, in order."""
    return {e.name: [m.text for m in e.mentions] for e in record.people}


def _holder(record, text: str, phrase: str) -> list[str]:
    """The mention texts of the person who holds the surname right after `phrase`."""
    start = text.index(phrase) + len(phrase)
    owners = [[n.text for n in e.mentions] for e in record.people for m in e.mentions if m.start == start]
    assert len(owners) == 1, (phrase, _people(record))
    return owners[0]


@pytest.mark.parametrize("text, expected", [
    # the man and "his wife, Sandra": Mrs joins her, Mr him, whichever comes first
    # (each value: a mention the holder of the surname after the key must also have)
    ("Robert Quillan spoke in Dover on Monday. His wife, Sandra, joined him on stage. "
     "Mrs Quillan said the tour had been long. Mr Quillan said he was sure of victory.",
     {"Mrs ": "Sandra", "Mr ": "Robert Quillan"}),
    ("Mrs Quillan said the tour had been long. Robert Quillan spoke in Dover with his wife, "
     "Sandra. Mr Quillan said he was sure of victory.",
     {"Robert Quillan spoke": None, "Mr ": "Robert Quillan"}),
    # both full names given: each honorific finds its own
    ("Michael Tessier and Helen Tessier opened the school. Mrs Tessier said the pupils were bright. "
     "Mr Tessier praised the teachers.",
     {"Mrs ": "Helen Tessier", "Mr ": "Michael Tessier"}),
    ("Helen Tessier and Michael Tessier opened the school. Mr Tessier praised the teachers. "
     "Mrs Tessier said the pupils were bright.",
     {"Mrs ": "Helen Tessier", "Mr ": "Michael Tessier"}),
    # a man called "Sir" elsewhere keeps a later "Lady" apart
    ("Sir Tobin Arkwright opened the fair in Hull. Lady Arkwright cut the ribbon.",
     {"Sir ": "Tobin Arkwright"}),
    # no conflict: the honorific still joins the full name as before
    ("Cherie Ledwell visited Leeds. Mrs Ledwell said the schools were good.",
     {"Mrs ": "Cherie Ledwell"}),
    ("Anthony Ledwell visited Leeds. Mr Ledwell said the economy was strong.",
     {"Mr ": "Anthony Ledwell"}),
    ("Kim Ledwell visited Leeds. Ms Ledwell said the economy was strong.",
     {"Ms ": "Kim Ledwell"}),
])
def test_honorific_joins_respect_sex(extract, text, expected):
    record = extract(text)
    for phrase, name in expected.items():
        if name is None:
            continue
        assert name in _holder(record, text, phrase), _people(record)


def test_woman_named_after_her_honorific(extract):
    """"Mrs Quillan" before "his wife, Sandra": never in Robert Quillan, joined with Sandra."""
    text = ("Mrs Quillan said the tour had been long. Robert Quillan spoke in Dover with his wife, "
            "Sandra. Mr Quillan said he was sure of victory.")
    record = extract(text)
    mrs = text.index("Quillan")
    owner = next(e for e in record.people if any(m.start == mrs for m in e.mentions))
    assert "Robert Quillan" not in [m.text for m in owner.mentions]
    assert "Sandra" in [m.text for m in owner.mentions]
    assert owner.name == "Sandra"   # her given name, not the surname she shares with him


def test_lady_not_in_sir(extract):
    text = "Sir Tobin Arkwright opened the fair in Hull. Lady Arkwright cut the ribbon."
    record = extract(text)
    lady = text.index("Arkwright", text.index("Lady"))
    sir = next(e for e in record.people if e.name == "Tobin Arkwright")
    assert all(m.start != lady for m in sir.mentions)


def test_bare_surname_after_woman_stays_with_the_man(extract):
    """A bare "Quillan" after a woman kept apart goes on joining the man's full name."""
    text = ("Robert Quillan came to Dover with his wife, Sandra. Mrs Quillan said it was cold. "
            "Quillan said the party would win.")
    record = extract(text)
    bare = text.rindex("Quillan")
    assert "Robert Quillan" in _holder(record, text, "cold. ")
    assert "Sandra" in _holder(record, text, "Mrs ")
    assert any(m.start == bare for e in record.people if e.name == "Robert Quillan" for m in e.mentions)


def test_wife_quote_not_credited_to_husband(extract):
    """Her speech stays hers: the quote after "said Mrs Quillan" is not Robert Quillan's."""
    text = ("Robert Quillan spoke in Dover on Monday. His wife, Sandra, joined him on stage.\n\n"
            "\"It has been a long tour,\" said Mrs Quillan.\n\n\"We will win,\" Mr Quillan said.")
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers["It has been a long tour,"] != "Robert Quillan"
    assert speakers["We will win,"] == "Robert Quillan"

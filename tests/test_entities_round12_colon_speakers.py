"""A name before a colon at the start of a headline is a speaker or a columnist, not a title
before its subtitle (colon_speakers.py, used by work_referents.py): "Dale Harwick: Senate
Asking ..." keeps "Dale Harwick" a person whose surname joins him and who speaks the quotes;
"Campaign Trail: Joe Biden Visits Ohio" keeps "Joe Biden" a person after the colon; "Harry
Potter: The Musical" and "Robin Hood: Prince of Thieves" in running text stay titles.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factextract.facts.entities.colon_speakers import ColonSpeakers
from factextract.facts.entities.given_names import given_names
from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.tokens import TokenView
from factextract.records import to_dict


def _people(record) -> dict[str, list[str]]:
    r = to_dict(record)
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in r["people"]}


@pytest.mark.parametrize("text, person, mentions", [
    # the name used as a person's elsewhere: a role noun before, a speech verb after
    ("Dale Harwick: Senate Asking Voters to Forget Its Record\n\nThe radio host Dale Harwick said on "
     "Monday that the vote was a sham. \"They want you to forget,\" Harwick told listeners.",
     "Dale Harwick", ["Dale Harwick", "Dale Harwick", "Harwick"]),
    # a given name the lexicon knows
    ("Gordon Pryce: Tough Choices Ahead for the Treasury\n\nGordon Pryce set out the spending plans "
     "to MPs on Wednesday.", "Gordon Pryce", ["Gordon Pryce", "Gordon Pryce"]),
    # an honorific before the surname elsewhere
    ("Lorne Castellan: Climate Talks Stall in Geneva\n\nNegotiators failed to agree on Friday, Lorne "
     "Castellan reports from Geneva. Mr Castellan has covered the talks since 2009.",
     "Lorne Castellan", ["Lorne Castellan", "Lorne Castellan", "Castellan"]),
    # a clause after the colon ("Is")
    ("Talbot Quennell: Labour Is Ready to Govern Again\n\nThe rally was in Leeds on Saturday. Talbot "
     "Quennell spoke to activists in Leeds on Saturday.", "Talbot Quennell", ["Talbot Quennell", "Talbot Quennell"]),
])
def test_a_headline_speaker_before_a_colon_stays_a_person(extract, text: str, person: str,
                                                          mentions: list[str]) -> None:
    people = _people(extract(text))
    assert people.get(person) == mentions, people


@pytest.mark.parametrize("text, person, mentions", [
    # a given name right after a colon
    ("Campaign Trail: Joe Biden Visits Ohio Plant\n\nJoe Biden toured the plant on Tuesday.",
     "Joe Biden", ["Joe Biden", "Joe Biden"]),
    # a name used as a person's elsewhere (a role noun before it)
    ("Week in Review: Dale Harwick\n\nThe radio host Dale Harwick said on Monday that the vote was a sham.",
     "Dale Harwick", ["Dale Harwick", "Dale Harwick"]),
])
def test_a_person_after_a_headline_colon_is_no_subtitle(extract, text: str, person: str,
                                                        mentions: list[str]) -> None:
    people = _people(extract(text))
    assert people.get(person) == mentions, people


def test_the_quote_goes_to_the_full_name_of_the_headline_speaker(extract) -> None:
    text = ("Dale Harwick: Senate Asking Voters to Forget Its Record\n\nThe radio host Dale Harwick said "
            "on Monday that the vote was a sham. \"They want you to forget,\" Harwick told listeners.")
    quotes = to_dict(extract(text))["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [("They want you to forget,", "Dale Harwick")]


@pytest.fixture(scope="module")
def speakers() -> ColonSpeakers:
    return ColonSpeakers(Lexicon(), given_names())


@pytest.mark.parametrize("text, name, person", [
    ("Gordon Pryce: Tough Choices Ahead for the Treasury\n\nThe plans were set out.", "Gordon Pryce", True),
    ("Nadia Verhoek: Budget Will Hurt Families\n\nThe plans were set out on Wednesday.", "Nadia Verhoek", True),
    ("Oskar Lindqvist: \"We Will Fight On\"\n\nThe strike went on.", "Oskar Lindqvist", True),
    ("Coral Bexley: Climate Talks Stall\n\nBy Coral Bexley\n\nThe talks failed on Friday.", "Coral Bexley", True),
    ("Harry Potter: The Musical opens in London next month.", "Harry Potter", False),
    ("He starred in Gattaca, Robin Hood: Prince of Thieves and Dune.", "Robin Hood", False),
    ("Sales of Call of Duty: Finest Hour rose in December.", "Call of Duty", False),
    ("Star Raiders: Lost Horizon\n\nThe sequel sold a million copies.", "Star Raiders", False),
])
def test_a_name_before_a_colon_is_a_person_or_a_title(nlp, speakers: ColonSpeakers, text: str, name: str,
                                                      person: bool) -> None:
    v = TokenView(nlp(text))
    words = name.split()
    s = next(i for i in range(len(v.texts)) if v.texts[i:i + len(words)] == words)
    e = s + len(words)
    assert v.texts[e] == ":"
    assert speakers.person(v, s, e) is person


@pytest.mark.parametrize("text, name, person", [
    ("Campaign Trail: Joe Biden Visits Ohio\n\nThe plant employs 900.", "Joe Biden", True),
    ("Week in Review: Dale Harwick\n\nThe radio host Dale Harwick said it was a sham.", "Dale Harwick", True),
    ("Week in Review: Dale Harwick\n\nThe show aired. Harwick said it was a sham.", "Dale Harwick", True),
    # a name with a function word is not looked up by its last word alone
    ("Rally Day: Reclaim Our Schools\n\nThe group met. Schools said they were closed.", "Reclaim Our Schools",
     False),
    ("Medal of Honor: Pacific Assault sold well in December.", "Pacific Assault", False),
    ("Star Raiders: The Movie opens on Friday.", "The Movie", False),
])
def test_a_name_after_a_colon_is_a_person_or_a_subtitle(nlp, speakers: ColonSpeakers, text: str, name: str,
                                                        person: bool) -> None:
    v = TokenView(nlp(text))
    words = name.split()
    s = next(i for i in range(len(v.texts)) if v.texts[i:i + len(words)] == words)
    assert v.texts[s - 1] == ":"
    assert speakers.person_after(v, s, s + len(words)) is person

"""A referent typed a person whose mentions have a company's grammar around them is an
organisation, unless a person's evidence stands at any mention (company_grammar.py).
Sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from factextract.facts.entities.company_grammar import CompanyGrammar
from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.person_check import PersonCheck
from factextract.records import to_dict


@pytest.fixture(scope="module")
def grammar() -> CompanyGrammar:
    return CompanyGrammar(PersonCheck(Lexicon()))


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


@pytest.mark.parametrize("text, name", [
    ("Velstrom, which makes set-top boxes, will list its shares next year.", "Velstrom"),
    ("Velstrom said its profits had doubled in the second half.", "Velstrom"),
    ("Velstrom says its net profit rose 12%. Velstrom employs 4,000 people.", "Velstrom"),
    ("Velstrom and its rivals have cut prices twice this year.", "Velstrom"),
    ("Pension funds hold shares in Velstrom, the figures show.", "Velstrom"),
    ("Velstrom shares fell 4% in early trading in Frankfurt.", "Velstrom"),
    ("Velstrom's chief executive, Ana Lutz, will step down in May.", "Velstrom"),
    ("Velstrom's shareholders will vote on the offer on Friday.", "Velstrom"),
    ('"We are pleased," a spokesman for Velstrom told reporters.', "Velstrom"),
    ("A survey by Velstrom found that 40% of homes had a second set.", "Velstrom"),
    ("The game from developers Velstrom has been warmly received.", "Velstrom"),
    ('"It is a new market," said Dara Quill, vice president of sales for Velstrom.', "Velstrom"),
    # a company noun as the name's head beats a given name first
    ('"It is costly," said Birte Vahl from Pia Ostermann investment bank.', "Pia Ostermann"),
    ("KT Harrowgate, the investment bank, is advising the buyer.", "KT Harrowgate"),
])
def test_company_grammar_makes_a_company(grammar: CompanyGrammar, text: str, name: str) -> None:
    assert grammar.is_company(text, _spans(text, name))


@pytest.mark.parametrize("text, name", [
    # a person's evidence at any mention wins
    ("Velstrom, which makes set-top boxes, was praised. Mr Velstrom said so.", "Velstrom"),
    ("Velstrom, who founded the label, said its profits had doubled.", "Velstrom"),
    ("Velstrom said its profits had doubled. Velstrom, 54, is to retire.", "Velstrom"),
    ("Velstrom said that it was time to go, and thanked his family.", "Velstrom"),
    ("Pia Ostermann said its plan was sound.", "Pia Ostermann"),   # a given name first
    # grammar that is not a company's
    ("Velstrom shares the prize with two other writers.", "Velstrom"),
    ("The prize went to a novel by Velstrom, which sold well.", "Velstrom"),   # "which" is the novel
    ("Velstrom's latest album went to number one.", "Velstrom"),
    ("Velstrom's website crashed under the demand for tickets.", "Velstrom"),
    ("The film, A Velstrom Story, which opens on Friday, is his last.", "Velstrom Story"),   # a work's title
    ("Velstrom said he would appeal against the ruling.", "Velstrom"),   # no evidence either way
    # a company noun that is no head of the name's phrase
    ("Tom Velstrom said company profits would rise.", "Tom Velstrom"),
    ("Tom Velstrom, the former bank chairman, will give evidence.", "Tom Velstrom"),
    ("Velstrom said its release had been put back to June.", "Velstrom"),   # the album's release
])
def test_no_company_without_its_grammar_or_against_a_person(grammar: CompanyGrammar, text: str, name: str) -> None:
    assert not grammar.is_company(text, _spans(text, name))


@pytest.mark.parametrize("text, name, person", [
    # the raw pipeline types both names as people
    ('Two US firms are working on the system. "These tools will change how people drive," said Ross Ballard, '
     "vice president of business development for Tunemark. Tunemark supplies song data to millions of players.",
     "Tunemark", "Ross Ballard"),
    ('"This is a very expensive purchase," Katrin Wolle, from Sal Kessler investment bank, told Reuters.',
     "Sal Kessler", "Katrin Wolle"),
])
def test_the_whole_referent_becomes_an_organisation(extract, text: str, name: str, person: str) -> None:
    record = to_dict(extract(text))
    orgs = {e["name"]: [m["start"] for m in e["mentions"]] for e in record["organisations"]}
    assert orgs[name] == [m.start() for m in re.finditer(name, text)]
    assert [e["name"] for e in record["people"]] == [person]

"""Places named as a modifier ("the Hartlepool by-election", "a Glasgow hospital") and towns
written as places ("died in Bath", "Doncaster, Hartlepool and Stoke-on-Trent"): the rules on a
blank tokenizer, with the proposals the earlier steps would have made given as (name, type)."""
from __future__ import annotations

import pytest
import spacy

from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.place_modifiers import PlaceModifiers
from factextract.facts.entities.proposal import Proposal
from factextract.facts.entities.tokens import TokenView
from factextract.facts.entities.town_mentions import TownMentions


@pytest.fixture(scope="module")
def run():
    """run(text, given, sports) -> sorted (text, type) of the proposals after both rules."""
    nlp, lex = spacy.blank("en"), Lexicon()
    modifiers, towns = PlaceModifiers(lex), TownMentions(lex)

    def go(text: str, given: dict[str, str] | None = None, sports: bool = False) -> list[tuple[str, str]]:
        v = TokenView(nlp(text))
        spans = []
        for name, etype in (given or {}).items():
            words = [t.text for t in nlp(name)]
            for i in range(len(v) - len(words) + 1):
                if v.texts[i:i + len(words)] == words:
                    spans.append(Proposal(i, i + len(words), etype, "model"))
        modifiers.apply(v, spans)
        towns.apply(v, spans, sports)
        return sorted((v.txt(sp.s, sp.e), sp.type) for sp in spans)
    return go


@pytest.mark.parametrize("text, given, expected", [
    # a seat noun: any title-case name that is no party word is the constituency
    ("Voters went to the polls in the Wellbury by-election on Thursday.", None, [("Wellbury", "places")]),
    ("She held her Ashfield seat with a reduced majority.", None, [("Ashfield", "places")]),
    ("The Ealing North MP said she would vote against.", None, [("Ealing North", "places")]),
    ("He narrowly lost the Folkestone & Hythe seat in 1997.", None, [("Folkestone & Hythe", "places")]),
    # the city the model found grows into the seat
    ("The Glasgow Kelvin MP was expelled.", {"Glasgow": "places"}, [("Glasgow Kelvin", "places")]),
    # a hyphenated seat is one name, retyped from the model's organisation
    ("The North-Wessex MP denied the claim.", {"North-Wessex": "organisations"}, [("North-Wessex", "places")]),
    # ... also when the model took "the" and the seat noun into its organisation
    ("The North-Wessex MP denied the claim.", {"The North-Wessex MP": "organisations"}, [("North-Wessex", "places")]),
    # a gazetteer town the model called an organisation is retyped
    ("Turnout in the Hartlepool by-election was low.", {"Hartlepool": "organisations"}, [("Hartlepool", "places")]),
    # a site noun: only a name the gazetteers know
    ("She was taken to a Glasgow hospital after the crash.", None, [("Glasgow", "places")]),
    ("Delegates at the Gateshead conference cheered.", None, [("Gateshead", "places")]),
    ("Delegates at the Acme conference cheered.", None, []),
])
def test_modifier_places(run, text, given, expected):
    assert run(text, given) == expected


@pytest.mark.parametrize("text, given", [
    ("The Labour MP said he would resign.", None),                  # a party, not a seat
    ("A veteran Tory MP spoke next.", None),
    ("An MP has been mugged on holiday.", None),                    # a sentence's first word
    ("Former minister Frank Field MP criticised it.", {"Frank Field": "people"}),
    ("He spoke at the Tory Party conference in October.", {"Tory Party": "organisations"}),
])
def test_modifier_not_places(run, text, given):
    assert all(etype != "places" for _, etype in run(text, given))


@pytest.mark.parametrize("text, given, sports, expected", [
    ("The painter, who died in Bath aged 88, was widely admired.", None, False, [("Bath", "places")]),
    ("Fishermen from Peterhead and Lerwick protested.", {"Lerwick": "people"}, False,
     [("Lerwick", "places"), ("Peterhead", "places")]),
    ("Polls at Doncaster, Hartlepool and Stoke-on-Trent close at ten.",
     {"Doncaster": "places", "Hartlepool": "organisations"}, False,
     [("Doncaster", "places"), ("Hartlepool", "places"), ("Stoke-on-Trent", "places")]),
    # a sports report: "at Middlesbrough" is the club
    ("They lost 2-0 at Middlesbrough on Saturday.", None, True, []),
    # the town goes on into a longer name, or is a company after a preposition
    ("She studied at Bath Spa University.", None, False, []),
    ("He invested in Halifax shares.", {"Halifax": "organisations"}, False, [("Halifax", "organisations")]),
])
def test_town_mentions(run, text, given, sports, expected):
    assert run(text, given, sports) == expected


def test_landmark_nouns_make_places(run):
    """ "Hollywood Boulevard" the model called an organisation, "Highbury Stadium" it left out."""
    from factextract.facts.entities.landmarks import Landmarks
    nlp = spacy.blank("en")
    rule = Landmarks()
    v = TokenView(nlp("Fans lined Sunset Boulevard and the club will sell its Highfield Stadium soon."))
    spans = [Proposal(2, 4, "organisations", "model")]
    rule.apply(v, spans)
    assert sorted((v.txt(sp.s, sp.e), sp.type) for sp in spans) == [
        ("Highfield Stadium", "places"), ("Sunset Boulevard", "places")]
    v = TokenView(nlp("He joined the Millennium Stadium Company in May."))
    spans = []
    rule.apply(v, spans)
    assert spans == []   # the name goes on: a company


def test_country_ending_like_a_plural_demonym(extract):
    """ "Philippines" is a country, not the plural of "Philippine"; "Azeris" stays no entity."""
    rec = extract("The Philippines topped the optimism table. Thousands of Azeris marched.")
    assert [p.name for p in rec.places] == ["Philippines"]
    assert not rec.people and not rec.organisations

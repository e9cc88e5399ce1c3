"""Round 10, sport and business reports: line-ups and squads (line_ups.py). Every sentence here
is our own writing."""
from __future__ import annotations

import pytest

from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.line_ups import LineUps

_REPORT = ("Hartwell striker Dean Oduya scored twice as the league leaders beat Castleford "
           "2-0 in the cup on Saturday, and the keeper Paolo Marchetti made a late save.\n\n"
           "The manager said the win would lift the club's fans before the derby match.\n\n")


def _types(rec):
    return {e.name: kind for kind in ("people", "organisations", "places") for e in getattr(rec, kind)}


@pytest.fixture(scope="module")
def line_ups():
    return LineUps(Lexicon())


@pytest.mark.parametrize("line, players, clubs", [
    # a team line with substitutes and their minutes
    ("Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie.",
     {"Marchetti", "Brannagh", "Oduya", "Kellerman", "Stroud", "Pilbeam", "Fennick", "Quarrie"}, set()),
    # a squad: each player's club in brackets, initials before surnames, the captain marked
    ("T Oakhurst (Burnley, capt), L Venner (Wolves), P Drayfield (Sunderland), K Mabry (Exeter).",
     {"T Oakhurst", "L Venner", "P Drayfield", "K Mabry"}, {"Burnley", "Wolves", "Sunderland", "Exeter"}),
    # a labelled part of the team sheet needs only two names
    ("Subs not used: Tollemache, Verrity, Audsley.", {"Tollemache", "Verrity", "Audsley"}, set()),
])
def test_line_up_lines(line_ups, line, players, clubs):
    found = line_ups.lines(line)
    assert len(found) == 1
    got = {(line[s:e], k) for s, e, k in found[0]}
    assert {n for n, k in got if k == "player"} == players
    assert {n for n, k in got if k == "club"} == clubs


@pytest.mark.parametrize("line", [
    # a list of clubs is a table, not a line-up
    "Barcelona, Bayern Munich, Porto, Real Madrid, Juventus.",
    # a sentence with commas is running text
    "Oduya, who joined in May, scored twice, and Marchetti, the keeper, saved a penalty.",
    # too few names without a label
    "Marchetti, Brannagh, Oduya.",
])
def test_not_line_ups(line_ups, line):
    assert line_ups.lines(line) == []


@pytest.mark.parametrize("tail, name, kind", [
    # a surname of a line-up is a person, whatever the model read
    ("Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie.", "Pilbeam", "people"),
    ("Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie.", "Kellerman", "people"),
    # a squad's bracketed clubs are organisations, a town's name included
    ("Grist (Burnley), Hallam (Newcastle), Rudd (Wolves), Ebbw (Sunderland), Pask (Swansea).", "Newcastle",
     "organisations"),
    ("Grist (Burnley), Hallam (Newcastle), Rudd (Wolves), Ebbw (Sunderland), Pask (Swansea).", "Pask", "people"),
    # the body's full name of a listed player is a person's
    ("Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie.", "Paolo Marchetti",
     "people"),
])
def test_line_ups_in_reports(extract, tail, name, kind):
    rec = extract(_REPORT + tail)
    assert _types(rec).get(name) == kind


def test_line_up_offsets(extract):
    text = _REPORT + "Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie."
    rec = extract(text)
    pilbeam = next(e for e in rec.people if e.name == "Pilbeam")
    m = pilbeam.mentions[0]
    assert text[m.start:m.end] == "Pilbeam" and m.start == text.index("Pilbeam")


def _org_groups(rec):
    return {e.name: set(e.aliases) for e in rec.organisations}


@pytest.mark.parametrize("text, name, alias", [
    # abbreviated words of a club's or a company's name, written out (name_abbreviations.txt)
    ("Manchester United won 2-0 at Fulham on Sunday.\n\nMan Utd are now third in the Premiership table.",
     "Manchester United", "Man Utd"),
    ("Sheffield United lost 2-1 at home to Leeds on Saturday.\n\nSheff Utd are now ninth in the Championship.",
     "Sheffield United", "Sheff Utd"),
    ("Shares in Harrowgate Pharmaceuticals rose 4% on Monday after the drug was approved. Chief executive "
     "Tom Bell said Harrowgate Pharma would hire 200 staff.", "Harrowgate Pharmaceuticals", "Harrowgate Pharma"),
    # a club named with its city is the club by its first word too
    ("Bayern Munich beat Arsenal 3-1 in the Champions League on Tuesday. Arsenal manager Arsene Wenger "
     "said Bayern deserved to win.", "Bayern Munich", "Bayern"),
    # an acronym written as a word
    ("Shares in British American Tobacco fell on Monday. A press officer at Bat said the firm "
     "would not comment.", "British American Tobacco", "Bat"),
])
def test_org_short_forms_join(extract, text, name, alias):
    groups = _org_groups(extract(text))
    assert alias in groups.get(name, set()), groups


@pytest.mark.parametrize("text, names", [
    # a unit named with a region is not its parent
    ("Drinks group Corvane said its unit Corvane North America had bought a Californian winery. Corvane "
     "shares rose 2%.", {"Corvane", "Corvane North America"}),
    # a word acronym must spell every word of the name
    ("The Bank of Tarvia said rates would stay on hold. Bot analysts were not surprised.", {"Bank of Tarvia"}),
])
def test_org_short_forms_kept_apart(extract, text, names):
    groups = _org_groups(extract(text))
    assert names <= set(groups), groups


def _all_names(rec):
    return {e.name for k in ("people", "organisations", "places") for e in getattr(rec, k)}


@pytest.mark.parametrize("text, index, kept", [
    ("Wall Street had a poor day, the Dow Jones industrial average ending 0.7% lower, while shares in "
     "Harlow Motors rose.", "Dow Jones", "Harlow Motors"),
    ("Shares in Tarrant Mining jumped 5%, leading the risers on the FTSE 100 index.", "FTSE",
     "Tarrant Mining"),
    ("In Paris, France's Cac index slipped 0.4% after Corvane Group warned on profits.", "Cac", "Corvane Group"),
    ("Investors cheered the news and the FTSE 100 fell only 0.2% while Tarrant Mining gained.", "FTSE",
     "Tarrant Mining"),
])
def test_stock_indices_are_no_organisations(extract, text, index, kept):
    names = _all_names(extract(text))
    assert index not in names and kept in names, names


@pytest.mark.parametrize("text, name", [
    # an aircraft's model number is no index size: the maker stays
    ("Airline Skyfare said it had ordered ten Boeing 747 jets, and Boeing said the deal was worth $2bn.", "Boeing"),
])
def test_names_before_numbers_stay(extract, text, name):
    assert name in {e.name for e in extract(text).organisations}


def _kinds(rec):
    return {(kind, e.name, tuple(sorted(e.aliases))) for kind in ("people", "organisations", "places")
            for e in getattr(rec, kind)}


@pytest.mark.parametrize("text, expected, absent", [
    # initials and a surname an honorific elsewhere shows a person's (person_evidence.py)
    ("Racing investors JP Callaghan and Martin Doyle hold 17% of the club. Nobody knows whether Mr Callaghan "
     "will support the offer.", ("people", "JP Callaghan", ("Callaghan",)), "JP Callaghan"),
    # "X and Y" of two surnames of people named in full (fused.py)
    ("The squad is coached by Graham Henry and Steve Hansen. Hansen said the team was tired, but the side "
     "led by Henry and Hansen won again.", ("people", "Graham Henry", ("Henry",)), "Henry and Hansen"),
    # "X and Y" of two clubs
    ("The striker has played for Arsenal and Real Madrid, scoring 40 goals in the league.",
     ("organisations", "Real Madrid", ()), "Arsenal and Real Madrid"),
])
def test_people_and_pairs(extract, text, expected, absent):
    kinds = _kinds(extract(text))
    assert expected in kinds, kinds
    assert not any(name == absent and k == "organisations" for k, name, _ in kinds) if absent == expected[1] \
        else not any(name == absent for _, name, _ in kinds)


def test_initials_without_evidence_stay(extract):
    # a bank named after a person, with no honorific for its surname, stays an organisation
    rec = extract("The deal was arranged by JP Morgan, which lent the firm $2bn.")
    assert "JP Morgan" in {e.name for e in rec.organisations}


_MATCH = ("The striker scored twice in the league match on Saturday and the manager praised the "
          "squad after the win, their third of the season.\n\n")


@pytest.mark.parametrize("sentence, club", [
    # a transfer: "from X", "to X" a few words after a transfer word
    ("The midfielder joined the club from Feyenoord in 2003.", "Feyenoord"),
    ("Talks over his move to Barcelona are expected to end this week.", "Barcelona"),
    # a result noun before "to X"
    ("The side had lost twice in a week after losses to Newcastle and Porto.", "Newcastle"),
    # a possessive before a role or a player's given name
    ("Bristol's young winger was the best player on the pitch.", "Bristol"),
])
def test_towns_that_are_clubs(extract, sentence, club):
    rec = extract(_MATCH + sentence)
    assert _types(rec).get(club) == "organisations", _types(rec)


@pytest.mark.parametrize("sentence, place", [
    # the venue after "in" or "at" stays a place
    ("The team will train in Barcelona before the final.", "Barcelona"),
])
def test_venues_stay_places(extract, sentence, place):
    rec = extract(_MATCH + sentence)
    assert _types(rec).get(place) == "places", _types(rec)


def test_hyphenated_sports_words_count(nlp):
    from factextract.facts.entities.sport_reports import is_sports
    from factextract.facts.entities.tokens import TokenView
    doc = nlp.make_doc("The fly-half kicked a penalty before half-time and the hooker was sent to the sin-bin.")
    v = TokenView(doc)
    assert {"fly-half", "half-time", "sin-bin"} <= v.hyphen_words
    assert is_sports(v, Lexicon())


@pytest.mark.parametrize("text, name, aliases, absent", [
    # a hyphenated surname alone is the person's, whole (propagation.py, component.py)
    ("Manchester City winger Shaun Wright-Phillips scored twice on Saturday. Wright-Phillips said the win "
     "was deserved.", "Shaun Wright-Phillips", {"Wright-Phillips"}, "Phillips"),
    # its second half is never a mention of the name ("Silk" of "Kilroy-Silk")
    ("Robert Kilroy-Silk launched his new party on Wednesday. Kilroy-Silk said it would fight every seat.",
     "Robert Kilroy-Silk", {"Kilroy-Silk"}, "Silk"),
    # nor a name inside another hyphenated word ("Markova" of "the Markova-Dolin Ballet")
    ("Dame Alicia Markova danced for the company for years, and later the Markova-Dolin Ballet toured Europe.",
     "Alicia Markova", set(), "Markova"),
])
def test_hyphenated_surnames(extract, text, name, aliases, absent):
    rec = extract(text)
    person = next(e for e in rec.people if e.name == name)
    assert set(person.aliases) == aliases
    assert all(m.text != absent for k in ("people", "organisations", "places") for e in getattr(rec, k)
               for m in e.mentions)

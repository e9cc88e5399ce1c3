"""Round 11, organisations of sports reports that a reader takes for people from a cue beside one
mention (sport_person_cues.py): a verb of a person's own voice, a person-only role before the
name, a person-only noun after its possessive, a modal's clause with his or her, an age or a
sports-role apposition; and organisations that are fragments of an event's or a table's name
(sport_fragments.py). Every sentence here is our own writing."""
from __future__ import annotations

import pytest

from factextract.facts.entities.sport_fragments import SportFragments
from factextract.facts.entities.sport_person_cues import SportPersonCues


@pytest.fixture(scope="module")
def cues() -> SportPersonCues:
    return SportPersonCues({"uefa", "scotland"})


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    out, i = [], text.find(name)
    while i >= 0:
        out.append((i, i + len(name)))
        i = text.find(name, i + 1)
    return out


@pytest.mark.parametrize("text, name, person", [
    ("Kovalenko admitted the defeat hurt.", "Kovalenko", True),                 # a person's own verb
    ("Mirela Danescu countered: \"We ran well.\"", "Mirela Danescu", True),     # countered + colon
    ("Ostrava said: \"It was hard.\"", "Ostrava", True),                         # said with a colon
    ("\"We were poor,\" said Bakayoko.", "Bakayoko", True),                     # inverted after a quote
    ("\"We were poor,\" said Tarvel chairman Ivo Laar.", "Tarvel", False),      # a body's chairman speaks
    ("Ostrava said the fee was fair.", "Ostrava", False),                       # a bare said: clubs say so
    ("Ostrava added a second goal.", "Ostrava", False),                         # a club's goal
    ("She beat her sister Marisol in the final.", "Marisol", True),             # a person-only role
    ("The champions Ostrava lost.", "Ostrava", False),                          # champions: a club too
    ("Kovalenko's hamstring has not healed.", "Kovalenko", True),               # a body part
    ("Danescu's superb 20-yard header won it.", "Danescu", True),               # two words between
    ("Kovalenko's side lost again.", "Kovalenko", True),                        # a manager's side
    ("Ostrava's stadium was full.", "Ostrava", False),                          # a club's ground
    ("Kovalenko could reconsider his future.", "Kovalenko", True),              # modal + his
    ("Ostrava will be his next club.", "Ostrava", False),                       # "be": a destination
    ("Kovalenko, 24, signed on Friday.", "Kovalenko", True),                    # an age
    ("Kovalenko, the Tarvel striker, scored.", "Kovalenko", True),              # a sports-role apposition
    ("Uefa admitted the error.", "Uefa", False),                                # a known body
    ("Kovalenko United admitted the error.", "Kovalenko United", False),        # a club's word
    ("Team Tarvel admitted the error.", "Team Tarvel", False),                  # a team's word
    ("Speaking in Brasov Kovalenko admitted: \"I was tired.\"", "Brasov Kovalenko", False),  # a place fused on
    ("Speaking in Brasov, Kovalenko admitted: \"I was tired.\"", "Kovalenko", True),        # the name alone
])
def test_sport_person_cues(cues, text, name, person):
    assert cues.is_person(text, _spans(text, name)) is person


def test_one_cue_makes_every_mention_a_person(cues):
    text = "Kovalenko scored early. Later Kovalenko admitted the pitch was poor."
    spans = _spans(text, "Kovalenko")
    assert spans == [(0, 9), (30, 39)]
    assert not cues.is_person(text, spans[:1])   # the first mention alone has no cue
    assert cues.is_person(text, spans)


_REPORT = ("The striker scored twice in the second half as the league leaders won the cup tie 2-0, "
           "and the keeper made a late save to keep the clean sheet.\n\n"
           "Ostrava could lose Zdravkin in January. Zdravkin admitted he wanted more games. "
           "\"I need to play,\" said Zdravkin.\n")


def test_in_a_report(extract):
    rec = extract(_REPORT)
    people = {e.name: e for e in rec.people}
    assert "Zdravkin" in people and not any(e.name == "Zdravkin" for e in rec.organisations)
    starts = [m.start for m in people["Zdravkin"].mentions]
    assert starts == [_REPORT.index("Zdravkin"), _REPORT.index("Zdravkin admitted"), _REPORT.index("Zdravkin.")]


# -- sport_fragments.py ----------------------------------------------------------------------


@pytest.mark.parametrize("text, name, dropped", [
    ("She won her World Indoor title in 2003.", "World Indoor", True),       # an event's first words
    ("He runs at the European Indoors in March.", "European Indoors", True),
    ("They qualified from Group C on Sunday.", "Group C", True),             # a pool of the draw
    ("Votes were taken at the AGM in May.", "AGM", True),                    # club business
    ("T Rakena (NZ), P Duvall (SA)", "NZ", True),                            # a team list's code
    ("K Mallow (Aus, capt) led them.", "Aus", True),
    ("The SA side won easily.", "SA", False),                                # no bracket: left alone
    ("The Group of Eight met.", "Group of Eight", False),                    # a real body's name
    ("Tarvel Rovers won at home.", "Tarvel Rovers", False),
])
def test_sport_fragments(text, name, dropped):
    i = text.index(name)
    assert SportFragments().drop(text, [(i, i + len(name))]) is dropped


_FRAGMENTS = _REPORT + ("She set her sights on the European Indoors after a fine season. They finished "
                        "second in Group D behind Tarvel Rovers.\n")


def test_fragments_in_a_report(extract):
    rec = extract(_FRAGMENTS)
    orgs = {e.name for e in rec.organisations}
    assert not orgs & {"European Indoors", "Group D", "Group"}


# -- org_joins.py: a station named for its town -----------------------------------------------
from factextract.facts.entities.org_joins import ShortNames  # noqa: E402


@pytest.mark.parametrize("short, long, joins", [
    ("leicester", "bbc radio leicester", False),     # the station is not the town's club
    ("newcastle", "bbc newcastle", False),
    ("bayern", "bayern munich", True),               # a club named with its city still joins
    ("united", "manchester united", True),
])
def test_station_short_names(short, long, joins):
    names = ShortNames(frozenset(), set(), frozenset({"munich"}))
    surface = [w.capitalize() for w in long.split()]
    assert names._long_form(short.split(), long.split(), surface, False) is joins


# -- sport_org_edges.py: two players fused, a hyphened prefix ----------------------------------
def _report_with(sentence: str) -> str:
    return _REPORT + sentence + "\n"


@pytest.mark.parametrize("sentence, absent, people, org", [
    ("Tarvel lost to a side inspired by young half-backs Kemi Lato and Dan Reese on Saturday.",
     "Kemi Lato and Dan Reese", {"Kemi Lato", "Dan Reese"}, None),
    ("England held on after a needless trip by Sione Vaka on Tom Bright in the last minute.",
     "Sione Vaka on Tom Bright", {"Sione Vaka", "Tom Bright"}, None),
])
def test_fused_players_split(extract, sentence, absent, people, org):
    text = _report_with(sentence)
    rec = extract(text)
    assert absent not in {e.name for e in rec.organisations}
    found = {e.name: e for e in rec.people}
    for name in people:
        assert name in found
        assert found[name].mentions[0].start == text.index(name)


def test_hyphened_prefix_cut(extract):
    text = _report_with("The tie is a money-spinner for non-League Yarwell, who beat Dunmore in the second round.")
    rec = extract(text)
    names = {e.name for kind in ("people", "organisations", "places") for e in getattr(rec, kind)}
    assert not any("League" in n for n in names)


@pytest.mark.parametrize("text, name, listed, person", [
    ("Vickery, Dawes and Kovalenko were named.", "Kovalenko", True, True),      # listed with people only
    ("The Tarvel Herald, Kovalenko said, got it wrong.", "Tarvel Herald", True, False),  # "the" before
    ("Kovalenko's low cross was turned in.", "Kovalenko", False, True),          # a player's cross
    ("Ostrava's cross-town rivals won.", "Ostrava", False, False),               # not a cross
])
def test_sport_person_cues_lists_and_passes(cues, text, name, listed, person):
    assert cues.is_person(text, _spans(text, name), listed) is person


@pytest.mark.parametrize("text, name, person", [
    ("Kovalenko was named player of the year on Sunday.", "Kovalenko", True),
    ("Kovalenko, named coach of the decade in 1999, has died.", "Kovalenko", True),
    ("Ostrava named coach Ivo Laar on Monday.", "Ostrava", False),              # active: the club names
    ("Ostrava were named team of the year.", "Ostrava", False),                 # a team
])
def test_sport_person_cues_named(cues, text, name, person):
    assert cues.is_person(text, _spans(text, name)) is person

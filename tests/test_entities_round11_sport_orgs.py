"""Round 11, organisations of sports reports: a person's other name typed organisation
(org_person_names.py), a club's nickname beside the club (club_nicknames.py), and organisation
spans running over a player or a word before a club (sport_org_edges.py). Every sentence here
is our own writing."""
from __future__ import annotations

from collections import Counter

import pytest

from factextract.facts.entities.club_nicknames import ClubNicknames
from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.proposal import Proposal
from factextract.facts.entities.sport_org_edges import SportOrgEdges
from factextract.facts.entities.tokens import TokenView
from factextract.facts.entities.org_person_names import OrgPersonNames

# enough sports words for the report to read as one (sport_reports.is_sports)
_MATCH = ("The striker scored twice in the second half as the league leaders won the cup tie "
          "2-0, and the keeper made a late save to keep the clean sheet.\n\n")


def _group(kind: str, *keys: str, at: int = 0) -> dict:
    return {"type": kind, "keys": set(keys), "mentions": [(at + i, at + i + 1) for i in range(len(keys))],
            "votes": Counter({kind: len(keys)})}


def _kinds(rec) -> dict[str, str]:
    return {e.name: kind for kind in ("people", "organisations", "places") for e in getattr(rec, kind)}


# -- org_person_names.py ---------------------------------------------------------------------
@pytest.mark.parametrize("person, org, joins", [
    ({"tomasz brzeski", "brzeski"}, {"tomasz"}, True),          # a given name alone
    ({"brzeski"}, {"kofi brzeski"}, True),                       # the full name of a lone surname
    ({"k brzeski"}, {"kofi brzeski"}, True),                     # a team list's initial
    ({"hamid el fassi"}, {"el fassi"}, True),                    # a surname of two words
    ({"tomasz brzeski"}, {"brzeski united"}, False),             # a club word: not a name
    ({"tomasz brzeski"}, {"toma"}, False),                       # not the given name
    ({"p brzeski"}, {"kofi brzeski"}, False),                    # the initial does not fit
    ({"tomasz brzeski"}, {"arsenal"}, False),                    # a club of the clubs list
    ({"marta brzeski", "brzeski"}, {"gdansk brzeski"}, False),   # another full name: a place fused on
])
def test_org_person_names_pairs(person, org, joins):
    people = _group("people", *person)
    club = _group("organisations", *org, at=100)
    out = OrgPersonNames(frozenset()).join([people, club])
    assert (len(out) == 1) is joins
    if joins:
        assert people["keys"] == person | org and len(people["mentions"]) == len(person) + len(org)


def test_org_person_names_two_owners_stay():
    """Two people with the given name: nobody can tell which one is meant."""
    a, b = _group("people", "tomasz brzeski"), _group("people", "tomasz nowak", at=10)
    org = _group("organisations", "tomasz", at=100)
    assert len(OrgPersonNames(frozenset()).join([a, b, org])) == 3


@pytest.mark.parametrize("text, person, alias", [
    (_MATCH + 'Hartwell keeper Jerzy Kowalczyk was at fault for the opener. The manager said: '
     '"It was a tough day for Jerzy. The ball took a bad bounce."', "Jerzy Kowalczyk", "Jerzy"),
    (_MATCH + '"It is a real boost for the event to land Haile\'s entry," said the organiser of Haile Tessema.',
     "Haile Tessema", "Haile"),
])
def test_org_person_names_in_reports(extract, text, person, alias):
    rec = extract(text)
    ent = next(e for e in rec.people if e.name == person)
    assert alias in ent.aliases
    assert alias not in {e.name for e in rec.organisations}


# -- club_nicknames.py -----------------------------------------------------------------------
@pytest.mark.parametrize("club_keys, nick_keys, nick_type, joins", [
    ({"portsmouth"}, {"pompey"}, "organisations", True),
    ({"arsenal"}, {"gunners"}, "people", True),       # the model's person "the Gunners" joins too
    ({"everton"}, {"gunners"}, "organisations", False),  # not that club's nickname
    ({"southampton"}, {"saints"}, "places", False),   # a place is not a nickname's reading
])
def test_club_nicknames_pairs(club_keys, nick_keys, nick_type, joins):
    club = _group("organisations", *club_keys)
    nick = _group(nick_type, *nick_keys, at=100)
    text = "x" * 200
    out = ClubNicknames().join(text, [club, nick])
    assert (len(out) == 1) is joins
    if joins:
        assert club["keys"] == club_keys | nick_keys


def test_club_nicknames_ambiguous_stay():
    """"Reds" beside Liverpool and Manchester United: no join."""
    groups = [_group("organisations", "liverpool"), _group("organisations", "manchester united", at=10),
              _group("organisations", "reds", at=100)]
    assert len(ClubNicknames().join("x" * 200, groups)) == 3


@pytest.mark.parametrize("text, club, nick", [
    (_MATCH + "Portsmouth slipped to a home defeat. Pompey have now lost three in a row and "
     "the Pompey fans booed at the final whistle.", "Portsmouth", "Pompey"),
    (_MATCH + "Portsmouth slipped to a home defeat. The Gunners were held at home on Saturday. Arsenal "
     "manager Arsene Wenger blamed the pitch.",
     "Arsenal", "Gunners"),
])
def test_club_nicknames_in_reports(extract, text, club, nick):
    rec = extract(text)
    ent = next(e for e in rec.organisations if e.name == club)
    assert nick in ent.aliases
    assert nick not in {e.name for e in rec.organisations}


# -- sport_org_edges.py ----------------------------------------------------------------------
_NEW_COACH = ("Mendes upbeat on title race\n\nNew Southampton coach Luis Mendes believes his side can "
              "still avoid relegation from the Premiership after the 2-0 win, with the striker scoring "
              "twice and the keeper saving a penalty. The new man starts on Monday.")


@pytest.mark.parametrize("text, expected, absent", [
    # a club, a possessive and a player
    (_MATCH + "Arsenal's Nando has spoken about the row in the tunnel after the final whistle.",
     {"Arsenal": "organisations", "Nando": "people"}, {"Arsenal's Nando"}),
    # a nationality and a surname
    (_MATCH + "The Dane had to work hard for it, American Dorsey saving four break points.",
     {"Dorsey": "people"}, {"American Dorsey"}),
    # a sentence-initial word the article also writes in lower case, before a club
    (_NEW_COACH, {"Southampton": "organisations", "Luis Mendes": "people"}, {"New Southampton"}),
    # two coordinated nationalities before one head: the whole name
    (_MATCH + "He hopes to tour with the British and Irish Lions next summer. The Lions squad is named in April.",
     {"British and Irish Lions": "organisations"}, {"Irish Lions", "Lions"}),
])
def test_sport_org_edges(extract, text, expected, absent):
    kinds = _kinds(extract(text))
    for name, kind in expected.items():
        assert kinds.get(name) == kind, kinds
    assert not absent & set(kinds), kinds


def test_sport_org_edges_offsets(extract):
    rec = extract(_NEW_COACH)
    ent = next(e for e in rec.organisations if e.name == "Southampton")
    start = _NEW_COACH.index("Southampton")
    assert [(m.start, m.end) for m in ent.mentions] == [(start, start + len("Southampton"))]
    lions = _MATCH + "He hopes to tour with the British and Irish Lions next summer."
    ent = next(e for e in extract(lions).organisations if e.name == "British and Irish Lions")
    assert ent.mentions[0].start == lions.index("British")


@pytest.mark.parametrize("text, name, kind, gone", [
    # a conjunction ends the club's name
    (_MATCH + "Kellerman saw red at Southampton when Arsenal were already a goal up.",
     "Arsenal", "organisations", "Southampton when Arsenal"),
    # "for" after a club: the competition is not part of its name
    (_MATCH + "Chelsea's Brannagh expects a long fight with Arsenal for the Premiership this spring.",
     "Arsenal", "organisations", "Arsenal for the Premiership"),
    # a club, a sport role noun, a player
    (_MATCH + "Barcelona star Marcinho said: \"Sunday will be hard for us, no doubt about it.\"",
     "Marcinho", "people", "Barcelona star Marcinho"),
])
def test_sport_org_edges_cuts(extract, text, name, kind, gone):
    kinds = _kinds(extract(text))
    assert kinds.get(name) == kind, kinds
    assert gone not in kinds


@pytest.mark.parametrize("tail, kept", [
    # a body's head before "for": one name
    ("The Court of Arbitration for Sport will hear the appeal.", "Court of Arbitration for Sport"),
    # a body after a nationality is the body's own name
    ("The Dutch Olympic Committee backed the bid.", "Dutch Olympic Committee"),
])
def test_sport_org_edges_keep(extract, tail, kept):
    assert kept in {e.name for e in extract(_MATCH + tail).organisations}


@pytest.fixture(scope="module")
def edges():
    return SportOrgEdges(Lexicon())


@pytest.mark.parametrize("text, span, expected", [
    # the model's span over club, role and player: each its own
    ("Barcelona star Ronaldinho admitted defeat.", "Barcelona star Ronaldinho",
     [("Barcelona", "organisations"), ("Ronaldinho", "people")]),
    ("The lawsuit names Balco boss Victor Conte.", "Balco boss Victor Conte",
     [("Balco", "organisations"), ("Victor Conte", "people")]) ,
    ("Arsenal's Edu has spoken out.", "Arsenal's Edu", [("Arsenal", "organisations"), ("Edu", "people")]),
    # a nationality before a surname: the person
    ("The Swede beat American Dent in the final.", "American Dent", [("Dent", "people")]),
    # "for" after one word: nothing of the pair is a club, both go (the grouping finds them again)
    ("Woodward eyes Brennan for Lions tour.", "Brennan for Lions", []),
    # kept whole: a body's head before "for", a known club, a common word after the nationality
    ("The Court of Arbitration for Sport ruled.", "Court of Arbitration for Sport",
     [("Court of Arbitration for Sport", "organisations")]),
    ("He joined Aston Villa on loan.", "Aston Villa", [("Aston Villa", "organisations")]),
    ("The Dutch Olympic Committee backed him.", "Dutch Olympic Committee",
     [("Dutch Olympic Committee", "organisations")]),
    # a compass adjective is no nationality: the firm's name stays whole
    ("Power was cut by Southern Brant Edison.", "Southern Brant Edison",
     [("Southern Brant Edison", "organisations")]),
])
def test_sport_org_edges_spans(nlp, edges, text, span, expected):
    v = TokenView(nlp.make_doc(text))
    start = text.index(span)
    s, e = v.char_to_tokens(start, start + len(span))
    out = edges.apply(v, [Proposal(s, e, "organisations", "model")])
    assert [(v.txt(p.s, p.e), p.type) for p in out] == expected


def test_club_taken_for_person_joins_its_variant(extract):
    """component.py: the model's person "Manchester United" is the club before the variant joins,
    so the headline's "Man Utd" joins it."""
    text = ("Ferguson salutes Man Utd's spirit\n\nManchester United's Alex Ferguson has praised his "
            "players' fighting spirit after the 2-1 league win at Villa Park, where the striker scored "
            "twice in the second half.")
    rec = extract(text)
    clubs = [e for e in rec.organisations if "United" in e.name or "Utd" in e.name]
    assert [(e.name, e.aliases) for e in clubs] == [("Manchester United", ["Man Utd"])]
    assert sorted(m.start for m in clubs[0].mentions) == [text.index("Man Utd"), text.index("Manchester United")]


@pytest.mark.parametrize("text, club", [
    ("Hearts of Oak 2-0 Asante Kotoko\n\nHearts of Oak won the league derby 2-0 in Accra on Sunday, their "
     "striker scoring twice in the second half as the champions closed the gap at the top to two points.",
     "Hearts of Oak"),
])
def test_results_club_named_x_of_y(extract, text, club):
    """results.py: the club before a score runs back over "of" to the first capitalised words."""
    orgs = {e.name: e for e in extract(text).organisations}
    assert club in orgs and "Oak" not in orgs
    assert orgs[club].mentions[0].start == 0 and orgs[club].mentions[0].end == len(club)


_RUN_ON_TEAMS = (
    "Hartwell 2-1 Castleford\n\nHartwell came from behind to beat Castleford in the league on Saturday.\n\n"
    "They were level within six minutes, and the keeper made a fine save late on.\n\n"
    ' - Hartwell boss Dean Oduya "The lads earned that one. We were far sharper after the break." Hartwell: Marchetti, '
    "Brannagh, Kellerman, Stroud, Fennick, Quarrie, Pilbeam, Audsley, Verrity, Tollemache, Drayfield. "
    "Subs Not Used: Mabry, Venner. Goals: Pilbeam 35, Verrity 69. Castleford: Oakhurst, Lanyon, Grange, "
    "Dunmore, Halsey, Pritchard, Ormerod, Ketley, Wragg, Fensome, Ashworth. Booked: Grange. Att: 20,430")


@pytest.mark.parametrize("name", ["Kellerman", "Quarrie", "Tollemache", "Pilbeam", "Verrity"])
def test_line_up_players_run_on_after_a_quote(extract, name):
    """line_ups.py: the model's organisation in a line-up run on after a quote is a player;
    results.py: 'Goals: Pilbeam 35' is a scorer and his minute, not a club and its score."""
    rec = extract(_RUN_ON_TEAMS)
    kinds = _kinds(rec)
    assert kinds.get(name) == "people", kinds
    ent = next(e for e in rec.people if e.name == name)
    assert all(_RUN_ON_TEAMS[m.start:m.end] == name for m in ent.mentions)


def test_line_up_clubs_stay_clubs(extract):
    kinds = _kinds(extract(_RUN_ON_TEAMS))
    assert kinds.get("Hartwell") == "organisations" and kinds.get("Castleford") == "organisations"

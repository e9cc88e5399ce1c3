"""Organisations and what is none: events named by a capitalised noun ("the Budget", "the G8
summit": event_names.py), channels named by a number word or a letter and digit ("on Five",
"E4": broadcasters.py) that give no figure (figures/in_names.py), committees written in lower
case ("the culture select committee": committees.py) and pieces of colon titles ("CSI: Miami":
colon_titles.py). Every sentence here is our own writing."""
from __future__ import annotations

import pytest


def _orgs(rec):
    return {e.name for e in rec.organisations}


def _names(rec):
    return {e.name for t in (rec.people, rec.organisations, rec.places) for e in t}


def _mentions(rec):
    return {m.text for t in (rec.people, rec.organisations, rec.places) for e in t for m in e.mentions}


NOT_ENTITIES = [
    # events named by a capitalised common noun
    ("Tax cuts expected\n\nThe chancellor will deliver the Budget on 9 March, officials said. "
     "Critics said the Budget would favour pensioners.", "Budget"),
    ("Opposition attacks plans\n\nThe shadow chancellor said the Pre-Budget Report hid a "
     "shortfall of billions.", "Pre-Budget Report"),
    ("Pensions row\n\nThe prime minister backed the chancellor's pre-Budget report on Monday.", "Budget"),
    ("Charity gig planned\n\nOrganisers said Live 8 would be held in five cities in July, "
     "with bands on every stage.", "Live 8"),
    # pieces of colon titles
    ("Ratings climb for drama\n\nThe crime drama Harbour Squad: Leeds drew six million viewers on "
     "Tuesday night, the channel said.", "Leeds"),
    ("Spin-off announced\n\nThe network said the show would be followed by Harbour Squad:NY in "
     "the autumn schedule.", "NY"),
]

ORGANISATIONS = [
    # channels named by a number word or a letter and digit
    ("Soap moves channel\n\nThe soap will be shown on Five from March, the broadcaster said. "
     "Five's director of programmes said viewers would follow it.", "Five"),
    ("Leaders on television\n\nThe minister spent a day with Five, answering viewers' questions "
     "on a morning programme.", "Five"),
    ("New comedy commissioned\n\nThe comedy will air on E4 before moving to Channel 4, the "
     "television company said.", "E4"),
    # lower-case committees, span tight
    ("MPs criticise agency\n\nThe Commons transport select committee said the agency had failed "
     "drivers.", "Commons transport select committee"),
    ("Report on farming\n\nA report by the environment select committee warned that farmers "
     "faced ruin, its chairman said.", "environment select committee"),
    ("Inquiry into spending\n\nThe foreign affairs committee will question ministers on "
     "Tuesday.", "foreign affairs committee"),
    # a summit's group stays, the event noun comes off
    ("Leaders meet\n\nAid was top of the agenda at the G8 summit in Scotland. The G8 also "
     "discussed trade.", "G8"),
]

NOT_ORGANISATIONS = [
    # no committee without the marks of a standing body or a chamber
    ("Festival plans\n\nThe organising committee met on Friday to plan the parade.", "organising committee"),
    ("Inquiry\n\nHe said the select committee would agree with the minister.", "select committee"),
    # a number word that is a number
    ("Band reunion\n\nThe singer joined the Jackson Five on a television special.", "Five"),
    ("Rugby on television\n\nIt would be their first Five/Six Nations crown in a decade, the channel said.", "Five"),
    ("Cast changes\n\nFive actors left the show, the television company said on Monday.", "Five"),
]


@pytest.mark.parametrize("text, name", NOT_ENTITIES)
def test_not_an_entity(extract, text, name):
    rec = extract(text)
    assert name not in _names(rec) and name not in _mentions(rec)


@pytest.mark.parametrize("text, name", ORGANISATIONS)
def test_organisation(extract, text, name):
    assert name in _orgs(extract(text))


@pytest.mark.parametrize("text, name", NOT_ORGANISATIONS)
def test_not_an_organisation(extract, text, name):
    assert name not in _orgs(extract(text))


def test_channel_gives_no_figure(extract):
    rec = extract("Drama deal\n\nThe drama will be shown on Five and S4C next year, the broadcasters "
                  "said. Five's controller said 12 episodes were made.")
    assert {f.text for f in rec.figures} == {"12"}
    assert {"Five", "S4C"} <= _orgs(rec)


def test_number_word_still_a_figure(extract):
    rec = extract("Job losses\n\nFive factories will close, the company told television reporters.")
    assert [f.value for f in rec.figures] == [5]


@pytest.mark.parametrize("text, name", [
    # an honorific behind a quote mark the model took along, a particle after it
    ('Award for director\n\n"Her eye for detail is rare," Mr de Vabres said, handing her the award.', "de Vabres"),
    ('Minister visits\n\n"We are proud of the port," Mrs van Dijk told the crowd.', "van Dijk"),
])
def test_honorific_person_not_organisation(extract, text, name):
    rec = extract(text)
    assert name in {e.name for e in rec.people} and not any(name in o for o in _orgs(rec))

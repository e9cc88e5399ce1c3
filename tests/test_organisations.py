"""What is and is not an organisation, and one organisation under one entity (org_checks.py,
org_joins.py): products, laws, buildings, portfolios, channel numbers, short and long names."""
from __future__ import annotations

from collections import Counter

import pytest

from factextract.facts.entities.org_joins import ShortNames


def _mentions(rec, key):
    return {m.text for e in getattr(rec, key) for m in e.mentions}


def _org_names(rec):
    return {e.name: e for e in rec.organisations}


@pytest.mark.parametrize("text, surface", [
    # products, formats, technologies, substances
    ("Gadget makers said buyers of the new console would get films on UMD, a disc format made by Korvex.", "UMD"),
    ("Relief workers in the flooded towns are studying how SMS could carry warnings, said the charity Waveline.", "SMS"),
    ("The sprinter tested positive for the steroid THG in June and was banned by the Harnby Athletics Club.", "THG"),
    # languages
    ("The new party's name is Latin for truth, its founder told the Marrow Gazette on Tuesday.", "Latin"),
    # laws, treaties and papers
    ("The Prevention of Cruelty Bill was published on Tuesday by the ministry in Kelford.", "Prevention of Cruelty Bill"),
    ("Lawyers said the plan broke the European Convention on Human Rights, the Kelford Bar Council warned.",
     "European Convention on Human Rights"),
    ("Councils went to court over the government's White Paper on airports, backed by Stop Kelford Expansion.", "White Paper"),
    # portfolios cut off their title
    ("In March, Trade and Industry Secretary Joan Ashby promised a ruling on the Kelford plant.", "Trade and Industry"),
    ("Shadow Home Secretary David Davis told the Kelford Post the plan was flawed.", "Shadow Home"),
])
def test_what_is_no_organisation(extract, text, surface):
    assert surface not in _mentions(extract(text), "organisations")


@pytest.mark.parametrize("text, surface", [
    ("The plan was approved on Monday, said Home Office Minister Hazel Blears in a statement.", "Home Office"),
    ("The inquiry was backed by Kelford Police Commissioner Sir John Marlow on Friday.", "Kelford Police"),
])
def test_a_portfolio_with_an_institution_head_stays_an_organisation(extract, text, surface):
    assert surface in _mentions(extract(text), "organisations")


def test_a_building_is_a_place_not_an_organisation(extract):
    rec = extract("Iran closed the new Imam Khomeini International Airport in May, a week after it opened.")
    assert "Imam Khomeini International Airport" in _mentions(rec, "places")
    assert "Imam Khomeini International Airport" not in _mentions(rec, "organisations")


@pytest.mark.parametrize("text, station", [
    ("The minister told BBC Radio 4's Today programme that the plan would fail.", "BBC Radio 4"),
    ("A union official told Radio 4's Today programme that nurses were leaving.", "Radio 4"),
    ("Later the coach spoke to Radio Five Live about the injury.", "Radio Five Live"),
    ("Viewers can watch the ceremony via BBC One and BBC News 24 at 0945 GMT on Sunday.", "BBC News 24"),
    ("Viewers can watch the ceremony via BBC One and BBC News 24 at 0945 GMT on Sunday.", "BBC One"),
    ("The documentary will be broadcast on Channel 4 next week.", "Channel 4"),
])
def test_a_broadcaster_keeps_its_channel_number(extract, text, station):
    rec = extract(text)
    assert station in _org_names(rec)
    assert not {"Radio", "BBC Radio", "BBC", "BBC News", "Channel"} & _mentions(rec, "organisations")


@pytest.mark.parametrize("text, long, short", [
    ("Shares in Cairn Energy rose 6% on Monday. Cairn said the find was bigger than expected.", "Cairn Energy", "Cairn"),
    ("The Bank of England held rates at 4.75%. The Bank said inflation would stay low.", "Bank of England", "Bank"),
    ("Jet Airways opened its share sale on Tuesday. Brokers think Jet could raise $410m.", "Jet Airways", "Jet"),
])
def test_a_short_name_joins_its_long_name(extract, text, long, short):
    orgs = _org_names(extract(text))
    assert short not in orgs
    assert short in orgs[long].aliases


def _group(text, *names):
    mentions, keys = [], set()
    for name in names:
        s = text.index(name)
        mentions.append((s, s + len(name)))
        keys.add(" ".join(name.replace("-", " ").lower().split()))
    return {"type": "organisations", "keys": keys, "mentions": mentions, "votes": Counter({"organisations": 1})}


JOINS = ShortNames(frozenset({"energy", "bank"}), {"scottish", "welsh"})


@pytest.mark.parametrize("text, short, long, joined", [
    ("Cairn Energy rose. Later Cairn fell.", "Cairn", "Cairn Energy", True),
    ("The US Federal Reserve met. The Federal Reserve held rates.", "Federal Reserve", "US Federal Reserve", True),
    # a product is no long name of its maker
    ("Microsoft sold Microsoft Office. Microsoft said so.", "Microsoft", "Microsoft Office", False),
    # another body: a nationality before it, a newspaper's day, two names fused
    ("He joined the Scottish Labour Party. Labour won.", "Labour", "Scottish Labour Party", False),
    ("The Sunday Telegraph said so. The Telegraph agreed.", "Telegraph", "Sunday Telegraph", False),
    ("Gazprom and Rosneft trade. Rosneft bought it.", "Rosneft", "Gazprom and Rosneft", False),
    # a spilled common word at a line's start ("Holders" of "holders")
    ("Cup holders win\n\nHolders Athletic Rovers won. Athletic Rovers lost.", "Athletic Rovers", "Holders Athletic Rovers", False),
    # an acronym joins only through its definition
    ("BBC News said the BBC would act.", "BBC", "BBC News", False),
])
def test_short_name_join_rules(text, short, long, joined):
    s_start = text.rindex(short)
    short_group = {"type": "organisations", "keys": {" ".join(short.replace("-", " ").lower().split())},
                   "mentions": [(s_start, s_start + len(short))], "votes": Counter({"organisations": 1})}
    long_group = _group(text, long)
    out = JOINS.join(text, [long_group, short_group])
    assert (len(out) == 1) == joined


def test_a_short_name_of_two_long_names_stays_apart():
    text = "Columbia Bank and Columbia Energy fell. Columbia said nothing."
    groups = [_group(text, "Columbia Bank"), _group(text, "Columbia Energy")]
    s = text.rindex("Columbia")
    groups.append({"type": "organisations", "keys": {"columbia"}, "mentions": [(s, s + 8)], "votes": Counter()})
    assert len(JOINS.join(text, groups)) == 3

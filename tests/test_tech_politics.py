"""Software, malware and technologies are no entities (facts/entities/tech_referents.py);
parties and one-word political bodies are organisations (facts/entities/political_bodies.py).
Own sentences only."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types


@pytest.mark.parametrize("text, thing", [
    # a cue word after one use: every use goes
    ("The Qorvane virus hit banks in Leeds. Experts said Qorvane spread by e-mail.", "Qorvane"),
    ("The Linux operating system is free. Pupils in Hull use Linux.", "Linux"),
    # words that follow companies too ("X software", "X users") count when two uses have them
    ("Drellix technology lets people swap files. Drellix users in Oslo are students.", "Drellix"),
    ("Millions of Tandrel users were hit on Monday. Tandrel crashed on PCs running Tandrel.", "Tandrel"),
    ("Pupils in Hull use computers running Ombrix. A version of Ombrix is free.", "Ombrix"),
    # a well-known name of the word list
    ("Hackers attacked PCs that use Windows XP in Paris.", "Windows XP"),
    ("Shops in Leeds are putting RFID tags on clothes. RFID worries shoppers.", "RFID"),
    # a malware variant's name where the article speaks of worms
    ("Anti-virus firms warned of a new worm. Zelvo-D arrived in inboxes on Tuesday.", "Zelvo-D"),
])
def test_a_thing_goes_with_all_its_mentions(extract, text, thing):
    rec = extract(text)
    assert _types(rec, thing) == []


@pytest.mark.parametrize("text, company", [
    # company evidence outweighs a single "users"
    ("Software firm Halvex said profits rose. Halvex said it had 10m users. Halvex chief Anna Ruiz spoke.", "Halvex"),
    ("Microsoft said sales in Dublin rose by 5%.", "Microsoft"),
    # one weak cue is not enough
    ("Velmor users can call for free. Velmor said it had 5m customers in Oslo.", "Velmor"),
    ("Sales of Halvex software rose. Halvex's profits rose. Halvex software is used in Leeds.", "Halvex"),
])
def test_a_company_stays(extract, text, company):
    rec = extract(text)
    assert _types(rec, company) == ["organisations"]


@pytest.mark.parametrize("text, body", [
    ("The plan was backed by Tory leader Hector Vane on Monday.", "Tory"),
    ("Ministers were attacked by the Tories on Monday, Mr Vane said.", "Tories"),
    ("Mr Vane said the Conservative candidate would lose the election.", "Conservative"),
    ("Labour MP Rosa Penhale said the plan was wrong.", "Labour"),
    ("Conservative leader Hector Vane said Labour had failed.", "Conservative"),
    ("The bill goes to the Commons next week, the minister said.", "Commons"),
    ("Peers in the Lords will debate the bill, the minister said.", "Lords"),
    ("The Cabinet met on Monday to discuss the election.", "Cabinet"),
])
def test_a_political_body_is_an_organisation(extract, text, body):
    rec = extract(text)
    assert _types(rec, body) == ["organisations"]


def test_party_names_join():
    from factextract.facts.entities.aliases import alias_table
    canon = alias_table().canonical
    assert canon("tories") == canon("tory") == canon("conservative party") == canon("conservatives")
    assert canon("labour") == canon("labour party")


@pytest.mark.parametrize("text, word", [
    # a party word at a sentence start before an ordinary noun, and not in a political article
    ("Conservative estimates put sales in Leeds at 5m.", "Conservative"),
    # one body after another capitalised word is that body's own name
    ("The Law Lords ruled on Monday, the minister said.", "Lords"),
])
def test_not_a_political_body(extract, text, word):
    rec = extract(text)
    assert _types(rec, word) == []

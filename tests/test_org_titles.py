"""Names the model calls organisations that a reader would not: a town written as a place before
its county ("from Hartpury, Gloucestershire": org_places.py), a faith or a plural of a role's
acronym ("Islam", "MPs": not_organisations.txt), and a film by its takings in a box-office
article ("The Incredibles took $300m": work_cues.py). Every sentence here is our own writing."""
from __future__ import annotations

import pytest


def _orgs(rec):
    return {e.name for e in rec.organisations}


NOT_ORGANISATIONS = [
    # a town before its county
    ("The winner, a retired teacher from Hartpury, Gloucestershire, collected the prize on Monday.", "Hartpury"),
    ("Police are searching for a man of Ledbury, Herefordshire, who went missing last week.", "Ledbury"),
    ("She grew up in Clarksville, Tennessee and moved to New York at 18.", "Clarksville"),
    # faiths and plural roles
    ("The documentary looked at the place of women under Islam and was pulled from the festival.", "Islam"),
    ("MPs have told the broadcaster to open its accounts to the auditors, a report said.", "MPs"),
    ("Several MEPs wrote to the commission on Friday asking for a vote.", "MEPs"),
    # a film by its takings
    ("The cartoon kept its lead at the US box office at the weekend. The Gizmonauts took $41m "
     "(£22m), ahead of the thriller Night Harbour, which starred Ann Lowe.", "Gizmonauts"),
    ("Box office figures were strong. Overseas, Pale Orchard has grossed $12m since its release, "
     "the film's distributor said.", "Pale Orchard"),
    # a film written with its "The"
    ("Critics back Lantern Road for award\n\nThe Lantern Road has been tipped to win best film at "
     "Sunday's ceremony. Several bookmakers also tip The Lantern Road, while the rival movie trails.", "Lantern Road"),
    ("Festival honours drama\n\nThe film jury praised the cast. Other winners included The Silent "
     "Orchards, which took best music.", "Silent Orchards"),
]

STAY_ORGANISATIONS = [
    # a company before a place
    # a possessive after the country: the name before the comma is the company
    ("Analysts upgraded shares in Tesco, Britain's biggest grocer, on Tuesday.", "Tesco"),
    # a company word in the name
    ("The contract went to workers from Acme Holdings, Ohio, the union said.", "Acme Holdings"),
    # a court's head word: the body, even where it sits is named after it
    ("He was sentenced at Barnet Crown Court, London, on Friday.", "Barnet Crown Court"),
    # "The X" with an organisation's marks
    # a possessive: a newspaper's critic
    ("Film critics disagree\n\nThe film opened on Friday. The Daily Courier's critic Ann Hale called "
     "it dull, and readers of The Daily Courier voted it the worst movie of the year.", "Daily Courier"),
    # an article about music: a band written "The X"
    ("Tour dates set\n\nThe band played songs from the film score. Fans of The Copper Kites queued "
     "for the album, and The Copper Kites played two encores.", "Copper Kites"),
]


@pytest.mark.parametrize("text, name", NOT_ORGANISATIONS)
def test_no_organisation(extract, text, name):
    assert name not in _orgs(extract(text))


@pytest.mark.parametrize("text, name", STAY_ORGANISATIONS)
def test_organisation_stays(extract, text, name):
    assert name in _orgs(extract(text))


def test_company_earnings_outside_box_office_stay(extract):
    rec = extract("Shares rose after Vantor Systems made $3m in the quarter, the company said.")
    assert "Vantor Systems" in _orgs(rec)



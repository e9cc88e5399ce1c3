"""Title, publication date and source from the head of the text."""
from __future__ import annotations

import pytest

from factextract.facts.metadata import find_published, find_source, find_title


@pytest.mark.parametrize("head, expected", [
    ("Sunday, October 19, 2025\n\nHeadline Here\n\nBody.", "2025-10-19"),
    (" date 2025-10-19 The incident is the first.", "2025-10-19"),
    ("Outlet (19/10/2025): A soldier crossed.", "2025-10-19"),
    ("ROME 1996-12-06\n\nItaly's parliament voted.", "1996-12-06"),
    ("Published: March 3, 2024\nText.", "2024-03-03"),
    ("5 June 2023\n\nMarkets fell.", "2023-06-05"),
    ("The talks collapsed on Monday.", None),
    ("Outlet (31/02/2025): impossible date.", None),
])
def test_published(head, expected):
    assert find_published(head) == expected


def test_a_date_deep_in_the_body_is_not_the_publication_date():
    text = "Markets fell.\n\n" + "Filler sentence. " * 60 + "\nMarch 3, 2024\n"
    assert find_published(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Harbor Wire (11/03/2025): Two fishermen", "Harbor Wire"),
    ("SEOUL (AFP) - A soldier crossed", "AFP"),
    ("FRANKFURT, June 5 (Global Markets Desk) - The bank cut", "Global Markets Desk"),
    ("No credit line here.", None),
])
def test_source(text, expected):
    assert find_source(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sunday, October 19, 2025\n\nSoldier Defects After Crossing\n\nBody text.", "Soldier Defects After Crossing"),
    (" date 2025-10-19 The incident is the first.\n\nMore.", None),
    ("The talks collapsed on Monday after a week of wrangling.\n\nMore.", None),
    # quote marks of a quote inside the headline stay; marks around all of it go
    ("Dockers 'will strike on Friday'\n\nBody text.", "Dockers 'will strike on Friday'"),
    ("'Toll rise' angers ferry users\n\nBody text.", "'Toll rise' angers ferry users"),
    ("\u201cPier to close for repairs\u201d\n\nBody text.", "Pier to close for repairs"),
    ("'Vote now' and 'vote often' urged\n\nBody text.", "'Vote now' and 'vote often' urged"),
])
def test_title(text, expected):
    assert find_title(text) == expected

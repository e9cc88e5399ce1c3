"""A maker's name plus a product word, and malware names, are no organisations or people
(facts/entities/product_heads.py, tech_referents.py). Own sentences only."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types

_HEAD = "Technology news\n\n"


@pytest.mark.parametrize("text, product", [
    ("A new flaw lets attackers take over PCs through MSN Messenger, the firm warned on Friday.",
     "MSN Messenger"),
    ("The worm copies addresses out of Microsoft Outlook and mails itself to every contact.",
     "Microsoft Outlook"),
    ("Fans of Yahoo Messenger will get video chat next month, the company said.", "Yahoo Messenger"),
    ("Bloggers flocked to MSN Spaces after its launch, while rivals watched closely.", "MSN Spaces"),
    ("Halvor said on Monday that Halvor Player will ship in March with a new look.", "Halvor Player"),
    ("Users of Google Video can now search programmes by their captions.", "Google Video"),
    ("Security firms warned that the Tarvo-B Trojan steals bank passwords from home PCs.",
     "Tarvo-B Trojan"),
])
def test_products_are_no_entities(extract, text, product):
    assert _types(extract(_HEAD + text), product) == []


@pytest.mark.parametrize("text, name, kind", [
    # the maker keeps its own mentions
    ("Microsoft said the patch for Microsoft Outlook was ready. Microsoft will ship it on Tuesday.",
     "Microsoft", "organisations"),
    # a body whose first words are no maker stays
    ("The Foreign Office said the embassy would reopen on Monday.", "Foreign Office", "organisations"),
    ("Staff at the National Audit Office said the report was late.", "National Audit Office",
     "organisations"),
])
def test_makers_and_bodies_stay(extract, text, name, kind):
    assert kind in _types(extract(_HEAD + text), name)


def test_malware_variant_is_no_person(extract):
    text = ("Anti-virus firms say the Qorvi-D worm is spreading fast. Qorvi-D arrives as an "
            "attachment and mails itself on.")
    assert _types(extract(_HEAD + text), "Qorvi-D") == []


@pytest.mark.parametrize("text, acronym, kinds", [
    # a word-shaped acronym spelt out by an organisation's name takes its type
    ("Figures from the Guild of Northern Ferry Operators (Gnfo) show trade is up. Gnfo said fares "
     "would rise.", "Gnfo", ["organisations"]),
    ("The Association of Regional Theatre Agents (Arta) met on Monday. Arta wants more funding.",
     "Arta", ["organisations"]),
    # spelt out by common words: a term, no name
    ("Firms run by small rural owners (Sro) say they cannot compete. Sro firms are struggling.",
     "Sro", []),
])
def test_word_shaped_acronyms(extract, text, acronym, kinds):
    assert sorted(set(_types(extract(_HEAD + text), acronym))) == kinds


@pytest.mark.parametrize("text, name", [
    ("The new lines offer around eight megabits per second (Mbps) to most homes.", "Mbps"),
    ("Users of Hotmail were told to change their passwords after the flaw came to light.", "Hotmail"),
    ("He showed the plans in Powerpoint, then answered questions from staff.", "Powerpoint"),
])
def test_units_and_services_are_no_entities(extract, text, name):
    assert _types(extract(_HEAD + text), name) == []

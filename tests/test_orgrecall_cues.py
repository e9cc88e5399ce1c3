"""More words news copy puts around a company (corporate.py, org_recall_cues.txt): an exchange's
name after "exchange", the firm a survey was "conducted by", a list after "companies, including",
a name with ", one of ... firms" after it. Every sentence here is our own writing."""
from __future__ import annotations

import pytest

from entitytypes import types_listing as _types


@pytest.mark.parametrize("text, surface", [
    ("A bid for the Frankfurt-based options and futures exchange Tarvex collapsed.", "Tarvex"),
    ("The survey was conducted by Quellbright on behalf of the ministry. Quellbright said it was happy.",
     "Quellbright"),
    ("The pills were made by drug companies, including Harlowe and Vestrin, to cut costs.", "Vestrin"),
    ("In 2003 Pernow bid for Carnmoray, one of Scotland's oldest whisky firms, without success.", "Carnmoray"),
])
def test_company_cues_find_organisations(extract, text, surface):
    assert _types(extract(text), surface) == ["organisations"]


@pytest.mark.parametrize("text, surface", [
    # "one of the firm's partners" is a person's description, not a company's
    ("Dr Vestrin, one of the firm's partners, said the deal was done.", "Vestrin"),
    ("Kate Morrow, one of the firm's partners, said the deal was done.", "Kate Morrow"),
])
def test_a_persons_description_stays_a_persons(extract, text, surface):
    assert _types(extract(text), surface) == ["people"]

"""Products are no organisations: a maker's name with a product after it is cut to the maker,
product lines and devices typed as organisations go, every mention (facts/entities/products.py).
Own sentences only."""
from __future__ import annotations

import pytest

from entitytypes import mention_types as _types

_HEAD = "Technology news\n\n"


def _names(rec, key):
    return {e.name for e in getattr(rec, key)}


@pytest.mark.parametrize("text, product, maker", [
    # the maker is used alone as the company: the product is cut off, the maker stays
    ("Shoppers queued for the Trelvo Walkman on Friday. Trelvo said sales were strong.",
     "Trelvo Walkman", "Trelvo"),
    ("The Quorra iPod costs $200. Quorra said demand was high and Quorra shares rose.",
     "Quorra iPod", "Quorra"),
    ("Engineers praised the Toshida Z400 handset. Toshida said it would ship in May and Toshida "
     "shares rose.", "Toshida Z400", "Toshida"),
    ("Fans welcomed the Pelland Mac mini at the show. Pelland said it sold out.",
     "Pelland Mac", "Pelland"),
])
def test_a_product_after_its_maker_is_cut_to_the_maker(extract, text, product, maker):
    rec = extract(_HEAD + text)
    assert product not in _names(rec, "organisations")
    assert maker in _names(rec, "organisations")


@pytest.mark.parametrize("text, product", [
    # a known product line starts the name
    ("Gamers bought the Xbox 360 in large numbers, said the analyst Mr Kell.", "Xbox 360"),
    # a determiner, the name, a device noun: no use says company
    ("Mr Dane designed its Vesper computer in 1983. The Vesper sold poorly.", "Vesper"),
    ("Mr Dane worked on its pioneering Calloway machine. Calloway users loved it.", "Calloway"),
    ("Some 20,000 players of the Rift-Hollow 2 game were banned. Rift-Hollow 2 sold well.", "Rift-Hollow"),
])
def test_a_product_line_is_no_organisation(extract, text, product):
    rec = extract(_HEAD + text)
    assert product not in _names(rec, "organisations")


@pytest.mark.parametrize("text, org", [
    # a company whose uses show a company keeps its type even before a device noun
    ("The Korvatech computer was launched. Korvatech said it expected to sell a million. Shares in "
     "Korvatech rose.", "Korvatech"),
    # a maker's subsidiary or a station is no product
    ("Zenda UK said profits rose. Zenda said the group was pleased.", "Zenda UK"),
    ("He spoke to BBC Radio 4 about the BBC and its plans.", "BBC Radio 4"),
])
def test_companies_and_stations_stay(extract, text, org):
    rec = extract(_HEAD + text)
    assert org in _names(rec, "organisations")


_MUSIC = "Music news\n\n"


@pytest.mark.parametrize("text, bands", [
    # an article about a band (decided by "rock band"); a cue-less list of names no person has
    ("Rock band Grey Lanterns topped the poll. The list includes Judas Morrow, Iron Mabley and "
     "Sex Corvins.", ["Judas Morrow", "Iron Mabley", "Sex Corvins"]),
])
def test_a_list_in_a_band_article_is_a_list_of_bands(extract, text, bands):
    rec = extract(_MUSIC + text)
    for band in bands:
        assert _types(rec, band) == ["organisations"], band


@pytest.mark.parametrize("text, people", [
    # a given name first: the list is of people, band article or not
    ("Rock band Grey Lanterns topped the poll. Guests included Daniel Harbury, Will Cotter and "
     "Sarah Penning.", ["Daniel Harbury", "Will Cotter", "Sarah Penning"]),
])
def test_a_list_of_people_in_a_band_article_stays_people(extract, text, people):
    rec = extract(_MUSIC + text)
    for person in people:
        assert _types(rec, person) == ["people"], person

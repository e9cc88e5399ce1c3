"""Round 10 (dates): a sports season named relative to now ("this season", "last season",
"the following season") is read as the year it points to, like "this year"; a season in a
career ("his last season at the club") is no date. All sentences are written for these tests."""
from __future__ import annotations

import pytest


def _dates(extract, text, published=None):
    return {d.text: d for d in extract(text, published=published).dates}


@pytest.mark.parametrize("text, published, span, value, grain, mod", [
    ("The winger has scored 14 goals this season for the Scottish side.", None, "this season", "XXXX", "year", None),
    ("The winger has scored 14 goals this season for the Scottish side.", "2005-03-02", "this season", "2005", "year", None),
    ("Last season the club finished fourth in the table.", None, "Last season", "XXXX", "year", None),
    ("Last season the club finished fourth in the table.", "2005-03-02", "Last season", "2004", "year", None),
    ("The coach wants to sign two defenders before next season.", "2005-03-02", "next season", "2006", "year", None),
    ("Next season's fixtures will be published in June.", None, "Next season", "XXXX", "year", None),
    ("They were promoted at the end of last season.", None, "the end of last season", "XXXX", "year", "END"),
    # counted from the year the text last named, as "the following year" is
    ("The flanker joined the club in 2002 and the following season he captained it.",
     None, "the following season", "2003", "year", None),
])
def test_relative_season(extract, text, published, span, value, grain, mod):
    got = _dates(extract, text, published)
    assert span in got, sorted(got)
    d = got[span]
    assert (d.value, d.grain, d.mod) == (value, grain, mod)


@pytest.mark.parametrize("text, span", [
    ("It will be his last season at the club before he retires.", "last season"),
    ("The veteran spoke about the last season of his long career.", "last season"),
    ("Their next season in the top flight could be their toughest.", "next season"),
])
def test_season_of_a_career(extract, text, span):
    got = _dates(extract, text)
    assert not any(span in t for t in got), sorted(got)

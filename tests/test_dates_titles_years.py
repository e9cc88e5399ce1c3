"""Dates that are titles ("ITV's This Morning", "Saturday Night Takeaway"), the year a month or
day takes from its own event when the article has no publication date ("The 2004 awards will
be presented on 3 December"), and a dateline that is one line only (a fixture's "27 February"
then "1500 GMT" on the next line is no publication date of the year 1500)."""
from __future__ import annotations

import pytest

from factextract.facts.metadata import find_published


@pytest.mark.parametrize("text, dates", [
    ("She told ITV's This Morning that she was happy.", []),
    ("He appeared on This Morning on Tuesday to promote it.", ["Tuesday"]),
    ("Past winners include Ant & Dec's Saturday Night Takeaway and Pop Idol.", []),
    ("She hosts the Sunday Morning programme on local radio.", []),
    # prose keeps its dates, capitalised at a sentence's start or not
    ("This morning the minister said it was over.", ["This morning"]),
    ("The vote was held on Saturday night in the town hall.", ["Saturday night"]),
])
def test_title_phrases(extract, text, dates):
    assert [d.text for d in extract(text).dates] == dates


@pytest.mark.parametrize("text, expected", [
    # the year in the clause's subject, in a relative clause's noun, on a coordinated month
    ("The 2006 prizes will be handed out on 4 December in Leeds.", {"4 December": "2006-12-04"}),
    ("The organisers of the first race of 2007, which starts on 12 January, are worried.",
     {"12 January": "2007-01-12"}),
    ("The firms met in October and November 2003 to discuss a merger.", {"October": "2003-10"}),
    # a year of another event in the sentence gives nothing
    ("She was diagnosed in May 2003 and died on 2 February at home.", {"2 February": "XXXX-02-02"}),
    ("Sales in December were the weakest since 1991.", {"December": "XXXX-12"}),
    ("The bank will publish its 2003 results on 9 March.", {"9 March": "XXXX-03-09"}),
])
def test_event_year_without_publication_date(extract, text, expected):
    got = {d.text: d.value for d in extract(text).dates}
    for span, value in expected.items():
        assert got[span] == value


@pytest.mark.parametrize("text, published", [
    ("Sunday, 27 February 2005\nThe match was drawn.", "2005-02-27"),
    ("Wales v France\nMillennium Stadium\nSaturday, 12 March\n1400 GMT\nBBC One", None),
])
def test_dateline_is_one_line(text, published):
    assert find_published(text) == published

"""Round 10 (dates): "the full year" / "the year as a whole" in a results story is the year of
the quarter just reported, not the publication or implied year. All sentences are written for
these tests."""
from __future__ import annotations

import pytest


def _dates(extract, text, published=None):
    return {d.text: d for d in extract(text, published=published).dates}


@pytest.mark.parametrize("text, published, span, value", [
    ("The brewer said profits for the fourth quarter of 2004 rose 8% to $310m. For the full year, sales climbed 5%.",
     "2005-02-03", "the full year", "2004"),
    ("The brewer said profits for the fourth quarter of 2004 rose 8% to $310m. For the full year, sales climbed 5%.",
     None, "the full year", "2004"),
    # a quarter of unknown year gives no year: the reading stays unknown
    ("The brewer said fourth quarter profits rose 8% to $310m. For the full year, sales climbed 5% to $9bn.",
     None, "the full year", "XXXX"),
    ("Profits in the third quarter of 2004 fell 3%. The firm expects sales to grow for the full year.",
     None, "the full year", "2004"),
    ("Operating profit in the fourth quarter of 2004 fell 40%. For the year as a whole, it fell 12% to 1.1bn euros.",
     None, "the year as a whole", "2004"),
    # no quarter reported: the lexicon reading (publication year) as before
    ("For the full year, sales climbed 5% to $9bn, the chain said.", "2005-02-03", "the full year", "2005"),
])
def test_results_year(extract, text, published, span, value):
    got = _dates(extract, text, published)
    assert span in got, sorted(got)
    assert (got[span].value, got[span].grain) == (value, "year")
    if "quarter of" in text:   # counted from the quarter reported, which the record names
        assert got[span].anchor.startswith(value + "-Q")

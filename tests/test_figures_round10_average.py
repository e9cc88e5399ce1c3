"""Round 10 (figures): qualifiers. "an average of 44 days" states a mean, not an estimate: no
"about"; a verb of averaging ("averaged 40p") still reads as "about". A negated comparative
bounds the other way: "no higher than $299" is "up to", "no lower than 8%" "at least".
Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, fig, value, unit, qualifier", [
    ("Kelso's economy has expanded by an average of 2.8% over the last five years.", "2.8%", 2.8, "percent", None),
    ("Patients in the region wait an average of 44 days for a scan.", "44 days", 44, "day", None),
    ("Fares will rise by an average of £12 a year, the operator said.", "£12 a year", 12, "GBP per year", None),
    ("Shares in the bank averaged 40p in the first week of trading.", "averaged 40p", 40, "penny", "about"),
])
def test_average_of(extract, text, fig, value, unit, qualifier):
    figs = {f.text: f for f in extract(text).figures}
    assert fig in figs, sorted(figs)
    f = figs[fig]
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text, fig, value, unit, qualifier", [
    # a negated comparative is a bound on the other side: "no higher than" caps the figure
    ("The handset will sell for no higher than $299 in the US.", "no higher than $299", 299, "USD", "up to"),
    ("Rates on the loans will be no greater than 6%, the lender said.", "no greater than 6%", 6, "percent", "up to"),
    ("Fees must be not more than £40 a month under the rules.", "not more than £40 a month", 40, "GBP per month", "up to"),
    ("The bank will keep reserves no lower than 8% of its assets.", "no lower than 8%", 8, "percent", "at least"),
    ("The plant must employ not fewer than 300 people.", "not fewer than 300", 300, None, "at least"),
])
def test_negated_comparative_bound(extract, text, fig, value, unit, qualifier):
    figs = {f.text: f for f in extract(text).figures}
    assert fig in figs, sorted(figs)
    f = figs[fig]
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier)

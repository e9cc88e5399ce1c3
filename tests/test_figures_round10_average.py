"""Round 10 (figures): "an average of 44 days" states a mean, not an estimate: no "about".
A verb of averaging ("averaged 40p") still reads as "about". Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, fig, value, unit, qualifier", [
    ("The economy has grown by an average of 3.2% over the past four years.", "3.2%", 3.2, "percent", None),
    ("Patients in the region wait an average of 44 days for a scan.", "44 days", 44, "day", None),
    ("Fares will rise by an average of £12 a year, the operator said.", "£12 a year", 12, "GBP per year", None),
    ("Shares in the bank averaged 40p in the first week of trading.", "averaged 40p", 40, "penny", "about"),
])
def test_average_of(extract, text, fig, value, unit, qualifier):
    figs = {f.text: f for f in extract(text).figures}
    assert fig in figs, sorted(figs)
    f = figs[fig]
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier)

"""A qualifier parted from its figure by an expectation: "took more than the expected $18m",
"fell short of the forecast ..." is left alone; only "<qualifier> the <expected-word> <figure>",
where the bound still applies to the figure the text gives.

Why apart from the component: the component's qualifier reader looks at the words right before
a figure; this looks one short noun-phrase further back, and only when that phrase is an
expectation word, so "more than the 30 ..." or "over the past 5 years" stay as they are."""
from __future__ import annotations

import re

_EXPECTED = r"(?:expected|estimated|forecast|predicted|projected|anticipated|targeted|planned|" \
            r"promised|hoped-for|budgeted)"
_GAP = re.compile(rf"(?:^|[\s(,;:])(?P<q>[a-z][a-z ]*?)\s+(?:the|an?)\s+{_EXPECTED}\s+$")


def parted_qualifier(text: str, start: int, table: dict[str, str]) -> str | None:
    """The canonical qualifier before "the expected" right before the figure at `start`."""
    m = _GAP.search(text[max(0, start - 48):start].lower())
    if not m:
        return None
    words = m.group("q").split()
    for n in range(min(3, len(words)), 0, -1):    # the longest qualifier phrase at the end
        phrase = " ".join(words[-n:])
        if phrase in table and phrase != "over":   # "over the expected" is rare and ambiguous
            return table[phrase]
    return None

"""A qualifier parted from its figure by "the" and an expectation: "took more than the expected
$18m", "fetched more than the £80m brokers had forecast": the bound still applies to the figure
the text gives.

Why apart from the component: the component's qualifier reader looks at the words right before
a figure; this looks past "the" (and an expectation word), and with a bare "the" only for bounds
that cannot be prepositions, so "talked about the 300 jobs" or "over the past 5 years" stay
unqualified."""
from __future__ import annotations

import re

_EXPECTED = r"(?:expected|estimated|forecast|predicted|projected|anticipated|targeted|planned|" \
            r"promised|hoped-for|budgeted)"
_GAP = re.compile(rf"(?:^|[\s(,;:])(?P<q>[a-z][a-z ]*?)\s+(?P<d>the|an?)\s+(?P<e>{_EXPECTED}\s+)?$")
# with a bare "the" only bounds that cannot be a preposition ("talked about the 300 jobs")
_BARE_OK = frozenset({"more than", "less than", "fewer than", "at least", "nearly", "almost"})
# with "a", a bound before a figure that modifies a noun: "up to a 90 percent tax break"
# ("up to the" stays out: "it is up to the 27 members")
_A_OK = _BARE_OK | {"up to", "as much as"}
# "an estimated net worth of $186bn": the estimate bounds the figure its noun is "of"
# "the cost has been estimated at $40,000": the figure keeps its own span (and so its clause)
_ESTIMATED_OF = re.compile(r"\b(?:(?:an?|the|its|his|her|their|our)\s+estimated\s+(?:[a-z][\w-]*\s+){1,3}of"
                           r"|estimated\s+at)\s+$")


def parted_qualifier(text: str, start: int, table: dict[str, str]) -> str | None:
    """The canonical qualifier before "the expected" right before the figure at `start`."""
    m = _GAP.search(text[max(0, start - 48):start].lower())
    if not m:
        return None
    words = m.group("q").split()
    for n in range(min(3, len(words)), 0, -1):    # the longest qualifier phrase at the end
        phrase = " ".join(words[-n:])
        if phrase in table and phrase != "over" and (
                m.group("e") or phrase in (_BARE_OK if m.group("d") == "the" else _A_OK)):
            return table[phrase]   # "over the expected" is rare and ambiguous
    return None


def estimated_carrier(text: str, start: int) -> str | None:
    """"about" for a figure that is "of" an estimated noun ("an estimated net worth of $186bn",
    "the estimated cost of £2m") or "estimated at": the text says the sum is an estimate."""
    return "about" if _ESTIMATED_OF.search(text[max(0, start - 60):start].lower()) else None

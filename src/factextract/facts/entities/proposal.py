"""A proposed mention on token indices, and the two list edits every rule makes with it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Proposal:
    """A proposed mention on token indices [s, e)."""
    s: int
    e: int
    type: str
    src: str              # model | gazetteer id | shape | cue | prop ...
    weak: bool = False    # model output on a headline line: kept only when confirmed
    own_s: bool = False   # its last token is an "'s" of the name's own ("Moody's"): kept whole


def overlapping(spans: list[Proposal], s: int, e: int) -> list[Proposal]:
    return [sp for sp in spans if sp.s < e and s < sp.e]


def replace(spans: list[Proposal], new: Proposal) -> None:
    """Drop every proposal that overlaps `new`, then add it (in place)."""
    spans[:] = [sp for sp in spans if not (sp.s < new.e and new.s < sp.e)]
    spans.append(new)

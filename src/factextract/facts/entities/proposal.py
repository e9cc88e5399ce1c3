"""A proposed mention on token indices, and the list edits every rule makes with it."""
from __future__ import annotations

from collections.abc import Callable
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


def propose_or_retype(spans: list[Proposal], s: int, e: int, etype: str, src: str,
                      may_retype: Callable[[Proposal], bool] = lambda sp: True,
                      retyped_src: str | None = None) -> None:
    """A cue's span [s, e) of type `etype` (in place): added when nothing overlaps it; when one
    proposal covers exactly [s, e) with another type and `may_retype(it)`, that one takes the type
    (and `retyped_src`, if given); any other overlap wins over the cue."""
    ov = overlapping(spans, s, e)
    if not ov:
        spans.append(Proposal(s, e, etype, src))
    elif len(ov) == 1 and (ov[0].s, ov[0].e) == (s, e) and ov[0].type != etype and may_retype(ov[0]):
        ov[0].type = etype
        if retyped_src is not None:
            ov[0].src = retyped_src

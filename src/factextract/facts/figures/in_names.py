"""Numbers inside the name of a person or an organisation are part of the name, not figures.

"S4C", "Channel 4", "Five" (the channel), "G8", "50 Cent": the entities component has already
decided these are names; a figure lying wholly inside one of their mentions is dropped. Places
are left alone ("Route 66" is rare, and a place's span never holds a measure the reader wants)."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ...records import Figure

_NAME_TYPES = ("people", "organisations")


def outside_names(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """The figures not lying wholly inside a mention of a person or an organisation."""
    entities = getattr(doc._, "entities", None) or {}
    spans = sorted((m.start, m.end) for t in _NAME_TYPES for e in entities.get(t, ()) for m in e.mentions)
    if not spans or not figures:
        return figures
    starts = [s for s, _ in spans]
    ends_so_far, best = [], -1   # the furthest end among mentions starting at or before each one
    for _, e in spans:
        best = max(best, e)
        ends_so_far.append(best)

    def inside(f: Figure) -> bool:
        k = bisect_right(starts, f.start) - 1
        return k >= 0 and ends_so_far[k] >= f.end

    return [f for f in figures if not inside(f)]

"""A speaker is a person or a body: a pronoun or description resolved to a place is not.

Why its own module: "he told reporters" resolved to "Bafta" (an award the entities typed as
a place) or to a town is words put in the mouth of something that cannot talk; a reader
counts it wrong. A place may speak only under its own name ("Japan said", a government
standing for its country), never as what "he", "she" or "the minister" refers to.
"""
from __future__ import annotations

from ...records import Quote


def speaks_as_place(rec: Quote, text: str, places: set[str], speakers: set[str]) -> bool:
    """Is `rec`'s speaker only a place (a name in `places` and not in `speakers`, the people
    and organisations), reached through other words than the place's own name?"""
    if rec.speaker is None or rec.speaker not in places or rec.speaker in speakers:
        return False
    if rec.speaker_start is None or rec.speaker_end is None:
        return True
    return text[rec.speaker_start:rec.speaker_end].strip() != rec.speaker

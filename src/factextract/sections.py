"""Very long texts in sections: cut at paragraph boundaries, each section a doc of its own, the
records merged back with offsets relative to the whole text.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters: error E088), and the model's
memory grows with the length of one doc (1.9 GB was seen for a 1 MB file of numbers), so any text
over SECTION_CHARS is cut. News articles are a few thousand characters: only dumps and
pathological inputs are ever sectioned.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from .io.articles import Article
from .records import Entity, Record

SECTION_CHARS = 100_000  # bounds one doc's memory well below 1 GB
_AT = re.compile(r"\bat (\d+)")


def section_bounds(text: str, limit: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive sections, each at most `limit` characters, covering `text`.
    A section ends after a blank line if there is one in its second half, else after a line
    break, else after a space, else at the limit (a text with no breaks at all)."""
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        hard = start + limit
        floor = start + limit // 2
        cut = -1
        for sep in ("\n\n", "\n", " "):
            at = text.rfind(sep, floor, hard)
            if at != -1:
                cut = at + len(sep)
                break
        if cut == -1:
            cut = hard
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def _shift(items: Iterable, by: int, *speaker: str) -> list:
    out = []
    for item in items:
        changes = {"start": item.start + by, "end": item.end + by}
        for name in speaker:
            if getattr(item, name) is not None:
                changes[name] = getattr(item, name) + by
        out.append(replace(item, **changes))
    return out


def _merge_entities(groups: list[tuple[int, list[Entity]]]) -> list[Entity]:
    """Entities of the same name across sections become one: aliases united, mentions joined."""
    merged: dict[str, Entity] = {}
    for by, entities in groups:
        for e in entities:
            known = merged.setdefault(e.name, Entity(e.name))
            known.aliases += [a for a in e.aliases if a not in known.aliases]
            known.mentions += _shift(e.mentions, by)
    return list(merged.values())


def merge_records(parts: list[tuple[int, Record]], article: Article) -> Record:
    """One record from the records of a text's sections (each with its start offset). Title,
    publication date and source are the first section's: that is where an article states them;
    the page metadata and the text are the whole article's."""
    first = parts[0][1]
    warnings = [f"long text: processed in {len(parts)} sections cut at paragraph boundaries "
                "(a quote or a name split by a cut is not found whole)"]
    for by, r in parts:  # "... at 1234 ..." in a section's warning: an offset in that section
        warnings += [_AT.sub(lambda m: f"at {int(m.group(1)) + by}", w) for w in r.warnings]
    return Record(
        id=article.id, title=first.title, published=first.published, source=first.source,
        url=first.url, authors=list(first.authors), language=first.language,
        dates=[d for by, r in parts for d in _shift(r.dates, by)],
        people=_merge_entities([(by, r.people) for by, r in parts]),
        organisations=_merge_entities([(by, r.organisations) for by, r in parts]),
        places=_merge_entities([(by, r.places) for by, r in parts]),
        figures=[f for by, r in parts for f in _shift(r.figures, by)],
        quotes=[q for by, r in parts for q in _shift(r.quotes, by, "speaker_start", "speaker_end")],
        warnings=warnings,
        text=article.text,
    )

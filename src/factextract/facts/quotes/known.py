"""The doc's entities as the speaker resolver sees them, and their mentions by offset.

Why its own module: naming, role lookup and pronoun scoring all search the same mentions by
offset, and resolution adds to them (a pronoun resolved, a name the entities component
missed); one index keeps every search seeing the additions.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ...records import Entity


@dataclass
class Known:
    """An entity as the resolver sees it: type, gender if the article says, roles given."""
    entity: Entity
    type: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    # post word -> the modifiers of each title giving it ("minister" -> {deputy, prime})
    titled: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    # post word -> the capitalised qualifiers it was given ("the Norfolk police chief" -> {norfolk})
    qualified: dict[str, set[str]] = field(default_factory=dict)

    def holds(self, post: str, wanted: frozenset[str]) -> bool:
        """Can a description by `post` with modifiers `wanted` mean this entity? (offices.fits;
        a post given with no recorded title fits any description of it)"""
        from .offices import fits
        titles = self.titled.get(post)
        return not titles or any(fits(h, wanted) for h in titles)


@dataclass
class Speaker:
    """A resolved speaker: the name to report and the mention that attributes the quote."""
    name: str | None
    start: int | None
    end: int | None
    entity: Entity | None = None


class KnownEntities:
    """Every Known of one doc and its mentions (start, end, Known), sorted by start."""

    def __init__(self, doc: Doc) -> None:
        self.known: list[Known] = []
        self.mentions: list[tuple[int, int, Known]] = []   # sorted by start
        ents = doc._.entities or {}
        # places too: the entities component may type a person as a place; a role such as
        # "Hong Min, a senior analyst" turns it back into a person (roles.RoleBook)
        for etype in ("people", "organisations", "places"):
            for ent in ents.get(etype, []):
                k = Known(ent, etype)
                self.known.append(k)
                for m in ent.mentions:
                    self.mentions.append((m.start, m.end, k))
        self.mentions.sort(key=lambda x: x[0])
        self.starts = [s for s, _, _ in self.mentions]

    def first_at(self, offset: int) -> int:
        """Index of the first mention starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def mention_at(self, start: int, end: int) -> tuple[int, int, Known] | None:
        """The entity mention overlapping text[start:end], if any (the longest)."""
        i = bisect.bisect_left(self.starts, end)
        best = None
        for s, e, k in self.mentions[max(0, i - 8):i]:
            if s < end and start < e and (best is None or e - s > best[1] - best[0]):
                best = (s, e, k)
        return best

    def of_entity(self, entity: Entity | None) -> Known | None:
        return next((x for x in self.known if x.entity is entity), None)

    def latest_named(self, name: str) -> Known | None:
        """The last-added Known whose name is `name`."""
        return next((x for x in reversed(self.known) if x.entity.name == name), None)

    def add_mention(self, start: int, end: int, k: Known) -> None:
        """One more mention of `k`, unless a mention already starts at `start`."""
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.mentions) and self.mentions[i][0] == start:
            return
        self.mentions.insert(i, (start, end, k))
        self.starts.insert(i, start)

    def add(self, k: Known, start: int, end: int) -> None:
        """A new Known with its first mention."""
        self.known.append(k)
        i = bisect.bisect_left(self.starts, start)
        self.mentions.insert(i, (start, end, k))
        self.starts.insert(i, start)

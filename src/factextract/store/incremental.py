"""Growing a store run after run: an input whose id and text hash are already stored is skipped
before it is extracted; any other input is extracted and its provenance (text hash, url,
authors) is held until its record comes back to be written."""
from __future__ import annotations

import hashlib
import sqlite3
from collections import deque
from typing import Iterable, Iterator

from ..io.articles import Article, InputFailure
from ..records import ErrorRecord, Record
from .writer import Provenance


def text_hash(text: str) -> str:
    """sha256 of the text as read (UTF-8; lone surrogates from JSON kept, not rejected)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Incremental:
    """Filters a run's inputs against the store.

    `inputs(items)` passes every item on, and puts the id of an unchanged article into `skip`
    just before handing it over: give the same set to the Batch as its skip set and it drops
    the article uncomputed (counting it as skipped); a later item with that id but another
    text takes it out again. `provenance(record)` returns what was noted for a record's input.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.skip: set[str] = set()
        self.unchanged = 0
        self._pending: dict[str, deque[Provenance]] = {}

    def stored_hash(self, ident: str) -> str | None:
        row = self.conn.execute("SELECT text_sha256 FROM articles WHERE id = ?", (ident,)).fetchone()
        return row[0] if row else None

    def inputs(self, items: Iterable[Article | InputFailure]) -> Iterator[Article | InputFailure]:
        for item in items:
            if isinstance(item, Article):
                digest = text_hash(item.text)
                if self.stored_hash(item.id) == digest:
                    self.skip.add(item.id)
                    self.unchanged += 1
                    yield item
                    continue
                prov = Provenance(digest, getattr(item, "url", None), getattr(item, "authors", None))
            else:
                prov = Provenance(None)
            self.skip.discard(item.id)
            self._pending.setdefault(item.id, deque()).append(prov)
            yield item

    def provenance(self, record: Record | ErrorRecord) -> Provenance:
        queue = self._pending.get(record.id)
        if not queue:  # not from our inputs (cannot happen in a batch): store without a hash
            return Provenance(None)
        prov = queue.popleft()
        if not queue:
            del self._pending[record.id]
        return prov

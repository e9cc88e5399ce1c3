"""Growing a store run after run: an input whose id and text hash are already stored is skipped
before it is extracted; any other input is extracted and its provenance (text hash, url,
authors) is held until its record comes back to be written."""
from __future__ import annotations

import hashlib
import sqlite3
from collections import deque
from itertools import chain, islice
from typing import Iterable, Iterator

from ..io.articles import Article, InputFailure
from ..records import ErrorRecord, Record
from .writer import Provenance


def text_hash(text: str) -> str:
    """sha256 of the text as read (UTF-8; lone surrogates from JSON kept, not rejected)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Incremental:
    """Filters a run's inputs against the store.

    `todo(items)` counts the inputs a run will extract (a first pass that reads and hashes
    only, so the batch plans its workers and progress for the real work: a run with nothing new
    starts no worker and loads no model). `inputs(items)` passes on every input but the
    unchanged articles, noting each one's provenance; `provenance(record)` hands it back when
    the record comes out of the batch (in input order, so a queue per id suffices).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.unchanged = 0
        self._pending: dict[str, deque[Provenance]] = {}

    def stored_hash(self, ident: str) -> str | None:
        row = self.conn.execute("SELECT text_sha256 FROM articles WHERE id = ?", (ident,)).fetchone()
        return row[0] if row else None

    def is_unchanged(self, item: Article | InputFailure) -> bool:
        return isinstance(item, Article) and self.stored_hash(item.id) == text_hash(item.text)

    def todo(self, items: Iterable[Article | InputFailure]) -> int:
        return sum(1 for item in items if not self.is_unchanged(item))

    def planned(self, items: Iterable[Article | InputFailure],
                limit: int) -> tuple[int | None, Iterator[Article | InputFailure]]:
        """`inputs(items)` read once, for inputs too costly to read twice (pages to parse, URLs,
        archives): the first `limit` inputs to extract are read ahead, so the count is exact
        (and a run with nothing new still starts no worker) when there are no more than that,
        and None (a full run) otherwise."""
        stream = self.inputs(items)
        head = list(islice(stream, limit + 1))
        return (len(head) if len(head) <= limit else None), chain(head, stream)

    def inputs(self, items: Iterable[Article | InputFailure]) -> Iterator[Article | InputFailure]:
        for item in items:
            if isinstance(item, Article):
                digest = text_hash(item.text)
                if self.stored_hash(item.id) == digest:
                    self.unchanged += 1
                    continue
                prov = Provenance(digest, getattr(item, "url", None), getattr(item, "authors", None))
            else:
                prov = Provenance(None)
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

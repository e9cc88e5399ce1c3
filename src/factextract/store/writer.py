"""Writing records into the store, a chunk per transaction.

Each article's rows (its `articles` row, entities, names, mentions, dates, figures, quotes) go in
with the rest of its chunk in one transaction, so a reader (WAL snapshot) sees an article whole
or not at all, and a SIGKILL loses at most the chunk being written: the next run finds those
articles missing and does them again. An article already stored under the same id is replaced
(its rows cascade away first); an error record takes the article's place in `errors` (an input
that could not even be read, a missing file, leaves the facts stored from its last good read).
"""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Sequence

from .. import __version__
from ..compare.names import name_key
from ..records import Entity, ErrorRecord, Record
from .names import entity_keys

CHUNK_RECORDS = 32     # records per transaction ...
CHUNK_SECONDS = 2.0    # ... or fewer, so a slow run still commits (and loses little if killed)
ENTITY_LISTS = (("person", "people"), ("organisation", "organisations"), ("place", "places"))


@dataclass
class Provenance:
    """What the store keeps about the input beside the record: the hash of the text read and,
    when the reader knew them, the page's url and authors."""
    text_sha256: str | None
    url: str | None = None
    authors: Sequence[str] | None = None


@dataclass
class WriteStats:
    articles: int = 0   # stored (new or replaced)
    errors: int = 0     # error records stored
    chunks: int = 0     # transactions committed


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value) -> str:
    return json.dumps(list(value), ensure_ascii=False)


class StoreWriter:
    """Buffers records and commits them a chunk at a time; `close()` commits the rest."""

    def __init__(self, conn: sqlite3.Connection, chunk: int = CHUNK_RECORDS,
                 seconds: float = CHUNK_SECONDS) -> None:
        self.conn, self.chunk, self.seconds = conn, chunk, seconds
        self.pending: list[tuple[Record | ErrorRecord, Provenance]] = []
        self.since = time.monotonic()
        self.stats = WriteStats()

    def write(self, record: Record | ErrorRecord, provenance: Provenance) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append((record, provenance))
        if len(self.pending) >= self.chunk or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """One transaction for everything buffered."""
        if not self.pending:
            return
        stamp = _now()
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for record, prov in self.pending:
                if prov.text_sha256 is not None:  # an input that could not be read keeps its old facts
                    cur.execute("DELETE FROM articles WHERE id = ?", (record.id,))
                cur.execute("DELETE FROM errors WHERE id = ?", (record.id,))
                if isinstance(record, ErrorRecord):
                    cur.execute("INSERT INTO errors (id, error, text_sha256, tool_version, extracted_at) "
                                "VALUES (?, ?, ?, ?, ?)",
                                (record.id, record.error, prov.text_sha256, __version__, stamp))
                    self.stats.errors += 1
                else:
                    self._insert(cur, record, prov, stamp)
                    self.stats.articles += 1
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        self.stats.chunks += 1
        self.pending = []

    def close(self) -> None:
        self.flush()

    def _insert(self, cur: sqlite3.Cursor, record: Record, prov: Provenance, stamp: str) -> None:
        url = getattr(record, "url", None) or prov.url
        authors = getattr(record, "authors", None) or prov.authors
        cur.execute(
            "INSERT INTO articles (id, title, published, source, url, authors, warnings, "
            "text_sha256, tool_version, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.id, record.title, record.published, record.source, url,
             _json(authors) if authors else None, _json(record.warnings),
             prov.text_sha256 or "", __version__, stamp))
        article = cur.lastrowid
        for kind, attr in ENTITY_LISTS:
            for position, entity in enumerate(getattr(record, attr)):
                self._insert_entity(cur, article, kind, position, entity)
        cur.executemany(
            'INSERT INTO dates (article, position, text, start, "end", value, grain, anchor, mod, low, high, vague) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article, i, d.text, d.start, d.end, d.value, d.grain, d.anchor, d.mod, d.low, d.high,
              int(bool(d.vague)))
             for i, d in enumerate(record.dates)])
        cur.executemany(
            'INSERT INTO figures (article, position, text, start, "end", value, unit, qualifier, counted, low, high) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article, i, f.text, f.start, f.end, f.value, f.unit, f.qualifier, f.counted, f.low, f.high)
             for i, f in enumerate(record.figures)])
        cur.executemany(
            'INSERT INTO quotes (article, position, text, start, "end", speaker, speaker_key, '
            "speaker_start, speaker_end, cue, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article, i, q.text, q.start, q.end, q.speaker, name_key(q.speaker) if q.speaker else None,
              q.speaker_start, q.speaker_end, q.cue, q.kind) for i, q in enumerate(record.quotes)])

    @staticmethod
    def _insert_entity(cur: sqlite3.Cursor, article: int, kind: str, position: int, entity: Entity) -> None:
        key = name_key(entity.name)
        cur.execute("INSERT INTO entities (article, type, position, name, name_key, aliases) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (article, kind, position, entity.name, key, _json(entity.aliases)))
        pk = cur.lastrowid
        cur.executemany("INSERT INTO entity_names (entity, type, form, key, name_key) VALUES (?, ?, ?, ?, ?)",
                        [(pk, kind, form, k, key) for form, k in entity_keys(kind, entity)])
        cur.executemany('INSERT INTO mentions (entity, article, text, start, "end") VALUES (?, ?, ?, ?, ?)',
                        [(pk, article, m.text, m.start, m.end) for m in entity.mentions])

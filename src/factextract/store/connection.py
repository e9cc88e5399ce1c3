"""Opening a fact store: the file, the pragmas that make it safe to grow and to read while it
grows, and the schema check."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from .schema import SchemaError, check

BUSY_MS = 30_000  # a second writer waits this long for the first one's chunk to commit


def open_store(path: Path | str, write: bool) -> sqlite3.Connection:
    """A connection to the store at `path`. Writing creates the file and its schema if need be
    and puts it in WAL mode (readers never block the writer, and a killed writer loses only its
    open transaction); reading opens it read-only and never creates it.
    Raises SchemaError (one-line reason) for a missing file, a foreign file or another schema."""
    path = Path(path)
    where = str(path)
    if not write and not path.is_file():
        raise SchemaError(f"{where}: no such database")
    try:
        if write:
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_MS / 1000)
        else:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, timeout=BUSY_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        check(conn, where, create_if_empty=write)
        if write:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # in WAL: a process kill loses nothing committed
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise SchemaError(f"{where}: {exc}") from None
    except OSError as exc:
        raise SchemaError(f"{where}: {exc.strerror or exc}") from None
    return conn

"""`factextract PATH... --out facts.db`: records into a fact store that grows run after run.

Unchanged articles (same id, same text hash) are dropped from the input before the batch sees
them, changed ones replaced, the rest added; records are committed a chunk per transaction as
they come."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

from .options import err, trim_record

# inputs read ahead to plan a run over pages, URLs or archives (more than enough for every worker)
READ_AHEAD = 256

if TYPE_CHECKING:
    from ..io.readers import Sources


def extract_into_store(paths: List[str], out: Optional[Path], encoding: str, published: Optional[str],
                       jobs: Optional[int], timeout: float, quiet: bool,
                       sources: Optional["Sources"] = None, vague_dates: bool = False,
                       scheduler: Optional[str] = None, unattributed_quotes: bool = False) -> int:
    """Run the batch into the store at `out`; returns the exit status."""
    from ..io.readers import has_costly_inputs, read_inputs
    from ..run.batch import Batch
    from ..store import SchemaError, open_store
    from ..store.incremental import Incremental
    from ..store.writer import StoreWriter

    if out is None:
        err("--format sqlite needs --out FILE (a database file)")
        return 2
    try:
        conn = open_store(out, write=True)
    except SchemaError as exc:
        err(str(exc))
        return 1
    def inputs():
        return read_inputs(paths, encoding=encoding, sources=sources)

    plan = Incremental(conn)
    writer = StoreWriter(conn)
    if has_costly_inputs(paths, sources):
        # pages, URLs and archives are read once (parsed, fetched or unpacked once): the batch
        # is planned from the first inputs read ahead
        total, todo = plan.planned(inputs(), READ_AHEAD)
    else:
        # plain text is cheap to read twice: a first pass reads and hashes only, so the batch
        # is planned (and its progress counted) for exactly the articles to extract
        total, todo = plan.todo(inputs()), plan.inputs(inputs())
    batch = Batch(jobs=jobs, timeout=timeout, published=published, total=total,
                  progress=sys.stderr.isatty(), quiet=quiet, scheduler=scheduler)
    results = batch.results(todo)
    try:
        for record in results:
            trim_record(record, keep_text=True, vague_dates=vague_dates,   # the store keeps no text
                        unattributed_quotes=unattributed_quotes)
            writer.write(record, plan.provenance(record))
        writer.close()
    except KeyboardInterrupt:
        err(f"interrupted; {out} holds every chunk committed so far (run again to complete it)")
        return 130
    except sqlite3.Error as exc:  # disk full, locked past the busy timeout: the chunk is rolled back
        err(f"{out}: {exc}; every chunk committed before is kept (run again to complete it)")
        return 1
    finally:
        results.close()
        conn.close()
    batch.finish()
    if not quiet:
        s = writer.stats
        err(f"{out}: {s.articles} articles stored, {plan.unchanged} unchanged (skipped), "
            f"{s.errors} errors, {s.chunks} transactions")
    return 1 if batch.stats.failed else 0

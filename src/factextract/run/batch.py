"""Batch runs: many articles, streamed in input order, in parallel, with a time budget per
article, progress on stderr and resumable output.

Articles travel in small chunks. A chunk's statistical components run in one batch (what
makes spaCy fast), then each article's rule components alone, on what its budget has left
(run/budget.py); if the batch fails or overruns, its articles are redone one at a time, so only
the article that is really at fault becomes an error record. With more than one
job, each worker process builds the pipeline once and the parent only reads inputs, orders
results and writes: a worker that overruns even the hard deadline (stuck in C code where the
Python alarm cannot reach it) or dies is killed and replaced, and the run goes on.

With a Dask scheduler the same chunks run on a cluster instead (run/cluster.py).

spaCy is imported only inside the workers or the in-process path, so a parent that only
schedules stays small and starts fast.
"""
from __future__ import annotations

import math
import os
import sys
from collections import deque
from dataclasses import replace
from typing import Callable, Iterable, Iterator

from ..io.articles import Article, InputFailure
from ..records import ErrorRecord
from .budget import Result, run_chunk
from .memory import keep_freed_memory
from .pool import Chunk, Pool
from .progress import ProgressBar, Stats
from .resume import resume_output  # noqa: F401 (re-exported: part of the batch API)

CHUNK_ARTICLES = 32          # articles per batched stage / per message to a worker
CHUNK_CHARS = 400_000        # ... or fewer, when the articles are long
MIN_ARTICLES_PER_WORKER = 48  # below this, starting a worker costs more than it saves


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_pipeline():
    """The process-wide factextract pipeline (picklable by reference, for the workers)."""
    from ..pipeline import get_pipeline

    return get_pipeline()


class Batch:
    """One batch run: `results(items)` yields a Record or an ErrorRecord per input, in input
    order, while counting and showing progress; `finish()` prints the summary line."""

    def __init__(self, jobs: int | None = None, timeout: float | None = None,
                 published: str | None = None, skip: set[str] | frozenset = frozenset(),
                 total: int | None = None, progress: bool = False, quiet: bool = False,
                 pipeline: Callable = default_pipeline, scheduler: str | None = None) -> None:
        self.explicit_jobs = jobs is not None
        self.jobs = max(1, jobs if jobs is not None else default_jobs())
        self.timeout = timeout or None
        self.published, self.skip, self.total = published, skip, total
        self.quiet, self.pipeline = quiet, pipeline
        self.scheduler = scheduler  # a Dask cluster (run/cluster.py) instead of local workers
        self.stats = Stats()
        self.bar = ProgressBar(total) if progress and not quiet else None

    # -- planning
    def workers(self) -> int:
        """Worker processes for this run: 0 means in this process. An explicit --jobs is
        honoured as far as there are chunks to share; the default keeps small runs in-process,
        where they finish before a worker would have loaded its model."""
        if self.jobs <= 1 or self.total is None:
            return 0 if self.jobs <= 1 else self.jobs
        per = 1 if self.explicit_jobs else MIN_ARTICLES_PER_WORKER
        n = min(self.jobs, self.total // per)
        return n if n > 1 else 0

    def chunk_size(self, workers: int) -> int:
        if self.total is None or workers == 0:
            return CHUNK_ARTICLES
        # small runs: spread the articles so every worker gets some
        return max(1, min(CHUNK_ARTICLES, math.ceil(self.total / (workers * 4))))

    # -- running
    def results(self, items: Iterable[Article | InputFailure]) -> Iterator[Result]:
        cluster = None
        try:
            if self.scheduler:
                from .cluster import ClusterRun

                cluster = ClusterRun(self.scheduler, self.pipeline, self.timeout)
                source = cluster.results(self._chunks(items, self.chunk_size(cluster.threads)))
            else:
                workers = self.workers()
                chunks = self._chunks(items, self.chunk_size(workers))
                source = self._parallel(chunks, workers) if workers else self._in_process(chunks)
            for result in source:
                self._count(result)
                yield result
        finally:
            if cluster is not None:
                cluster.close()
            if self.bar:
                self.bar.stop()

    def _chunks(self, items: Iterable[Article | InputFailure], size: int) -> Iterator[Chunk]:
        slots: list[Result | None] = []
        articles: list[tuple[int, Article]] = []
        chars = 0
        for item in items:
            if item.id in self.skip:
                self.stats.skipped += 1
                if self.bar:
                    self.bar.advance()
                continue
            if isinstance(item, InputFailure):
                slots.append(ErrorRecord(item.id, item.error))
            else:
                if self.published is not None:
                    item = replace(item, published=self.published)
                articles.append((len(slots), item))
                slots.append(None)
                chars += len(item.text)
            if len(articles) >= size or chars >= CHUNK_CHARS or len(slots) >= 4 * size:
                yield Chunk(slots, articles)
                slots, articles, chars = [], [], 0
        if slots:
            yield Chunk(slots, articles)

    def _in_process(self, chunks: Iterator[Chunk]) -> Iterator[Result]:
        nlp = None
        for chunk in chunks:
            if chunk.articles:
                if nlp is None:  # built on first use: a run of only bad inputs needs none
                    keep_freed_memory()
                    nlp = self.pipeline()
                records = run_chunk(nlp, [a for _, a in chunk.articles], self.timeout)
                for (slot, _), record in zip(chunk.articles, records):
                    chunk.slots[slot] = record
            yield from chunk.slots

    def _parallel(self, chunks: Iterator[Chunk], workers: int) -> Iterator[Result]:
        pool = Pool(workers, self.pipeline, self.timeout)
        window = 4 * workers          # chunks read but not yet written: bounds memory
        held: deque[Chunk] = deque()  # in input order
        redo: deque[tuple[Chunk, list]] = deque()
        exhausted = finished = False
        try:
            while True:
                for worker in pool.idle():
                    if redo:
                        chunk, articles = redo.popleft()
                        pool.assign(worker, chunk, articles, "singles")
                        continue
                    chunk = None
                    while not exhausted and len(held) < window and chunk is None:
                        chunk = next(chunks, None)
                        if chunk is None:
                            exhausted = True
                        else:
                            held.append(chunk)
                            if not chunk.articles:
                                chunk = None  # nothing to compute: already complete
                    if chunk is None:
                        break
                    pool.assign(worker, chunk, chunk.articles, "batch")
                while held and held[0].done():
                    yield from held.popleft().slots
                if exhausted and not held:
                    finished = True
                    return
                redo.extend(pool.wait())
        finally:
            pool.close(graceful=finished)

    def _count(self, result: Result) -> None:
        if isinstance(result, ErrorRecord):
            self.stats.failed += 1
            self.message(f"{result.id}: {result.error}")
        else:
            self.stats.processed += 1
        if self.bar:
            self.bar.advance()

    def message(self, text: str) -> None:
        """A line on stderr that does not tear the progress bar."""
        if self.bar:
            self.bar.print(f"factextract: {text}")
        else:
            print(f"factextract: {text}", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if not self.quiet and (self.stats.processed + self.stats.failed + self.stats.skipped) > 1:
            self.message(self.stats.summary())

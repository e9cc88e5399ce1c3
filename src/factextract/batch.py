"""Batch runs: many articles, streamed in input order, in parallel, with a time budget per
article, progress on stderr and resumable output.

Articles travel in small chunks. A chunk goes through `nlp.pipe` in one go (batching is what
makes spaCy fast); if that fails or overruns the budget, the chunk is redone one article at a
time, so only the article that is really at fault becomes an error record. With more than one
job, each worker process builds the pipeline once and the parent only reads inputs, orders
results and writes: a worker that overruns even the hard deadline (stuck in C code where the
Python alarm cannot reach it) or dies is killed and replaced, and the run goes on.

spaCy is imported only inside the workers or the in-process path, so a parent that only
schedules stays small and starts fast.
"""
from __future__ import annotations

import math
import os
import signal
import sys
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .inputs import Article, InputFailure
from .records import ErrorRecord

CHUNK_ARTICLES = 32          # articles per nlp.pipe call / per message to a worker
CHUNK_CHARS = 400_000        # ... or fewer, when the articles are long
MIN_ARTICLES_PER_WORKER = 48  # below this, starting a worker costs more than it saves
HARD_GRACE = 5.0             # seconds past the budget before a silent worker is killed

Result = Any  # records.Record | records.ErrorRecord (kept loose: records import no spaCy)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_pipeline():
    """The process-wide factextract pipeline (picklable by reference, for the workers)."""
    from .pipeline import get_pipeline

    return get_pipeline()


# ---- one chunk, in whichever process runs it ---------------------------------------------

class ArticleTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float | None):
    """Raise ArticleTimeout in the block after `seconds` (SIGALRM: main thread, POSIX only;
    elsewhere the block simply runs unbounded). Interrupts Python code, regexes included."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timeout_error(article_id: str, seconds: float) -> ErrorRecord:
    return ErrorRecord(article_id, f"timed out: over the {seconds:g} s budget for one article")


def _internal_error(article_id: str, exc: BaseException) -> ErrorRecord:
    return ErrorRecord(article_id, f"internal error: {exc.__class__.__name__}: {exc}")


def try_batched(nlp, articles: list[Article], timeout: float | None) -> list[Result] | None:
    """All records of the chunk through one nlp.pipe call, or None when any article failed or
    the chunk as a whole overran one article's budget (then redo it article by article)."""
    from .extraction import extract_many

    try:
        with time_limit(timeout):
            return list(extract_many(articles, nlp=nlp, batch_size=len(articles)))
    except ArticleTimeout:
        return None
    except Exception:
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        return None


def extract_alone(nlp, article: Article, timeout: float | None) -> Result:
    """One article's record, or the ErrorRecord that stands in for it."""
    from .extraction import extract

    try:
        with time_limit(timeout):
            return extract(article.text, published=article.published, id=article.id,
                           title=article.title, nlp=nlp)
    except ArticleTimeout:
        return timeout_error(article.id, timeout)
    except Exception as exc:  # one article must never end a run
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        return _internal_error(article.id, exc)


def run_chunk(nlp, articles: list[Article], timeout: float | None) -> list[Result]:
    records = try_batched(nlp, articles, timeout)
    return records if records is not None else [extract_alone(nlp, a, timeout) for a in articles]


# ---- the worker process -------------------------------------------------------------------

def _worker_main(conn, factory: Callable, timeout: float | None) -> None:
    """Build the pipeline once, then serve chunks until told to stop or the parent is gone.
    Messages out: ("ready",) | ("failed", why) | ("all", records) | ("singles",) | ("one", record)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        nlp = factory()
    except BaseException as exc:
        conn.send(("failed", f"{exc.__class__.__name__}: {exc}"))
        return
    try:
        conn.send(("ready",))
        while (task := conn.recv()) is not None:
            mode, articles = task
            if mode == "batch":
                records = try_batched(nlp, articles, timeout)
                if records is not None:
                    conn.send(("all", records))
                    continue
                conn.send(("singles",))
            for article in articles:
                conn.send(("one", extract_alone(nlp, article, timeout)))
    except (EOFError, OSError):  # the parent is gone (killed, interrupted): nothing to report to
        return


class WorkerStartError(RuntimeError):
    pass


@dataclass
class _Chunk:
    """A run of consecutive inputs: articles to process and, in place, ready error records."""
    slots: list[Result | None]           # results in input order; None = still to come
    articles: list[tuple[int, Article]]  # (slot index, article)

    def done(self) -> bool:
        return all(s is not None for s in self.slots)


@dataclass
class _Task:
    chunk: _Chunk
    articles: list[tuple[int, Article]]
    mode: str                 # "batch" | "singles"
    deadline: float | None
    received: int = 0


@dataclass
class _Worker:
    process: Any
    conn: Any
    ready: bool = False
    task: _Task | None = None


def _context():
    """Forkserver where there is one: workers fork from a clean single-threaded process that
    has already imported spaCy and our components, so a worker (or a replacement for a killed
    one) only has to load the model; safe beside the progress bar's thread. Else spawn."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["factextract.pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")


class _Pool:
    """Worker processes that each own a pipeline; the parent hands out chunks and enforces the
    hard deadline. Not multiprocessing.Pool: that one cannot kill and replace a single stuck
    worker, and its imap reads the whole input ahead (memory would grow with the archive)."""

    def __init__(self, jobs: int, factory: Callable, timeout: float | None) -> None:
        self.ctx = _context()
        self.factory, self.timeout = factory, timeout
        self.workers = [self._start() for _ in range(jobs)]

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.factory, self.timeout),
                                daemon=True, name="factextract-worker")
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _deadline(self) -> float | None:
        return time.monotonic() + self.timeout + HARD_GRACE if self.timeout else None

    def idle(self) -> list[_Worker]:
        return [w for w in self.workers if w.ready and w.task is None]

    def assign(self, worker: _Worker, chunk: _Chunk, articles: list[tuple[int, Article]],
               mode: str) -> None:
        worker.task = _Task(chunk, articles, mode, self._deadline())
        worker.conn.send((mode, [a for _, a in articles]))

    def wait(self) -> list[tuple[_Chunk, list[tuple[int, Article]]]]:
        """Wait for news from the workers and file it in the chunks. Returns the leftovers of
        killed or dead workers' tasks, to be redone one article at a time."""
        from multiprocessing.connection import wait

        deadlines = [w.task.deadline for w in self.workers if w.task and w.task.deadline]
        limit = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        handles = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
        ready = set(wait(handles, timeout=limit))
        redo = []
        for i, worker in enumerate(list(self.workers)):
            alive = True
            while worker.conn in ready or worker.conn.poll():
                ready.discard(worker.conn)
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    alive = False
                    break
                self._file(worker, message)
            if not alive or worker.process.sentinel in ready and not worker.process.is_alive():
                redo += self._replace(i, "died")
            elif worker.task and worker.task.deadline and time.monotonic() > worker.task.deadline:
                redo += self._replace(i, None)
        return redo

    def _file(self, worker: _Worker, message: tuple) -> None:
        kind = message[0]
        if kind == "ready":
            worker.ready = True
        elif kind == "failed":
            raise WorkerStartError(f"a worker could not build the pipeline: {message[1]}")
        elif kind == "all":
            for (slot, _), record in zip(worker.task.articles, message[1]):
                worker.task.chunk.slots[slot] = record
            worker.task = None
        elif kind == "singles":
            worker.task.mode, worker.task.deadline = "singles", self._deadline()
        elif kind == "one":
            task = worker.task
            task.chunk.slots[task.articles[task.received][0]] = message[1]
            task.received += 1
            task.deadline = self._deadline()
            if task.received == len(task.articles):
                worker.task = None

    def _replace(self, i: int, death: str | None) -> list[tuple[_Chunk, list[tuple[int, Article]]]]:
        """Kill worker i (stuck past its deadline, or `death` says it died), start another;
        the article at fault gets its error record, the rest of its task is returned."""
        worker = self.workers[i]
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        if death:
            death = f"the worker process died (exit code {worker.process.exitcode})"
            if not worker.ready:
                raise WorkerStartError(f"a worker could not start: {death}")
        self.workers[i] = self._start()
        task = worker.task
        if task is None:
            return []
        if task.mode == "batch":  # unknown which article: redo them one by one
            return [(task.chunk, task.articles)]
        slot, article = task.articles[task.received]
        task.chunk.slots[slot] = (ErrorRecord(article.id, f"internal error: {death}") if death
                                  else timeout_error(article.id, self.timeout))
        rest = task.articles[task.received + 1:]
        return [(task.chunk, rest)] if rest else []

    def close(self, graceful: bool) -> None:
        """Let idle workers exit on their own after a finished run; otherwise kill them."""
        for w in self.workers:
            try:
                if graceful and w.ready and w.task is None:
                    w.conn.send(None)
            except OSError:
                pass
        for w in self.workers:
            w.process.join(timeout=2 if graceful and w.ready else 0)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()


# ---- the run ------------------------------------------------------------------------------

@dataclass
class Stats:
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.perf_counter)

    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def summary(self) -> str:
        seconds = self.seconds()
        done = self.processed + self.failed
        line = (f"{self.processed} processed, {self.failed} failed, {seconds:.1f} s, "
                f"{done / seconds if seconds > 0 else 0:.1f} articles/s")
        return line + (f", {self.skipped} skipped (already in the output)" if self.skipped else "")


class Batch:
    """One batch run: `results(items)` yields a Record or an ErrorRecord per input, in input
    order, while counting and showing progress; `finish()` prints the summary line."""

    def __init__(self, jobs: int | None = None, timeout: float | None = None,
                 published: str | None = None, skip: set[str] | frozenset = frozenset(),
                 total: int | None = None, progress: bool = False, quiet: bool = False,
                 pipeline: Callable = default_pipeline) -> None:
        self.explicit_jobs = jobs is not None
        self.jobs = max(1, jobs if jobs is not None else default_jobs())
        self.timeout = timeout or None
        self.published, self.skip, self.total = published, skip, total
        self.quiet, self.pipeline = quiet, pipeline
        self.stats = Stats()
        self.bar = _ProgressBar(total) if progress and not quiet else None

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
        workers = self.workers()
        chunks = self._chunks(items, self.chunk_size(workers))
        try:
            source = self._parallel(chunks, workers) if workers else self._in_process(chunks)
            for result in source:
                self._count(result)
                yield result
        finally:
            if self.bar:
                self.bar.stop()

    def _chunks(self, items: Iterable[Article | InputFailure], size: int) -> Iterator[_Chunk]:
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
                yield _Chunk(slots, articles)
                slots, articles, chars = [], [], 0
        if slots:
            yield _Chunk(slots, articles)

    def _in_process(self, chunks: Iterator[_Chunk]) -> Iterator[Result]:
        nlp = None
        for chunk in chunks:
            if chunk.articles:
                if nlp is None:  # built on first use: a run of only bad inputs needs none
                    nlp = self.pipeline()
                records = run_chunk(nlp, [a for _, a in chunk.articles], self.timeout)
                for (slot, _), record in zip(chunk.articles, records):
                    chunk.slots[slot] = record
            yield from chunk.slots

    def _parallel(self, chunks: Iterator[_Chunk], workers: int) -> Iterator[Result]:
        pool = _Pool(workers, self.pipeline, self.timeout)
        window = 4 * workers          # chunks read but not yet written: bounds memory
        held: deque[_Chunk] = deque()  # in input order
        redo: deque[tuple[_Chunk, list]] = deque()
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


class _ProgressBar:
    """Rich progress on stderr (imported only when a bar is shown)."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.progress = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
            TimeElapsedColumn(), console=Console(stderr=True), transient=False,
            redirect_stdout=False, redirect_stderr=False)
        self.task = self.progress.add_task("extracting", total=total, rate="")
        self.started = time.perf_counter()
        self.done = 0
        self.progress.start()

    def advance(self) -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.started
        rate = f"{self.done / elapsed:.1f} articles/s" if elapsed > 0 else ""
        self.progress.update(self.task, advance=1, rate=rate)

    def print(self, text: str) -> None:
        self.progress.console.print(text, markup=False, highlight=False)

    def stop(self) -> None:
        self.progress.stop()


# ---- resume -------------------------------------------------------------------------------

def resume_output(path: Path) -> tuple[set[str], int]:
    """Ids already written to a JSONL output, after cutting it back to its last whole record.

    A killed run can leave a half-written last line; it is truncated, not kept, so that article
    is simply done again. Returns (ids, bytes cut)."""
    import json

    ids: set[str] = set()
    if not path.exists():
        return ids, 0
    good_end = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            if line.strip():
                try:
                    row = json.loads(line)
                    ids.add(str(row["id"]))
                except (ValueError, KeyError, TypeError):
                    break
            good_end += len(line)
    size = path.stat().st_size
    if good_end < size:
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
    return ids, size - good_end

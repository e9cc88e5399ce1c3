"""Worker processes that each own a pipeline. The parent hands out chunks, files the results
in input order and enforces the hard deadline: a worker stuck past it (in C code the Python
alarm cannot reach) or dead is killed and replaced, and the run goes on."""
from __future__ import annotations

import signal
import time
from dataclasses import dataclass
from typing import Any, Callable

from ..io.articles import Article
from ..records import ErrorRecord
from .budget import Result, extract_alone, finish, shared_stage, timeout_error
from .memory import keep_freed_memory

HARD_GRACE = 5.0             # seconds past the budget before a silent worker is killed


def worker_main(conn, factory: Callable, timeout: float | None) -> None:
    """Build the pipeline once, then serve chunks until told to stop or the parent is gone.
    Messages out: ("ready",) | ("failed", why) | ("singles",) (the shared stage of a chunk is
    done: records now come one by one, each within its own budget) | ("one", record)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    keep_freed_memory()
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
                staged = shared_stage(nlp, articles, timeout)
                conn.send(("singles",))
                for i, article in enumerate(articles):
                    conn.send(("one", finish(nlp, staged, i, article, timeout)))
                continue
            for article in articles:
                conn.send(("one", extract_alone(nlp, article, timeout)))
    except (EOFError, OSError):  # the parent is gone (killed, interrupted): nothing to report to
        return


class WorkerStartError(RuntimeError):
    pass


@dataclass
class Chunk:
    """A run of consecutive inputs: articles to process and, in place, ready error records."""
    slots: list[Result | None]           # results in input order; None = still to come
    articles: list[tuple[int, Article]]  # (slot index, article)

    def done(self) -> bool:
        return all(s is not None for s in self.slots)


@dataclass
class _Task:
    chunk: Chunk
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


class Pool:
    """Worker processes that each own a pipeline; the parent hands out chunks and enforces the
    hard deadline. Not multiprocessing.Pool: that one cannot kill and replace a single stuck
    worker, and its imap reads the whole input ahead (memory would grow with the archive)."""

    def __init__(self, jobs: int, factory: Callable, timeout: float | None) -> None:
        self.ctx = _context()
        self.factory, self.timeout = factory, timeout
        self.workers = [self._start() for _ in range(jobs)]

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=worker_main, args=(child, self.factory, self.timeout),
                                daemon=True, name="factextract-worker")
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _deadline(self) -> float | None:
        return time.monotonic() + self.timeout + HARD_GRACE if self.timeout else None

    def idle(self) -> list[_Worker]:
        return [w for w in self.workers if w.ready and w.task is None]

    def assign(self, worker: _Worker, chunk: Chunk, articles: list[tuple[int, Article]],
               mode: str) -> None:
        worker.task = _Task(chunk, articles, mode, self._deadline())
        worker.conn.send((mode, [a for _, a in articles]))

    def wait(self) -> list[tuple[Chunk, list[tuple[int, Article]]]]:
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
        elif kind == "singles":
            worker.task.mode, worker.task.deadline = "singles", self._deadline()
        elif kind == "one":
            task = worker.task
            task.chunk.slots[task.articles[task.received][0]] = message[1]
            task.received += 1
            task.deadline = self._deadline()
            if task.received == len(task.articles):
                worker.task = None

    def _replace(self, i: int, death: str | None) -> list[tuple[Chunk, list[tuple[int, Article]]]]:
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

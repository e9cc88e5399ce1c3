"""Batch runs on a Dask cluster (`--scheduler tcp://HOST:8786`, or `local:N` for a LocalCluster
of N worker processes here): the same chunks, budgets, error records and input order as the
local pool, spread over as many machines as the cluster has.

Dask does the distributing: it places chunks on workers, moves them off a worker that dies and
runs them again elsewhere. What factextract adds is inside each worker and on the client:

- a worker plugin gives every Dask worker thread its own factextract process (run/pool.py's Pool
  of one), started when the plugin is registered, so the pipeline is built once per thread
  and the per-article budget, the hard deadline for a process deaf to the alarm and the
  isolation of an article that crashes its process work exactly as with `--jobs`;
- the client submits chunks of articles as tasks, at most `window` of them in flight, and
  yields their records in input order as the oldest chunk completes (memory stays flat
  however long the input). A chunk's records come back only from the one run of it that Dask
  reports as finished, so a chunk redone after a worker died is still written once.

Dask and its `distributed` scheduler are imported here only: `pip install 'factextract[cluster]'`.
"""
from __future__ import annotations

import logging
import os
import queue
import uuid
from collections import deque
from typing import Callable, Iterator

from ..io.articles import Article
from ..records import ErrorRecord
from .budget import Result
from .pool import Chunk, Pool

PLUGIN = "factextract"
# Dask's own periodic work, which competes with extraction for the cores: the statistical
# profiler samples every worker thread every 10 ms, the event-loop tick runs every 20 ms and the
# system monitor every 500 ms. None of it serves a batch run (workers inherit this from
# a LocalCluster; remote workers take the same as DASK_DISTRIBUTED__... variables, see README).
QUIET_DASK = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.daemon": False,  # workers start factextract processes of their own
}
IN_FLIGHT_PER_THREAD = 4   # chunks submitted per worker thread, not yet written: bounds memory


class ClusterError(RuntimeError):
    """The cluster cannot run the batch (unreachable, misconfigured): one line for the user."""


class ChunkRunner:
    """One factextract worker process, fed one chunk at a time by a Dask worker thread."""

    def __init__(self, factory: Callable, timeout: float | None) -> None:
        self.pool = Pool(1, factory, timeout)

    def run(self, articles: list[Article]) -> list[Result]:
        chunk = Chunk([None] * len(articles), list(enumerate(articles)))
        todo = deque([(chunk.articles, "batch")])
        while not chunk.done():
            for worker in self.pool.idle():
                if todo:
                    part, mode = todo.popleft()
                    self.pool.assign(worker, chunk, part, mode)
            # leftovers of a killed or dead process: redone one article at a time
            todo.extend((part, "singles") for _, part in self.pool.wait())
        return chunk.slots

    def close(self) -> None:
        self.pool.close(graceful=False)


def _worker_plugin_class():
    from distributed import WorkerPlugin

    class FactextractPlugin(WorkerPlugin):
        """Starts one factextract process per worker thread when a worker joins."""

        def __init__(self, factory: Callable, timeout: float | None) -> None:
            self.factory, self.timeout = factory, timeout

        def setup(self, worker) -> None:
            import multiprocessing

            if multiprocessing.current_process().daemon:
                raise ClusterError(
                    "this Dask worker is a daemonic process, which may not start factextract's "
                    "process: start workers with DASK_DISTRIBUTED__WORKER__DAEMON=False")
            # A Dask nanny starts its worker with MALLOC_TRIM_THRESHOLD_=65536, good for the
            # worker's own memory; in factextract's processes it made spaCy's allocations
            # 10-20 % slower in CPU (page faults: sys time x4, measured). They start without it.
            os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)
            self.runners: queue.Queue = queue.Queue()
            for _ in range(worker.state.nthreads):
                self.runners.put(ChunkRunner(self.factory, self.timeout))

        def teardown(self, worker) -> None:
            while not self.runners.empty():
                self.runners.get_nowait().close()

    return FactextractPlugin


def process_chunk(articles: list[Article]) -> list[Result]:
    """The Dask task: one chunk's records (or error records), in order."""
    from distributed import get_worker

    runners = get_worker().plugins[PLUGIN].runners
    runner = runners.get()
    try:
        return runner.run(articles)
    finally:
        runners.put(runner)


class ClusterRun:
    """A connection to a Dask cluster for one batch run."""

    def __init__(self, scheduler: str, factory: Callable, timeout: float | None) -> None:
        try:
            import dask
            from distributed import Client
        except ImportError:
            raise ClusterError("--scheduler needs Dask: pip install 'factextract[cluster]'") from None
        if not os.environ.get("FACTEXTRACT_DEBUG"):
            logging.getLogger("distributed").setLevel(logging.ERROR)
        self.cluster = None
        try:
            if scheduler.startswith("local:"):
                from distributed import LocalCluster

                dask.config.set(QUIET_DASK)
                # no memory monitor (the work is in factextract's processes, which it does not
                # see) and a dashboard on any free port: less polling beside the work
                self.cluster = LocalCluster(
                    n_workers=local_workers(scheduler), threads_per_worker=1, processes=True,
                    memory_limit=0, dashboard_address=":0", silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            else:
                self.client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        try:
            self.client.register_plugin(_worker_plugin_class()(factory, timeout), name=PLUGIN)
        except ClusterError:
            self.close()
            raise
        self.threads = max(1, sum(self.client.nthreads().values()))

    def results(self, chunks: Iterator[Chunk]) -> Iterator[Result]:
        """Records in input order; at most IN_FLIGHT_PER_THREAD chunks per thread in flight."""
        window = IN_FLIGHT_PER_THREAD * self.threads
        run = uuid.uuid4().hex[:8]
        held: deque = deque()  # (chunk, future or None), in input order
        for n, chunk in enumerate(chunks):
            future = None
            if chunk.articles:
                future = self.client.submit(process_chunk, [a for _, a in chunk.articles],
                                            key=f"factextract-{run}-{n}", pure=False)
            held.append((chunk, future))
            while len(held) >= window:
                yield from self._settle(*held.popleft())
        while held:
            yield from self._settle(*held.popleft())

    def _settle(self, chunk: Chunk, future) -> Iterator[Result]:
        if future is not None:
            from distributed import KilledWorker

            try:
                records = future.result()
            except KilledWorker as exc:  # workers kept dying on it: its articles fail, not the run
                records = [ErrorRecord(a.id, f"internal error: the Dask workers running it died "
                                             f"({exc.__class__.__name__})") for _, a in chunk.articles]
            except ClusterError:
                raise
            except Exception as exc:
                raise ClusterError(f"the cluster failed a task: {exc.__class__.__name__}: "
                                   f"{str(exc).splitlines()[0] if str(exc) else ''}") from None
            finally:
                future.release()
            for (slot, _), record in zip(chunk.articles, records):
                chunk.slots[slot] = record
        yield from chunk.slots

    def close(self) -> None:
        for part in (getattr(self, "client", None), self.cluster):
            if part is not None:
                try:
                    part.close()
                except Exception:  # closing after a failure: nothing more to report
                    pass


def local_workers(scheduler: str) -> int:
    """N of `local:N` (ValueError with a one-line reason otherwise)."""
    count = scheduler.partition(":")[2]
    if not count.isdigit() or int(count) < 1:
        raise ValueError(f"{scheduler!r}: use local:N with N worker processes, e.g. local:2")
    return int(count)

"""The Dask engine (--scheduler): the same records, order, error records, exit codes and
--resume as --jobs; a worker killed mid-run costs nothing; budgets hold on the cluster too.
Each test starts a LocalCluster (a few seconds); the model is left out where it does not matter."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

pytest.importorskip("distributed", reason="Dask is not installed: pip install '.[cluster]'")

from conftest import SAMPLES, blank_pipeline  # noqa: E402
from factextract.io.readers import Article  # noqa: E402
from factextract.run.batch import Batch  # noqa: E402
from test_batch import _articles, check_folder_output, lines, misbehaving_pipeline  # noqa: E402

RULES_ONLY = {**os.environ, "FACTEXTRACT_MODEL": "none"}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factextract", *args], capture_output=True,
                          text=True, timeout=300, env=RULES_ONLY)


def _slow(doc):
    time.sleep(0.02)
    return doc


def slow_pipeline():
    """20 ms an article: long enough for a worker to be killed with chunks in hand."""
    return blank_pipeline("test_slow", _slow)


def test_cluster_writes_what_jobs_writes_errors_in_band(mixed_folder, tmp_path):
    local, cluster = tmp_path / "jobs.jsonl", tmp_path / "cluster.jsonl"
    check_folder_output(mixed_folder, local, run_cli(str(mixed_folder), "--out", str(local), "--jobs", "2"))
    proc = run_cli(str(mixed_folder), "--out", str(cluster), "--scheduler", "local:2")
    check_folder_output(mixed_folder, cluster, proc)
    assert cluster.read_bytes() == local.read_bytes()
    csv = run_cli(str(mixed_folder), "--format", "csv", "--scheduler", "local:1")
    assert csv.returncode == 1 and csv.stdout == run_cli(str(mixed_folder), "--format", "csv").stdout


def test_a_killed_worker_costs_nothing_and_writes_nothing_twice():
    n = 240
    run = Batch(scheduler="local:2", pipeline=slow_pipeline, timeout=30, total=n)
    items = [Article(f"k{i:03d}", f"Article {i}.") for i in range(n)]
    results, killed = [], None
    stream = run.results(items)
    for record in stream:
        results.append(record)
        if killed is None and len(results) >= 30:
            from distributed import get_client

            pids = get_client().run(os.getpid)           # {worker address: pid}
            killed = sorted(pids.values())[0]
            os.kill(killed, signal.SIGKILL)
    assert killed is not None
    assert [r.id for r in results] == [f"k{i:03d}" for i in range(n)]
    assert not any(hasattr(r, "error") for r in results)
    assert (run.stats.processed, run.stats.failed) == (n, 0)


def test_resume_after_sigkill_of_the_client_gives_every_id_once(tmp_path):
    import psutil

    text = (SAMPLES / "border-crossing.txt").read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    n = 200
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"r{i:03d}", "text": f"Report {i}.\n\n{text}"}) + "\n")
    out = tmp_path / "out.jsonl"
    args = [sys.executable, "-m", "factextract", str(src), "--out", str(out), "--scheduler", "local:2"]
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL, env=RULES_ONLY)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 20:
            break
        time.sleep(0.02)
    family = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for child in family:  # the LocalCluster's processes lose their client: end them here
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass
    written = out.read_bytes().count(b"\n")
    assert 0 < written < n, "the client should have been killed half-way"
    done = run_cli(str(src), "--out", str(out), "--resume", "--scheduler", "local:2")
    assert done.returncode == 0, done.stderr
    assert f"{n - written} processed" in done.stderr and f"{written} skipped" in done.stderr
    assert [r["id"] for r in lines(out)] == [f"r{i:03d}" for i in range(n)]


def test_budgets_and_crashes_on_the_cluster_as_with_jobs():
    run = Batch(scheduler="local:2", timeout=0.5, pipeline=misbehaving_pipeline, total=9)
    started = time.monotonic()
    results = list(run.results(_articles({1: "HANG here.", 4: "CRASH now.", 6: "STUCK here."})))
    assert time.monotonic() - started < 90
    assert [r.id for r in results] == ["t0", "t1", "t2", "bad", "t3", "t4", "t5", "t6", "t7"]
    errors = {r.id: r.error for r in results if hasattr(r, "error")}
    assert set(errors) == {"t1", "t4", "t6", "bad"}
    assert "timed out" in errors["t1"] and "timed out" in errors["t6"] and "died" in errors["t4"]


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "local:0"], "use local:N"),
    (["--scheduler", "somewhere"], "use tcp://HOST:PORT"),
    (["--scheduler", "local:2", "--jobs", "2"], "exclude each other"),
])
def test_scheduler_usage_errors(args, message):
    proc = run_cli(str(SAMPLES / "border-crossing.txt"), *args)
    assert proc.returncode == 2 and message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_unreachable_scheduler_is_one_line():
    proc = run_cli(str(SAMPLES / "border-crossing.txt"), "--scheduler", "tcp://127.0.0.1:9")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        line for line in proc.stderr.strip().splitlines() if line.startswith("factextract: ")]
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in proc.stderr

"""Batch runs: order, in-band errors, resume after a kill, time budgets, flat planning."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import SAMPLES, blank_pipeline, short_article
from factextract.run import batch, pool
from factextract.run.batch import Batch, resume_output
from factextract.io.readers import Article, InputFailure, count_inputs, read_inputs

def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factextract", *args], capture_output=True,
                          text=True, timeout=timeout)


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check_folder_output(folder, out, proc) -> None:
    """Records in file order, the 3 broken files as error records in their places, exit 1."""
    assert proc.returncode == 1, proc.stderr
    records = lines(out)
    assert [r["id"] for r in records] == [str(p) for p in sorted(folder.iterdir())]
    errors = {r["id"].rsplit("/", 1)[-1]: r["error"] for r in records if "error" in r}
    assert set(errors) == {"a03b.txt", "a07b.txt", "a10b.txt"}
    assert "binary" in errors["a03b.txt"] and "empty" in errors["a07b.txt"]
    assert "not valid utf-8" in errors["a10b.txt"]
    good = [r for r in records if "error" not in r]
    assert len(good) == 12
    # each record is its own article's: file aNN is headed "Bulletin 0NN ..."
    for r in good:
        assert r["title"] == f"Bulletin 0{r['id'].rsplit('/a', 1)[-1][:2]} on the bridges"
    assert "12 processed, 3 failed" in proc.stderr.splitlines()[-1]


def test_two_jobs_keep_input_order_with_errors_in_band(mixed_folder, tmp_path):
    out = tmp_path / "facts.jsonl"
    proc = run_cli(str(mixed_folder), "--format", "jsonl", "--out", str(out), "--jobs", "2")
    check_folder_output(mixed_folder, out, proc)


def test_resume_repairs_a_half_written_line_and_writes_every_id_once(mixed_folder, tmp_path):
    full = tmp_path / "full.jsonl"
    check_folder_output(mixed_folder, full, run_cli(str(mixed_folder), "--out", str(full), "--jobs", "1"))
    whole = full.read_text(encoding="utf-8").splitlines(keepends=True)
    out = tmp_path / "partial.jsonl"
    out.write_text("".join(whole[:5]) + whole[5][: len(whole[5]) // 2], encoding="utf-8")
    proc = run_cli(str(mixed_folder), "--out", str(out), "--resume", "--jobs", "1")
    assert proc.returncode == 1, proc.stderr
    assert "half-written" in proc.stderr and "5 skipped" in proc.stderr
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_resume_after_sigkill_gives_every_id_exactly_once(tmp_path):
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(80):
            fh.write(json.dumps({"id": f"n{i:03d}", "text": short_article(i)}) + "\n")
    out = tmp_path / "out.jsonl"
    args = [sys.executable, "-m", "factextract", str(src), "--out", str(out), "--jobs", "1"]
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size and out.read_bytes().count(b"\n") >= 20:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < out.read_bytes().count(b"\n") < 80, "the run should have been killed half-way"
    done = run_cli(str(src), "--out", str(out), "--resume", "--jobs", "1", "--quiet")
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in lines(out)]
    assert ids == [f"n{i:03d}" for i in range(80)]


@pytest.mark.parametrize("content, ids, cut", [
    ('{"id": "a"}\n{"id": "b"}\n', {"a", "b"}, 0),
    ('{"id": "a"}\n{"id": "b", "pla', {"a"}, len('{"id": "b", "pla')),
    ('{"id": "a"}\n{"id": "b"}', {"a"}, len('{"id": "b"}')),      # no newline: not known whole
    ('{"id": "a"}\nnot json\n{"id": "c"}\n', {"a"}, len('not json\n{"id": "c"}\n')),
    ("", set(), 0),
])
def test_resume_output_keeps_whole_records_only(tmp_path, content, ids, cut):
    path = tmp_path / "out.jsonl"
    path.write_text(content, encoding="utf-8")
    assert resume_output(path) == (ids, cut)
    assert path.read_text(encoding="utf-8") == content[: len(content) - cut]


def test_resume_output_of_a_missing_file(tmp_path):
    assert resume_output(tmp_path / "nope.jsonl") == (set(), 0)


def test_resume_needs_a_jsonl_out_file(tmp_path):
    proc = run_cli(str(SAMPLES / "border-crossing.txt"), "--resume")
    assert proc.returncode == 2 and "--resume needs --out" in proc.stderr


def test_count_inputs_matches_what_is_read(mixed_folder, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": "A."}\n\n{"id": "y", "text": ""}\nbroken\n', encoding="utf-8")
    paths = [str(mixed_folder), str(src), str(tmp_path / "missing.txt")]
    assert count_inputs(paths) == len(list(read_inputs(paths))) == 15 + 3 + 1


@pytest.mark.parametrize("jobs, total, workers", [
    (None, 1, 0),      # one article: in this process, no worker start-up
    (None, 60, 0),     # default jobs, small run: in-process
    (2, 2, 2),         # explicit jobs are honoured while there is work to share
    (2, 1, 0),
    (1, 10_000, 0),
    (4, 3, 3),
])
def test_planning(jobs, total, workers, monkeypatch):
    monkeypatch.setattr(batch, "default_jobs", lambda: 2)
    assert Batch(jobs=jobs, total=total).workers() == workers


# ---- time budgets and crashes, with a tiny pipeline made here: marked articles misbehave ---

def _misbehave(doc):
    if "HANG" in doc.text:
        time.sleep(60)  # interruptible: the in-worker alarm ends it
    if "STUCK" in doc.text:
        # deaf to the alarm, like a loop in C code: only the parent's hard deadline helps
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if "CRASH" in doc.text:
        os._exit(3)
    return doc


def misbehaving_pipeline():
    """Importable by reference, so worker processes can build it too."""
    return blank_pipeline("test_misbehave", _misbehave)


def _articles(marked: dict[int, str], n: int = 8) -> list[Article | InputFailure]:
    items: list[Article | InputFailure] = [
        Article(f"t{i}", marked.get(i, f"Plain text number {i}.")) for i in range(n)]
    items.insert(3, InputFailure("bad", "empty text"))
    return items


def _ids_and_errors(results) -> list[tuple[str, bool]]:
    return [(r.id, hasattr(r, "error")) for r in results]


def test_timeout_in_process_turns_the_slow_article_into_an_error():
    run = Batch(jobs=1, timeout=0.5, pipeline=misbehaving_pipeline, total=9)
    started = time.monotonic()
    results = list(run.results(_articles({5: "This one will HANG for a minute."})))
    assert time.monotonic() - started < 10
    assert _ids_and_errors(results) == [("t0", False), ("t1", False), ("t2", False), ("bad", True),
                                        ("t3", False), ("t4", False), ("t5", True), ("t6", False),
                                        ("t7", False)]
    assert "timed out" in results[6].error
    assert (run.stats.processed, run.stats.failed) == (7, 2)


def test_parallel_timeouts_soft_and_hard_keep_order(monkeypatch):
    monkeypatch.setattr(pool, "HARD_GRACE", 1.0)
    run = Batch(jobs=2, timeout=0.5, pipeline=misbehaving_pipeline, total=9)
    started = time.monotonic()
    results = list(run.results(_articles({1: "HANG here.", 6: "STUCK here."})))
    assert time.monotonic() - started < 60
    assert [r.id for r in results] == ["t0", "t1", "t2", "bad", "t3", "t4", "t5", "t6", "t7"]
    errors = {r.id: r.error for r in results if hasattr(r, "error")}
    assert set(errors) == {"t1", "t6", "bad"}
    assert "timed out" in errors["t1"] and "timed out" in errors["t6"]


def test_a_worker_that_dies_costs_only_its_article():
    run = Batch(jobs=2, timeout=0, pipeline=misbehaving_pipeline, total=9)
    results = list(run.results(_articles({2: "CRASH now."})))
    assert [r.id for r in results] == ["t0", "t1", "t2", "bad", "t3", "t4", "t5", "t6", "t7"]
    assert "died" in results[2].error and not hasattr(results[4], "error")

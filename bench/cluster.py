"""Benchmark: the Dask engine against the local pool on the same corpus, through the real CLI.

    python bench/cluster.py --articles 2000 [--rounds 2] [--workers 2]

Runs `factextract CORPUS --jobs N` (A) and `factextract CORPUS --scheduler local:N` (B) in
A B B A order (a machine whose speed drifts favours neither), checks that every output is
byte-identical to the first, and prints per-round wall times, articles/s, the ratio B/A of
throughput, and the client's own cost per record: the CPU seconds of the CLI process (which,
with local:N, also hosts the Dask scheduler and the nannies) divided by the records written.
That cost bounds how many workers one client can feed: see the scale model in README.md.
"""
from __future__ import annotations

import argparse
import filecmp
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ENV, MemoryWatch, build_corpus  # noqa: E402

TARGET = 0.85


def cpu_seconds(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        import os

        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def measure(name: str, cmd: list[str]) -> dict:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV, text=True)
    watch = MemoryWatch(proc.pid)
    cpu = [0.0]
    stop = threading.Event()

    def sample() -> None:  # the client's CPU, read until it exits
        while not stop.is_set():
            value = cpu_seconds(proc.pid)
            if value is not None:
                cpu[0] = value
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = proc.stderr.read()
    proc.wait()
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    watch.finish()
    if proc.returncode != 0:
        sys.exit(f"{name} failed (exit {proc.returncode}):\n{err[-2000:]}")
    main_mb = max((p["hwm"] for p in watch.procs.values() if p["depth"] == 0), default=0) / 1024
    print(f"  {name}: {wall:.1f} s, client CPU {cpu[0]:.1f} s, client peak {main_mb:.0f} MB",
          file=sys.stderr, flush=True)
    return {"wall": wall, "cpu": cpu[0], "main_mb": main_mb,
            "summary": err.strip().splitlines()[-1] if err.strip() else ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=2, help="A B rounds, every second one reversed")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpus and outputs here")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="factextract-cluster-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, _, words = build_corpus(args.articles, work)
    n, w = args.articles, args.workers
    fx = [sys.executable, "-m", "factextract", str(corpus), "--format", "jsonl"]
    plan = [(f"jobs-{w}", ["--jobs", str(w)]), (f"local-{w}", ["--scheduler", f"local:{w}"])]
    runs: dict[str, list[dict]] = {name: [] for name, _ in plan}
    outputs = []
    for r in range(args.rounds):
        for name, extra in plan if r % 2 == 0 else plan[::-1]:
            out = work / f"{name}-r{r}.jsonl"
            runs[name].append(measure(name, fx + extra + ["--out", str(out)]))
            outputs.append(out)
    same = all(filecmp.cmp(outputs[0], o, shallow=False) for o in outputs[1:])
    a, b = (runs[name] for name, _ in plan)
    print(f"\nfactextract cluster benchmark: {n} articles, {words:,} words, {w} workers, "
          f"{args.rounds} round(s) in A B B A order")
    for name, rs in runs.items():
        walls = " ".join(f"{x['wall']:.1f}" for x in rs)
        cpus = " ".join(f"{x['cpu']:.1f}" for x in rs)
        rates = " ".join(f"{n / x['wall']:.1f}" for x in rs)
        print(f"{name:9} wall s per round: {walls}   articles/s: {rates}   "
              f"client CPU s: {cpus}   "
              f"client peak MB: {max(x['main_mb'] for x in rs):.0f}")
    pairs = [n / y["wall"] / (n / x["wall"]) for x, y in zip(a, b)]
    ratio = statistics.mean(x["wall"] for x in a) / statistics.mean(x["wall"] for x in b)
    print(f"throughput {plan[1][0]} / {plan[0][0]}: per round " + " ".join(f"{p:.2f}" for p in pairs)
          + f"; over all rounds {ratio:.2f}x (target >= {TARGET}: {'met' if ratio >= TARGET else 'NOT met'})")
    per_record = statistics.mean(x["cpu"] for x in b) / n
    print(f"client CPU per record with {plan[1][0]} (client + in-process scheduler and nannies): "
          f"{per_record * 1000:.2f} ms; with {plan[0][0]}: "
          f"{statistics.mean(x['cpu'] for x in a) / n * 1000:.2f} ms")
    print(f"outputs: {len(outputs)} files, {'all byte-identical' if same else 'DIFFERENT'}")
    print(f"last summaries: {a[-1]['summary']} | {b[-1]['summary']}")
    sys.exit(0 if same and ratio >= TARGET else 1)


if __name__ == "__main__":
    main()

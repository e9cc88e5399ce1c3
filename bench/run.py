"""Benchmark: factextract against the physical limit of its pipeline, bare spaCy.

    python bench/run.py --articles 2000 [--rounds 2] [--only bare-1,bare-1/b32,jobs-1]

Builds a corpus of N articles from samples/ (paragraphs shuffled and mixed, so the texts differ),
then, one after another on the same corpus file, runs and times (each --rounds times, in
A B B A order, so that a machine whose speed drifts during the run favours neither side):
  bare-1    nlp.pipe(texts) with the same model, one process
  bare-1/b32  the same at factextract's batch size (32 docs): a stricter baseline, as spaCy at
            its default batch (256 docs for this model) grows to ~1.6 GB and runs slower
  bare-2    nlp.pipe(texts, n_process=2)
  jobs-1    factextract CORPUS --format jsonl --out FILE --jobs 1 (the real CLI)
  jobs-2    the same with --jobs 2
Each run is its own process; its wall time includes interpreter start-up and model loading
(for bare runs the time inside nlp.pipe alone is shown too). factextract's sources are
compiled to bytecode first, as an install compiles them (spaCy's were when it was installed).
Memory is read from /proc while a run goes: the peak RSS (VmHWM) of every process doing the work, and how much the RSS of each
grew between the first and the last quarter of the run ("flat" means the growth is ~0).
Then start-up: `factextract one-article.txt` against
`python -c "import spacy; spacy.load(MODEL)(text)"` (median of --repeat runs each).

Linux only (/proc). Needs nothing beyond the project's own dependencies.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}

TARGETS = {"jobs-1": ("bare-1", 0.8), "jobs-2": ("bare-2", 0.8)}
MEMORY_LIMIT_MB = 600
STARTUP_LIMIT = 1.3


# ---- corpus ---------------------------------------------------------------------------------

def build_corpus(n: int, folder: Path, seed: int = 7) -> tuple[Path, Path, int]:
    """N varied articles as JSONL (ids bench-00000...), plus one plain article for start-up."""
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    split = [[para for para in s.split("\n\n") if para.strip()] for s in samples]
    corpus = folder / "corpus.jsonl"
    words = 0
    with open(corpus, "w", encoding="utf-8") as fh:
        for i in range(n):
            head, *body = split[i % len(split)]
            body = body[:]
            rng.shuffle(body)
            other = split[rng.randrange(len(split))]
            extra = rng.sample(other[1:], k=min(2, len(other) - 1))  # a paragraph or two from elsewhere
            keep = body[: max(1, len(body) - rng.randrange(0, 3))]     # and drop a couple
            text = "\n\n".join([head, *keep, *extra]) + "\n"
            words += len(text.split())
            fh.write(json.dumps({"id": f"bench-{i:05d}", "text": text}, ensure_ascii=False) + "\n")
    one = folder / "one-article.txt"
    one.write_text(samples[0], encoding="utf-8")
    return corpus, one, words


# ---- memory, read from /proc while a run goes -------------------------------------------------

def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _status_kb(pid: int) -> dict[str, int]:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, value = line.split(":")
                    out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


class MemoryWatch(threading.Thread):
    """Samples the process tree under `root`: per pid its depth, peak RSS and RSS over time."""

    def __init__(self, root: int, every: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.root, self.every = root, every
        self.procs: dict[int, dict] = {}
        self.stop = threading.Event()
        self.start()

    def run(self) -> None:
        started = time.perf_counter()
        while not self.stop.is_set():
            kids = _children()
            level = [(self.root, 0)]
            while level:
                pid, depth = level.pop()
                st = _status_kb(pid)
                if st:
                    p = self.procs.setdefault(pid, {"depth": depth, "hwm": 0, "rss": []})
                    p["hwm"] = max(p["hwm"], st.get("VmHWM", 0))
                    p["rss"].append((time.perf_counter() - started, st.get("VmRSS", 0)))
                level += [(k, depth + 1) for k in kids.get(pid, [])]
            self.stop.wait(self.every)

    def finish(self) -> None:
        self.stop.set()
        self.join()

    def workers(self, depth: int) -> list[dict]:
        """The processes at `depth` that did real work (more than 50 MB: not helpers)."""
        return [p for p in self.procs.values() if p["depth"] == depth and p["hwm"] > 50_000]


def growth_mb(samples: list[tuple[float, int]]) -> float:
    """RSS growth between the first and the last quarter of a process's life (MB)."""
    if len(samples) < 8:
        return 0.0
    end = samples[-1][0]
    first = [r for t, r in samples if end * 0.15 <= t <= end * 0.35]
    last = [r for t, r in samples if t >= end * 0.75]
    if not first or not last:
        return 0.0
    return (statistics.median(last) - statistics.median(first)) / 1024


# ---- the runs -------------------------------------------------------------------------------

BARE = """
import json, sys, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load(sys.argv[1])
t1 = time.perf_counter()
def texts():
    with open(sys.argv[2], encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]
n = 0
batch = {"batch_size": int(sys.argv[4])} if len(sys.argv) > 4 else {}
for doc in nlp.pipe(texts(), n_process=int(sys.argv[3]), **batch):
    n += 1
t2 = time.perf_counter()
print(json.dumps({"docs": n, "load": t1 - t0, "pipe": t2 - t1}))
"""


def measure(name: str, cmd: list[str], worker_depth: int) -> dict:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, text=True)
    watch = MemoryWatch(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    watch.finish()
    if proc.returncode not in (0,):
        sys.exit(f"{name} failed (exit {proc.returncode}):\n{err[-2000:]}")
    workers = watch.workers(worker_depth)
    result = {"name": name, "wall": wall, "workers": len(workers),
              "peak_mb": max((p["hwm"] for p in workers), default=0) / 1024,
              "growth_mb": max((growth_mb(p["rss"]) for p in workers), default=0.0),
              "main_mb": max((p["hwm"] for p in watch.procs.values() if p["depth"] == 0), default=0) / 1024,
              "stderr_tail": err.strip().splitlines()[-1:] if err.strip() else []}
    if out.strip().startswith("{"):
        result.update(json.loads(out.strip().splitlines()[-1]))
    print(f"  {name}: {wall:.1f} s", file=sys.stderr, flush=True)
    return result


def combine(results: list[dict]) -> dict:
    """One row from several rounds of the same run: mean times, the worst memory."""
    out = dict(results[0])
    out["walls"] = [r["wall"] for r in results]
    out["wall"] = statistics.mean(out["walls"])
    if all("pipe" in r for r in results):
        out["pipe"] = statistics.mean(r["pipe"] for r in results)
    for key in ("peak_mb", "growth_mb", "main_mb", "workers"):
        out[key] = max(r[key] for r in results)
    return out


def check_output(path: Path, n: int) -> str:
    ids = [json.loads(line)["id"] for line in path.open(encoding="utf-8")]
    errors = sum(1 for line in path.open(encoding="utf-8") if '"error"' in line[:200])
    ok = ids == [f"bench-{i:05d}" for i in range(n)]
    return f"{len(ids)} records, {'in input order' if ok else 'NOT IN ORDER'}, {errors} error records"


def startup(one: Path, model: str, repeat: int) -> dict:
    fx = [sys.executable, "-m", "factextract", str(one), "--format", "jsonl"]
    bare = [sys.executable, "-c", f"import spacy; spacy.load({model!r})(open({str(one)!r}).read())"]
    helptime = [sys.executable, "-m", "factextract", "--help"]
    times: dict[str, list[float]] = {"fx": [], "bare": [], "help": []}
    for _ in range(repeat):  # interleaved, so drifting load hits both alike
        for key, cmd in (("bare", bare), ("fx", fx), ("help", helptime)):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, check=True)
            times[key].append(time.perf_counter() - t)
    return {k: statistics.median(v) for k, v in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--model", default=None, help="spaCy model [default: factextract's]")
    ap.add_argument("--repeat", type=int, default=3, help="start-up runs of each command")
    ap.add_argument("--only", default=None, help="comma-separated run names to make (e.g. bare-1,jobs-1)")
    ap.add_argument("--rounds", type=int, default=2,
                    help="times each throughput run is made, in A B B A order [default: 2]")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpus and outputs in this folder")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    args = ap.parse_args()
    sys.path.insert(0, str(SRC))
    from factextract.run.batch import CHUNK_ARTICLES
    from factextract.pipeline import MODEL

    if args.model is None:
        args.model = os.environ.get("FACTEXTRACT_MODEL") or MODEL

    # An installed package comes with its bytecode compiled (pip does it, as it did for spaCy's);
    # run from src/ under PYTHONDONTWRITEBYTECODE, every start would compile our ~250 modules
    # again (~0.5-1 s of each run's time). Compile once, as an install would.
    compileall.compile_dir(str(SRC), quiet=1)
    work = args.keep or Path(tempfile.mkdtemp(prefix="factextract-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, one, words = build_corpus(args.articles, work)
    n = args.articles
    print(f"corpus: {n} articles, {words:,} words ({words / n:.0f} per article) in {corpus}", file=sys.stderr)

    fx = [sys.executable, "-m", "factextract", str(corpus), "--format", "jsonl", "--quiet"]
    plan = [  # (name, command, depth of the processes doing the work)
        ("bare-1", [sys.executable, "-c", BARE, args.model, str(corpus), "1"], 0),
        # the stricter baseline: spaCy at factextract's own batch size, where it runs faster and
        # in a quarter of the memory of its default batch (256 docs for this model)
        (f"bare-1/b{CHUNK_ARTICLES}", [sys.executable, "-c", BARE, args.model, str(corpus), "1",
                                       str(CHUNK_ARTICLES)], 0),
        ("jobs-1", fx + ["--out", str(work / "jobs1.jsonl"), "--jobs", "1"], 0),
        ("bare-2", [sys.executable, "-c", BARE, args.model, str(corpus), "2"], 1),
        # forkserver layout: CLI -> forkserver -> workers
        ("jobs-2", fx + ["--out", str(work / "jobs2.jsonl"), "--jobs", "2"], 2),
    ]
    # Shared machines drift (other tenants, clock changes) by 10-30 % over minutes: each bare
    # run sits next to its factextract run, and every second round runs in reverse order
    # (A B B A), so a drift hits both sides of a ratio alike.
    if args.only:
        plan = [p for p in plan if p[0] in args.only.split(",")]
    rounds: dict[str, list[dict]] = {name: [] for name, _, _ in plan}
    for r in range(args.rounds):
        for name, cmd, depth in plan if r % 2 == 0 else plan[::-1]:
            rounds[name].append(measure(name, cmd, depth))
    runs = [combine(rs) for rs in rounds.values()]
    by = {r["name"]: r for r in runs}
    start = startup(one, args.model, args.repeat)

    print(f"\nfactextract benchmark: {n} articles, {words:,} words, model {args.model}, "
          f"{os.cpu_count()} cores, {args.rounds} round(s), load average {os.getloadavg()[0]:.2f} at the end")
    if args.rounds > 1:
        print("wall s per round: " + "; ".join(
            f"{r['name']} " + " ".join(f"{w:.1f}" for w in r["walls"]) for r in runs) +
            " (the table: means over the rounds)")
    print(f"{'run':11} {'wall s':>8} {'words/s':>9} {'articles/s':>11} {'pipe-only w/s':>14} "
          f"{'workers':>8} {'peak MB/worker':>15} {'RSS growth MB':>14} {'main MB':>8}")
    for r in runs:
        pipe = f"{words / r['pipe']:,.0f}" if "pipe" in r else "-"
        print(f"{r['name']:11} {r['wall']:8.1f} {words / r['wall']:9,.0f} {n / r['wall']:11.1f} {pipe:>14} "
              f"{r['workers']:8d} {r['peak_mb']:15.0f} {r['growth_mb']:14.1f} {r['main_mb']:8.0f}")
    print()
    verdicts = []
    for mine, (base, target) in TARGETS.items():
        if mine not in by or base not in by:
            continue
        ratio = by[base]["wall"] / by[mine]["wall"]
        in_pipe = by[base]["pipe"] / by[mine]["wall"]
        ok = ratio >= target
        verdicts.append(ok)
        print(f"{mine} / {base}: {ratio:.2f}x end to end (target >= {target}: {'met' if ok else 'NOT met'}); "
              f"{in_pipe:.2f}x against {base}'s time inside nlp.pipe only")
    for base in [name for name in by if name.startswith("bare-1/")]:
        if "jobs-1" in by:
            print(f"jobs-1 / {base}: {by[base]['wall'] / by['jobs-1']['wall']:.2f}x end to end "
                  f"(the stricter baseline: spaCy batched as factextract batches)")
    jobs = [r for r in runs if r["name"].startswith("jobs")]
    if jobs:
        peak = max(r["peak_mb"] for r in jobs)
        grow = max(r["growth_mb"] for r in jobs)
        ok = peak < MEMORY_LIMIT_MB
        verdicts.append(ok)
        print(f"memory: peak {peak:.0f} MB per factextract worker (target < {MEMORY_LIMIT_MB}: "
              f"{'met' if ok else 'NOT met'}); RSS growth first->last quarter at most {grow:.1f} MB")
    ratio = start["fx"] / start["bare"]
    ok = ratio <= STARTUP_LIMIT
    verdicts.append(ok)
    print(f"start-up: factextract one-article.txt {start['fx']:.2f} s vs bare spaCy line {start['bare']:.2f} s "
          f"= {ratio:.2f}x (target <= {STARTUP_LIMIT}: {'met' if ok else 'NOT met'}); "
          f"factextract --help {start['help']:.2f} s")
    for name in [r["name"] for r in jobs]:
        print(f"check {name}: {check_output(work / (name.replace('-', '') + '.jsonl'), n)}")
    if args.json:
        args.json.write_text(json.dumps({"articles": n, "words": words, "runs": runs, "startup": start},
                                        indent=2), encoding="utf-8")
    sys.exit(0 if all(verdicts) else 1)


if __name__ == "__main__":
    main()

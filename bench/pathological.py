"""Pathological articles through the real CLI: each must end as a record or an error record
within 1.1x the per-article budget, with the peak memory of the run under 1 GB.

    python bench/pathological.py [--timeout 60] [--only numbers-1mb,quotes-200k,numbers-100k]

The three files (made here, from nothing but random digits and words):
  numbers-1mb   1,000,000 bytes of numbers, ten to a line
  quotes-200k   200,000 quote marks, a word between each two
  numbers-100k  100,000 numbers in one paragraph of prose-like filler
Prints, per file: wall time, time over the model's start-up, exit status, what was written
(record with its counts, or the error), and the peak RSS of the process tree.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ENV, MemoryWatch  # noqa: E402

MEMORY_MB = 1024


def make(folder: Path) -> dict[str, Path]:
    rng = random.Random(14)
    files = {}
    lines, size = [], 0
    while size < 1_000_000:
        line = " ".join(str(rng.randrange(10 ** rng.randrange(1, 8))) for _ in range(10))
        lines.append(line)
        size += len(line) + 1
    files["numbers-1mb"] = "\n".join(lines)[:1_000_000]
    words = ["yes", "no", "later", "now", "never"]
    files["quotes-200k"] = " ".join(f'"{rng.choice(words)}' for _ in range(200_000))
    files["numbers-100k"] = "The tally was " + ", ".join(
        f"{rng.randrange(1, 10 ** 6):,}" for _ in range(100_000)) + " in all."
    paths = {}
    for name, text in files.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--only", default=None)
    args = ap.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="factextract-patho-") as tmp:
        paths = make(Path(tmp))
        # start-up of the CLI and model, to tell it apart from the article's own time
        one = Path(tmp) / "one.txt"
        one.write_text("The mayor said on Monday that 3 bridges would reopen.", encoding="utf-8")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factextract", str(one), "--format", "jsonl"],
                       env=ENV, capture_output=True, check=True)
        startup = time.perf_counter() - t
        print(f"start-up (one short article): {startup:.1f} s; budget --timeout {args.timeout:g}")
        for name, path in paths.items():
            if args.only and name not in args.only.split(","):
                continue
            cmd = [sys.executable, "-m", "factextract", str(path), "--format", "jsonl",
                   "--timeout", str(args.timeout)]
            t = time.perf_counter()
            proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            watch = MemoryWatch(proc.pid, every=0.1)
            out, err = proc.communicate()
            wall = time.perf_counter() - t
            watch.finish()
            peak = max((p["hwm"] for p in watch.procs.values()), default=0) / 1024
            row = json.loads(out) if out.strip() else {}
            if "error" in row:
                what = f"error record: {row['error']}"
            else:
                what = (f"record: {len(row.get('figures', []))} figures, {len(row.get('quotes', []))} "
                        f"quotes, {len(row.get('dates', []))} dates, warnings[0]: "
                        f"{(row.get('warnings') or [''])[0][:70]!r}")
            own = wall - startup
            good = bool(row) and own <= 1.1 * args.timeout and peak < MEMORY_MB
            ok &= good
            print(f"{name} ({path.stat().st_size:,} bytes): {wall:.1f} s wall, {own:.1f} s past "
                  f"start-up ({own / args.timeout:.2f}x the budget), exit {proc.returncode}, "
                  f"peak RSS {peak:.0f} MB: {what}: {'OK' if good else 'NOT OK'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

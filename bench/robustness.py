"""The two batch promises shown at full size, through the real CLI:

    python bench/robustness.py [--articles 200] [--jobs 2]

1. a folder of N articles of which 3 are broken (binary, empty, not UTF-8): N-3 records,
   3 error records, exit status 1;
2. a run over a JSONL corpus SIGKILLed half-way, then resumed with --resume: every id exactly
   once, in input order.
Exits 0 when both hold.
"""
from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ENV, build_corpus  # noqa: E402


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "factextract", *args]


def broken_folder(n: int, work: Path, jobs: str) -> bool:
    corpus, _, _ = build_corpus(n - 3, work)
    folder = work / "folder"
    folder.mkdir()
    for line in corpus.open(encoding="utf-8"):
        row = json.loads(line)
        (folder / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
    (folder / "broken-binary.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    (folder / "broken-empty.txt").write_text(" \n\n", encoding="utf-8")
    (folder / "broken-latin1.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    out = work / "folder.jsonl"
    proc = subprocess.run(cli(str(folder), "--out", str(out), "--jobs", jobs), env=ENV,
                          capture_output=True, text=True)
    rows = [json.loads(line) for line in out.open(encoding="utf-8")]
    errors = [r for r in rows if "error" in r]
    ok = proc.returncode == 1 and len(rows) - len(errors) == n - 3 and len(errors) == 3
    print(f"1. folder of {n} with 3 broken: {len(rows) - len(errors)} records, {len(errors)} error "
          f"records, exit {proc.returncode}: {'OK' if ok else 'FAILED'}")
    print(f"   {proc.stderr.strip().splitlines()[-1]}")
    return ok


def killed_and_resumed(n: int, work: Path, jobs: str) -> bool:
    corpus, _, _ = build_corpus(n, work)
    out = work / "resumed.jsonl"
    cmd = cli(str(corpus), "--out", str(out), "--jobs", jobs)
    proc = subprocess.Popen(cmd, env=ENV, stderr=subprocess.DEVNULL)
    while proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= n // 2:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    proc.wait()
    data = out.read_bytes()
    whole, half = data.count(b"\n"), bool(data) and not data.endswith(b"\n")
    print(f"2. killed (SIGKILL) with {whole} of {n} records written"
          f"{' and a half-written last line' if half else ''}")
    again = subprocess.run(cmd + ["--resume"], env=ENV, capture_output=True, text=True)
    ids = [json.loads(line)["id"] for line in out.open(encoding="utf-8")]
    ok = again.returncode == 0 and ids == [f"bench-{i:05d}" for i in range(n)]
    print(f"   resumed: exit {again.returncode}, {len(ids)} records, {len(set(ids))} distinct ids, "
          f"{'in input order' if ok else 'NOT every id once in order'}: {'OK' if ok else 'FAILED'}")
    print(f"   {again.stderr.strip().splitlines()[-1]}")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--jobs", default="2")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="factextract-robust-") as tmp:
        (Path(tmp) / "a").mkdir()
        (Path(tmp) / "b").mkdir()
        ok = broken_folder(args.articles, Path(tmp) / "a", args.jobs)
        ok = killed_and_resumed(args.articles, Path(tmp) / "b", args.jobs) and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

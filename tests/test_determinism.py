"""The same input gives the same record in every run: nothing may hang on Python's hash seed
(the order of a set of strings), which changes from process to process."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SAMPLES = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-m", "factextract", *SAMPLES, "--format", "jsonl"],
                         capture_output=True, text=True, env=env, check=True)
    return out.stdout


def test_records_do_not_depend_on_the_hash_seed():
    assert len(SAMPLES) >= 3
    first = _run("1")
    assert first.count("\n") == len(SAMPLES)
    assert _run("7") == first

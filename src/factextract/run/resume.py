"""Resuming an interrupted run: which ids a JSONL output already holds."""
from __future__ import annotations

from pathlib import Path


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

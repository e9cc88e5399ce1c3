"""Where the data files under `patterns/` live, and loading them once.

In a wheel the folder is shipped inside the package (`factextract/patterns`); in a source
checkout or an editable install it is the repository's top-level `patterns/`.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def patterns_dir() -> Path:
    """The patterns folder: the packaged copy first, then the source tree's."""
    package = Path(__file__).resolve().parent.parent  # factextract/
    for candidate in (package / "patterns", package.parent.parent / "patterns"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("factextract's patterns/ folder is missing from this installation")


@lru_cache(maxsize=None)
def load_jsonl(relpath: str) -> tuple[dict, ...]:
    """Rows of a JSONL file under patterns/ (blank lines and `//` comments skipped)."""
    rows = []
    with open(patterns_dir() / relpath, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("//"):
                rows.append(json.loads(line))
    return tuple(rows)


@lru_cache(maxsize=None)
def load_wordlist(relpath: str) -> frozenset[str]:
    """A plain-text word list under patterns/: one entry a line, `#` starts a comment."""
    words = set()
    with open(patterns_dir() / relpath, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(line)
    return frozenset(words)


@lru_cache(maxsize=None)
def load_groups(relpath: str) -> dict[str, frozenset[str]]:
    """A word list under patterns/ whose lines are "group: entry": group -> lowercase entries."""
    groups: dict[str, set[str]] = {}
    for row in load_wordlist(relpath):
        group, _, entry = row.partition(":")
        groups.setdefault(group.strip(), set()).add(entry.strip().lower())
    return {g: frozenset(w) for g, w in groups.items()}


def jsonl_files(subdir: str) -> list[str]:
    """The JSONL files of a patterns/ subfolder, sorted, as paths relative to patterns/."""
    folder = patterns_dir() / subdir
    return sorted(f"{subdir}/{p.name}" for p in folder.glob("*.jsonl"))

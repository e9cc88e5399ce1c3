"""Folders walked recursively and lazily: sorted, hidden entries skipped, symlink loops cut.

A generator over os.scandir, one folder at a time, so a tree of 100,000 files yields its first
file at once and memory holds one folder's listing per level.
"""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Iterator

# What an article file can be; `.gz` after any of these (or after .warc) is read through gzip.
KINDS = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
         ".jsonl": "jsonl", ".warc": "warc"}


def kind_of(path: Path | str) -> str | None:
    """'text', 'html', 'jsonl' or 'warc' by the file name (gzipped forms too), else None."""
    name = os.path.basename(str(path)).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return KINDS.get(os.path.splitext(name)[1])


def walk(folder: Path, pattern: str | None = None) -> Iterator[Path]:
    """Every article file under `folder`, depth first in sorted order. With `pattern` (a glob
    matched against the path relative to `folder`, and against the file name), only files that
    match it, whatever their suffix; without it, the recognised kinds."""
    seen: set[tuple[int, int]] = set()
    yield from _walk(folder, folder, pattern, seen)


def _walk(root: Path, folder: Path, pattern: str | None, seen: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        st = folder.stat()
    except OSError:
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:  # a symlink back up the tree, or the same folder linked twice
        return
    seen.add(key)
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        if is_dir:
            yield from _walk(root, path, pattern, seen)
        elif is_file and _chosen(root, path, pattern):
            yield path


def _chosen(root: Path, path: Path, pattern: str | None) -> bool:
    if pattern is None:
        return kind_of(path) is not None
    rel = path.relative_to(root).as_posix()
    return fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(path.name, pattern)

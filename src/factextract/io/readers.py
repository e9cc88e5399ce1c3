"""Reading articles from files, folders, standard input and JSONL, with clear input errors.

Every input becomes either an `Article` or an `InputFailure` (never an exception), so one bad
file never costs the rest of a batch.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import BinaryIO, Iterator

from .articles import Article, InputFailure

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_BYTES = 5_000_000  # larger "articles" are almost always dumps, not news


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Text of an article file; raises ValueError with a one-line reason."""
    if len(data) > MAX_BYTES:
        raise ValueError(f"too large for an article ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not text")
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 or pass --encoding"
        ) from None
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}") from None
    if not text.strip():
        raise ValueError("empty text")
    return text


def _article_from_bytes(ident: str, data: bytes, encoding: str) -> Article | InputFailure:
    try:
        return Article(ident, decode(data, encoding))
    except ValueError as exc:
        return InputFailure(ident, str(exc))


def read_jsonl(path: Path, encoding: str = "utf-8") -> Iterator[Article | InputFailure]:
    """Lines `{"id", "text", "published"?, "title"?}`; a bad line fails alone."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                row = json.loads(raw.decode(encoding))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield InputFailure(where, f"not a JSON line ({exc.__class__.__name__})")
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                yield InputFailure(str(row.get("id", where)) if isinstance(row, dict) else where,
                                   'a JSONL line needs a "text" string')
                continue
            ident = str(row.get("id", where))
            if not row["text"].strip():
                yield InputFailure(ident, "empty text")
                continue
            yield Article(ident, row["text"], row.get("published") or None, row.get("title") or None)


def folder_articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def read_inputs(paths: list[str], encoding: str = "utf-8",
                stdin: BinaryIO | None = None) -> Iterator[Article | InputFailure]:
    """Articles of every PATH in order: files, folders (*.txt, *.md, sorted), `-`, *.jsonl."""
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield _article_from_bytes("-", stream.read(), encoding)
            continue
        path = Path(raw)
        if path.is_dir():
            files = folder_articles(path)
            if not files:
                yield InputFailure(raw, "folder has no .txt or .md articles")
            for f in files:
                yield from _read_file(f, str(f), encoding)
        elif path.is_file():
            yield from _read_file(path, raw, encoding)
        elif path.exists():
            yield InputFailure(raw, "not a regular file")
        else:
            yield InputFailure(raw, "no such file or folder")


def _read_file(path: Path, ident: str, encoding: str) -> Iterator[Article | InputFailure]:
    if path.suffix.lower() == ".jsonl":
        try:
            yield from read_jsonl(path, encoding)
        except OSError as exc:
            yield InputFailure(ident, f"cannot read ({exc.strerror})")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(ident, f"cannot read ({exc.strerror})")
        return
    yield _article_from_bytes(ident, data, encoding)


def count_inputs(paths: list[str]) -> int:
    """How many items `read_inputs(paths)` will yield, without decoding any text: files and
    folder entries are counted, JSONL files have their non-blank lines counted in binary
    blocks. Lets a progress bar know its total while memory stays flat."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            total += len(folder_articles(path)) or 1
        elif raw != "-" and path.is_file() and path.suffix.lower() == ".jsonl":
            total += _count_jsonl_lines(path)
        else:
            total += 1  # one article, or one InputFailure
    return total


def _count_jsonl_lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1

"""Reading articles from files, folders, standard input, JSONL, web pages, WARC archives and
URLs, with clear input errors: this module only dispatches, by kind, to the readers beside it.

Every input becomes either an `Article` or an `InputFailure` (never an exception), so one bad
file never costs the rest of a batch.
"""
from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .articles import Article, InputFailure
from .fetch import Fetched, Fetcher, FetchSettings
from .html import MAX_PAGE_BYTES, article_from_html
from .walk import kind_of, walk
from .warc import warc_pages

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
    with (gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")) as fh:
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


def is_url(raw: str) -> bool:
    return raw.lower().startswith(("http://", "https://"))


@dataclass
class Sources:
    """How inputs are read beyond their paths: the format of stdin (or of every file, when
    forced), the --glob pattern for folders, URL lists and the fetch limits."""
    input_format: str = "auto"      # auto | text | html
    glob: str | None = None
    urls_files: list[str] = field(default_factory=list)
    fetch: FetchSettings = field(default_factory=FetchSettings)


def read_inputs(paths: list[str], encoding: str = "utf-8", stdin: BinaryIO | None = None,
                sources: Sources | None = None) -> Iterator[Article | InputFailure]:
    """Articles of every PATH in order, lazily: files by kind (.txt .md .html .htm .jsonl .warc,
    gzipped too), folders walked recursively, `-` for stdin, http(s) URLs fetched (consecutive
    ones concurrently), then the URLs of each --urls file."""
    sources = sources or Sources()
    fetcher: list[Fetcher] = []  # made on first use

    def fetched(urls: Iterable[str]) -> Iterator[Article | InputFailure]:
        if not fetcher:
            fetcher.append(Fetcher(sources.fetch))
        for result in fetcher[0].fetch_all(urls):
            yield _article_from_fetch(result, encoding)

    for urls, run in groupby(paths, key=is_url):
        if urls:
            yield from fetched(list(run))
        else:
            for raw in run:
                yield from _read_path(raw, encoding, stdin, sources)
    for listing in sources.urls_files:
        try:
            urls = _url_list(listing)
        except OSError as exc:
            yield InputFailure(listing, f"cannot read the URL list ({exc.strerror})")
            continue
        yield from fetched(urls)


def _read_path(raw: str, encoding: str, stdin: BinaryIO | None,
               sources: Sources) -> Iterator[Article | InputFailure]:
    """The articles of one PATH that is not a URL: `-`, a folder or a file."""
    if raw == "-":
        data = (stdin if stdin is not None else sys.stdin.buffer).read()
        kind = sources.input_format if sources.input_format != "auto" else _sniff(data)
        yield _article_from_kind("-", data, kind, encoding)
        return
    path = Path(raw)
    if path.is_dir():
        empty = True
        for f in walk(path, sources.glob):
            empty = False
            yield from _read_file(f, str(f), encoding, sources)
        if empty:
            yield InputFailure(raw, "folder has no articles (.txt .md .html .htm .jsonl .warc, gzipped too)"
                               if sources.glob is None else f"no file in the folder matches {sources.glob!r}")
    elif path.is_file():
        yield from _read_file(path, raw, encoding, sources)
    elif path.exists():
        yield InputFailure(raw, "not a regular file")
    else:
        yield InputFailure(raw, "no such file or folder")


def _url_list(listing: str) -> list[str]:
    """The URLs of a --urls file: one a line, blank lines and '#' comments skipped."""
    with open(listing, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip() and not line.lstrip().startswith("#")]


def _sniff(data: bytes) -> str:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<!--")) else "text"


def _article_from_kind(ident: str, data: bytes, kind: str, encoding: str) -> Article | InputFailure:
    if kind == "html":
        if len(data) > MAX_PAGE_BYTES:
            return InputFailure(ident, f"too large for a page (over the limit of {MAX_PAGE_BYTES:,} bytes)")
        return article_from_html(ident, data)
    return _article_from_bytes(ident, data, encoding)


def _article_from_fetch(result: Fetched, encoding: str) -> Article | InputFailure:
    if result.error:
        return InputFailure(result.url, result.error)
    ctype = result.content_type.split(";")[0].strip().lower()
    if ctype in ("text/plain", "text/markdown"):
        return _article_from_bytes(result.url, result.body or b"", encoding)
    if ctype and ctype not in ("text/html", "application/xhtml+xml"):
        return InputFailure(result.url, f"not a web page (content type {ctype})")
    return article_from_html(result.url, result.body or b"", url=result.final_url or result.url)


def _read_file(path: Path, ident: str, encoding: str, sources: Sources) -> Iterator[Article | InputFailure]:
    kind = kind_of(path) or "text"
    if sources.input_format != "auto" and kind in ("text", "html"):
        kind = sources.input_format
    try:
        if kind == "jsonl":
            yield from read_jsonl(path, encoding)
            return
        if kind == "warc":
            for item in warc_pages(path, MAX_PAGE_BYTES):
                yield item if isinstance(item, InputFailure) else article_from_html(item[0], item[1], url=item[0])
            return
        limit = (MAX_PAGE_BYTES if kind == "html" else MAX_BYTES) + 1
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                data = fh.read(limit)
        else:
            with open(path, "rb") as fh:
                data = fh.read(limit)
    except OSError as exc:
        yield InputFailure(ident, f"cannot read ({exc.strerror or exc})")
        return
    except EOFError:
        yield InputFailure(ident, "truncated gzip file")
        return
    yield _article_from_kind(ident, data, kind, encoding)


COUNT_LIMIT = 10_000  # past this, a run's total is left unknown rather than delay its start


def count_inputs(paths: list[str], sources: Sources | None = None) -> int | None:
    """How many items `read_inputs(paths)` will yield, without decoding any text, or None when
    that cannot be known cheaply (a WARC, a tree of more than COUNT_LIMIT files). Lets a progress
    bar know its total while the run starts at once and memory stays flat."""
    sources = sources or Sources()
    total = 0
    for raw in paths:
        path = Path(raw)
        local = raw != "-" and not is_url(raw)
        if local and path.is_dir():
            found = 0
            for f in walk(path, sources.glob):
                counted = _count_file(f)
                if counted is None:
                    return None
                found += counted
                if found > COUNT_LIMIT:
                    return None
            total += found or 1
        elif local and path.is_file():
            counted = _count_file(path)
            if counted is None:
                return None
            total += counted
        else:
            total += 1  # one article, or one InputFailure
    for listing in sources.urls_files:
        try:
            total += len(_url_list(listing))
        except OSError:
            total += 1
    return total


def has_costly_inputs(paths: list[str], sources: Sources | None = None) -> bool:
    """Whether reading the inputs is itself costly (web pages to parse, URLs to fetch, archives
    to unpack, stdin that can be read once), so that a caller should read them only once. Looks
    at names only: a folder is walked until its first page or archive."""
    sources = sources or Sources()
    if sources.urls_files or sources.input_format == "html":
        return True
    for raw in paths:
        if raw == "-" or is_url(raw):
            return True
        path = Path(raw)
        files = walk(path, sources.glob) if path.is_dir() else [path]
        if any(kind_of(f) in ("html", "warc") for f in files):
            return True
    return False


def _count_file(path: Path) -> int | None:
    kind = kind_of(path)
    if kind == "warc":
        return None
    if kind == "jsonl" and not path.name.lower().endswith(".gz"):
        return _count_jsonl_lines(path)
    return 1


def _count_jsonl_lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1

"""Web archives (WARC, WARC.gz) read with warcio: every `response` record whose HTTP body is
HTML is a page, its id the record's WARC-Target-URI.

Records are streamed one at a time and a body is read only up to the page size limit, so memory
stays flat however large the archive. A damaged or truncated archive ends in one error record
after the pages that could be read.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .articles import InputFailure

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_pages(path: Path, max_bytes: int) -> Iterator[tuple[str, bytes] | InputFailure]:
    """(target URI, HTML body) per HTML response, or an InputFailure for a record too large,
    and one for the archive if it breaks off."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if not ctype.startswith(HTML_TYPES):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{count + 1}"
                count += 1
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield InputFailure(uri, f"too large for a page (over {max_bytes:,} bytes)")
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside this record
                    yield InputFailure(str(path), f"truncated WARC: it ends inside the record of {uri} "
                                                  f"(after {count - 1} complete pages)")
                    return
                yield uri, body
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        what = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        yield InputFailure(str(path), f"damaged or truncated WARC after {count} pages ({what})")
    except Exception as exc:  # noqa: BLE001 - zlib and parser errors of a broken archive
        yield InputFailure(str(path), f"damaged or truncated WARC after {count} pages "
                                      f"({exc.__class__.__name__}: {exc})")

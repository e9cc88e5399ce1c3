"""`--format html`: one self-contained page for all the records of a run.

Sections are spooled to a temporary file as records arrive (memory stays flat however many
articles), and the page is assembled on close, when the contents list can be written first.
The text of an article comes from the record's `text` attribute, which the CLI sets for this
format; a record without it is listed with its facts but nothing highlighted.
"""
from __future__ import annotations

import shutil
import tempfile
from html import escape
from typing import IO

from ...records import ErrorRecord, Record
from .article import article_section, fact_count
from .page import contents, foot, head, legend, type_filter


class HtmlWriter:
    """Collects article sections; `close()` writes the page to `out`."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8")
        self.entries: list[tuple[str, str]] = []

    def write(self, record: Record | ErrorRecord) -> None:
        anchor = f"a{len(self.entries) + 1}"
        self.spool.write(article_section(record, anchor, getattr(record, "text", None)))
        if isinstance(record, ErrorRecord):
            label = f"{escape(record.id)} <span class=\"error\">(error)</span>"
        else:
            label = f"{escape(record.title or record.id)} <span class=\"v\">({fact_count(record)} facts)</span>"
        self.entries.append((anchor, label))

    def close(self) -> None:
        n = len(self.entries)
        self.out.write(head(f"factextract: {n} article{'s' if n != 1 else ''}"))
        self.out.write(f"<header><h1>factextract: {n} article{'s' if n != 1 else ''}</h1>\n")
        self.out.write(legend() + type_filter() + "</header>\n")
        if n > 1:
            self.out.write(contents(self.entries))
        self.out.write("<main>\n")
        self.spool.seek(0)
        shutil.copyfileobj(self.spool, self.out)
        self.spool.close()
        self.out.write("</main>\n" + foot())
        self.out.flush()

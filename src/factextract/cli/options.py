"""What every command shares: output formats, the options that mean the same everywhere,
colour and error reporting on stderr."""
from __future__ import annotations

import os
import re
import sys
from datetime import date
from enum import Enum
from typing import Optional

import typer

class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"
    sqlite = "sqlite"  # extract only: a fact store (see store/)


def use_color(stream) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def err(message: str) -> None:
    print(f"factextract: {message}", file=sys.stderr)


def check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter("use YYYY-MM-DD, e.g. 2025-10-19")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value} is not a calendar date") from None
    return value


# Options that mean the same for every command that reads articles.
OUT_OPTION = typer.Option(None, "--out", "-o", help="Write output to this file instead of stdout.")
ENCODING_OPTION = typer.Option("utf-8", "--encoding", help="Text encoding of the input files.")


# Options for web inputs (pages, URLs, archives), shared by the commands that read articles.
WITH_TEXT_OPTION = typer.Option(False, "--with-text", help='Add "text" to each record: the text the offsets index (for a web page, the extracted main text).')
INPUT_FORMAT_OPTION = typer.Option("auto", "--input-format", help="auto (by file suffix; stdin sniffed), text or html: how files and stdin are read.")
GLOB_OPTION = typer.Option(None, "--glob", help="In folders, read only files matching this pattern (against the path below the folder or the file name), e.g. '*.html'.")
URLS_OPTION = typer.Option(None, "--urls", help="A file of URLs to fetch, one a line ('#' comments); may be repeated.")
FETCH_TIMEOUT_OPTION = typer.Option(20.0, "--fetch-timeout", min=0.1, help="Seconds one URL may take, retries and redirects included.")
PER_HOST_OPTION = typer.Option(2, "--per-host", min=1, help="Requests at a time to one host.")
RETRIES_OPTION = typer.Option(2, "--retries", min=0, help="Retries (with backoff) after HTTP 429/5xx or a dropped connection.")


UNATTRIBUTED_QUOTES_OPTION = typer.Option(
    False, "--unattributed-quotes",
    help='Keep the quotations whose speaker the article does not make clear, with "speaker": null '
         '(left out by default; a warning names each).')


def trim_record(record, keep_text: bool, vague_dates: bool, unattributed_quotes: bool = False) -> None:
    """Leave out of a record what the run did not ask for: the text (unless --with-text or a
    format that shows it), the vague dates (unless --vague-dates) and the quotations with no
    speaker (unless --unattributed-quotes): neither is a fact a reader can check, and the
    warnings still name each such quotation. Error records pass as they are."""
    from ..records import Record

    if not isinstance(record, Record):
        return
    if not keep_text:
        record.text = None
    if not vague_dates:
        record.dates = [d for d in record.dates if not d.vague]
    if not unattributed_quotes:
        record.quotes = [q for q in record.quotes if q.speaker is not None]


def make_sources(input_format: str, glob: Optional[str], urls: Optional[list], fetch_timeout: float,
                 per_host: int, retries: int):
    """The readers' Sources from the web options (checked: a bad value is a usage error)."""
    from ..io.fetch import FetchSettings
    from ..io.readers import Sources

    if input_format not in ("auto", "text", "html"):
        raise typer.BadParameter("use auto, text or html", param_hint="--input-format")
    return Sources(input_format=input_format, glob=glob, urls_files=list(urls or []),
                   fetch=FetchSettings(timeout=fetch_timeout, per_host=per_host, retries=retries))

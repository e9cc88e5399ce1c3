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

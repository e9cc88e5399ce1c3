"""`factextract ask facts.db --person NAME | --organisation NAME | --place NAME |
--quote-search WORDS | --figures-counting WORDS`: questions across every article of a store."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .options import OUT_OPTION, err, use_color


TABLE_LIMIT = 20   # rows per section a person reads (Rich tables also cost ~1 ms a row)
DATA_LIMIT = 100


class AskFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def ask_command(
    database: Path = typer.Argument(..., metavar="DATABASE", help="A fact store written by 'factextract ... --out facts.db'."),
    person: Optional[str] = typer.Option(None, "--person", help="Articles naming this person, their aliases and the quotes they said."),
    organisation: Optional[str] = typer.Option(None, "--organisation", "--organization", help="Articles naming this organisation, with its aliases."),
    place: Optional[str] = typer.Option(None, "--place", help="Articles naming this place, with its aliases."),
    quote_search: Optional[str] = typer.Option(None, "--quote-search", metavar="WORDS", help="Quotes holding every one of these words (stemmed)."),
    figures_counting: Optional[str] = typer.Option(None, "--figures-counting", metavar="WORDS", help="Figures counting this (e.g. defectors), oldest article first."),
    fmt: Optional[AskFormat] = typer.Option(None, "--format", "-f", help="Output format [default: table on a terminal, else jsonl]."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0,
                                        help="Rows per section at most (0: all) [default: 20 in a table, else 100]; a cut section is said on stderr."),
    out: Optional[Path] = OUT_OPTION,
) -> None:
    """Ask one question across every article in a fact store.

    Names match as 'factextract compare' matches them: case, accents, hyphens, spacing and a
    leading honorific do not matter ("Mr Hong Min" = "hong min" = "Hong-min"); an alias
    ("JCS") finds its entity; a surname alone or an acronym alone stands for the one fuller
    name it fits. The same questions are SQL views in the database (see README: "Fact store").

    Exit status: 0 answered (even with no rows), 1 the database cannot be read (missing, not
    a fact store, another schema version), 2 usage error (not exactly one question)."""
    from ..store import SchemaError, open_store
    from ..store.queries import Questions
    from ..store.render import write_answer

    asked = [(k, v) for k, v in (("person", person), ("organisation", organisation), ("place", place),
                                 ("quote-search", quote_search), ("figures-counting", figures_counting))
             if v is not None]
    if len(asked) != 1:
        err("ask one question: --person, --organisation, --place, --quote-search or --figures-counting")
        raise typer.Exit(2)
    kind, text = asked[0]
    try:
        conn = open_store(database, write=False)
    except SchemaError as exc:
        err(str(exc))
        raise typer.Exit(1)
    fmt_name = fmt.value if fmt else ("table" if out is None and sys.stdout.isatty() else "jsonl")
    if limit is None:
        limit = TABLE_LIMIT if fmt_name == "table" else DATA_LIMIT
    questions = Questions(conn, limit=limit)
    try:
        if kind == "quote-search":
            answer = questions.quote_search(text)
        elif kind == "figures-counting":
            answer = questions.figures_counting(text)
        else:
            answer = questions.entity(kind, text)
    finally:
        conn.close()
    for note in answer.notes:
        err(note)
    for s in answer.sections:
        if s.more:
            err(f"{s.name}: the first {limit} rows shown (--limit 0 shows all)")
    stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        write_answer(answer, fmt_name, stream, color=out is None and use_color(sys.stdout))
    except BrokenPipeError:
        os._exit(0)
    finally:
        if out:
            stream.close()

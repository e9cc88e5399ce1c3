"""Answers of `ask` in every format: Rich tables for people; JSON, JSONL and CSV for tools."""
from __future__ import annotations

import csv
import json
from typing import IO

from .queries import Answer


def write_answer(answer: Answer, fmt: str, out: IO[str], color: bool) -> None:
    if fmt == "json":
        doc = {"question": answer.question, "query": answer.query}
        for s in answer.sections:
            doc[s.name] = s.rows
        doc["truncated"] = [s.name for s in answer.sections if s.more]
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for s in answer.sections:
            for row in s.rows:
                out.write(json.dumps({"section": s.name, **row}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        columns = ["section"]
        for s in answer.sections:
            columns += [c for c in s.columns if c not in columns]
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for s in answer.sections:
            for row in s.rows:
                cells = {"section": s.name, **row}
                writer.writerow([_cell(cells.get(c)) for c in columns])
    else:
        _tables(answer, out, color)
    out.flush()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _tables(answer: Answer, out: IO[str], color: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, no_color=not color, force_terminal=color or None, highlight=False,
                      soft_wrap=False)
    for s in answer.sections:
        title = f"{s.name.capitalize()} ({len(s.rows)}{'+' if s.more else ''})"
        if not s.rows:
            console.print(f"{title}: none")
            continue
        table = Table(title=title, title_justify="left")
        for c in s.columns:
            table.add_column(c, overflow="fold")
        for row in s.rows:
            table.add_row(*(_cell(row.get(c)) for c in s.columns))
        console.print(table)

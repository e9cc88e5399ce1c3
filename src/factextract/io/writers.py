"""Output formats: a Rich table view for people, JSON/JSONL/CSV for machines, an HTML page
(html_view/) with the facts highlighted in the text.

Records reach JSON only through records.to_dict, so every format shows the same contract.
"""
from __future__ import annotations

import csv
from typing import IO, Iterable

from rich.console import Console
from rich.table import Table

from ..records import ErrorRecord, Record, to_dict, to_json
from .html_view import HtmlWriter

CSV_COLUMNS = ("id", "fact", "text", "start", "end", "value", "unit", "grain", "qualifier",
               "mod", "counted", "speaker", "kind")


class Writer:
    """Streams records to `out` in one format; `close()` finishes what needs an ending."""

    def __init__(self, fmt: str, out: IO[str], color: bool) -> None:
        self.fmt, self.out, self.count = fmt, out, 0
        if fmt == "table":
            self.console = Console(file=out, no_color=not color, force_terminal=color or None,
                                   highlight=False, soft_wrap=False)
        if fmt == "html":
            self.html = HtmlWriter(out)
        if fmt == "csv":
            self.csv = csv.writer(out, lineterminator="\n")
            self.csv.writerow(CSV_COLUMNS)

    def write(self, record: Record | ErrorRecord) -> None:
        if self.fmt == "jsonl":
            self.out.write(to_json(record) + "\n")
        elif self.fmt == "json":
            # one article -> one object; more -> an array (the first is held until we know)
            if self.count == 0:
                self._first = record
            else:
                if self.count == 1:
                    self.out.write("[\n" + to_json(self._first, indent=2))
                self.out.write(",\n" + to_json(record, indent=2))
        elif self.fmt == "csv":
            self.csv.writerows(csv_rows(record))
        elif self.fmt == "html":
            self.html.write(record)
        elif isinstance(record, Record):
            render_table(self.console, record)
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "html":
            self.html.close()
        if self.fmt == "json":
            if self.count == 1:
                self.out.write(to_json(self._first, indent=2) + "\n")
            else:
                self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


def csv_rows(record: Record | ErrorRecord) -> Iterable[list]:
    """One row per fact (one per mention for entities), columns CSV_COLUMNS."""
    if isinstance(record, ErrorRecord):
        yield [record.id, "error", record.error] + [""] * (len(CSV_COLUMNS) - 3)
        return

    def row(fact: str, **cols) -> list:
        cols.update(id=record.id, fact=fact)
        return ["" if cols.get(c) is None else cols.get(c) for c in CSV_COLUMNS]

    for key in ("title", "published", "source"):
        if getattr(record, key):
            yield row(key, text=getattr(record, key), value=getattr(record, key))
    for fact, entities in (("person", record.people), ("organisation", record.organisations),
                           ("place", record.places)):
        for ent in entities:
            for m in ent.mentions:
                yield row(fact, text=m.text, start=m.start, end=m.end, value=ent.name)
    for d in record.dates:
        yield row("date", **{k: v for k, v in to_dict(d).items() if k in CSV_COLUMNS})
    for f in record.figures:
        yield row("figure", **{k: v for k, v in to_dict(f).items() if k in CSV_COLUMNS})
    for q in record.quotes:
        yield row("quote", **{k: v for k, v in to_dict(q).items() if k in CSV_COLUMNS})


def _table(title: str, columns: list[str]) -> Table:
    table = Table(title=title, title_justify="left", expand=False, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    return table


def render_table(console: Console, record: Record) -> None:
    console.rule(f"[bold]{record.id}")
    head = _table("Article", ["field", "value"])
    head.add_row("title", record.title or "—")
    head.add_row("published", record.published or "—")
    head.add_row("source", record.source or "—")
    console.print(head)
    for label, entities in (("People", record.people), ("Organisations", record.organisations),
                            ("Places", record.places)):
        if entities:
            t = _table(label, ["name", "aliases", "mentions", "first at"])
            for e in entities:
                t.add_row(e.name, ", ".join(e.aliases), str(len(e.mentions)),
                          f"{e.mentions[0].start}–{e.mentions[0].end}" if e.mentions else "")
            console.print(t)
    if record.dates:
        t = _table("Dates", ["text", "value", "grain", "mod", "at"])
        for d in record.dates:
            value = d.value if d.low is None else f"{d.low} … {d.high}"
            t.add_row(d.text, value or "?", d.grain or "", d.mod or "", f"{d.start}–{d.end}")
        console.print(t)
    if record.figures:
        t = _table("Figures", ["text", "value", "unit", "qualifier", "counted", "at"])
        for f in record.figures:
            value = f"{f.low:g}–{f.high:g}" if f.value is None and f.low is not None else (
                f"{f.value:g}" if isinstance(f.value, (int, float)) else "?")
            t.add_row(f.text, value, f.unit or "", f.qualifier or "", f.counted or "", f"{f.start}–{f.end}")
        console.print(t)
    if record.quotes:
        t = _table("Quotes", ["quote", "speaker", "cue", "kind", "at"])
        for q in record.quotes:
            t.add_row(f"“{q.text}”", q.speaker or "?", q.cue or "", q.kind, f"{q.start}–{q.end}")
        console.print(t)
    for w in record.warnings:
        console.print(f"[yellow]warning:[/] {w}")
    console.print()

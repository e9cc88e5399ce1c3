"""Showing a Comparison: a Rich table per status for people, one JSON document for machines
(through records.to_json, like every other output)."""
from __future__ import annotations

from typing import IO, Mapping

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .pairing import Comparison, Evidence, Finding
from ..records import to_json

TITLES = (("corroborated", "Corroborated: reported by two or more articles", "green"),
          ("conflicts", "Conflicts: articles disagree", "red"),
          ("single_source", "Single-source: one article only", "yellow"))
_CLIP = 70


def _clip(text: str, width: int = _CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _shown(value) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,g}"
    if isinstance(value, list):
        return "–".join(_shown(v) for v in value)
    return str(value)


def _evidence_line(ev: Evidence, number: dict[str, int]) -> str:
    said = f" → {_shown(ev.value)}" if ev.value is not None and _shown(ev.value) != ev.text else ""
    return escape(f"({number[ev.id]}) {ev.start}–{ev.end} “{_clip(ev.text)}”{said}")


def _what(f: Finding) -> str:
    what = escape(_clip(f.label, 60))
    if f.status == "conflict":
        what += "\n[bold]" + escape(" ≠ ".join(str(v) for v in f.values)) + f"[/]\n[italic]{f.reason}[/]"
    return what


def render_comparison(console: Console, result: Comparison) -> None:
    console.rule(f"[bold]Comparing {len(result.articles)} articles")
    number = {}
    for n, ident in enumerate(result.articles, start=1):
        number.setdefault(ident, n)
        console.print(f"  ({n}) {ident}", markup=False)
    console.print()
    for attr, title, colour in TITLES:
        findings: list[Finding] = getattr(result, attr)
        if not findings:
            hidden = result.summary.get(attr, 0)
            console.print(f"[{colour}]{title}[/]: " + (f"{hidden} left out\n" if hidden else "none\n"))
            continue
        table = Table(title=f"[{colour}]{title}[/] ({len(findings)})", title_justify="left",
                      show_lines=True)
        for col in ("fact", "what", "in", "evidence: (article) offsets “text” → value"):
            table.add_column(col, overflow="fold")
        for f in findings:
            table.add_row(f.fact, _what(f), ", ".join(str(number[a]) for a in f.articles),
                          "\n".join(_evidence_line(ev, number) for ev in f.evidence))
        console.print(table)
        console.print()
    s = result.summary
    console.print(f"{s['corroborated']} corroborated, {s['conflicts']} in conflict, "
                  f"{s['single_source']} single-source")


def write_comparison(result: Comparison, fmt: str, out: IO[str], color: bool = False,
                     texts: Mapping[str, str] | None = None) -> None:
    """`texts` (article id -> text) lets the html format show each evidence sentence."""
    if fmt == "html":
        from .html import write_comparison_html

        write_comparison_html(result, texts or {}, out)
        return
    if fmt == "json":
        out.write(to_json(result, indent=2) + "\n")
    else:
        console = Console(file=out, no_color=not color, force_terminal=color or None,
                          highlight=False, soft_wrap=False)
        render_comparison(console, result)
    out.flush()

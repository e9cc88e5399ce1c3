"""One article's section of the page: its text with every fact highlighted, and a panel per
fact type listing the facts with links to their place in the text."""
from __future__ import annotations

from collections import defaultdict
from html import escape

from ...records import ErrorRecord, Record
from .page import TYPE_NAMES
from .spans import FACT_TYPES, Span, highlight, record_spans

_CLIP = 80


def _clip(text: str, width: int = _CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def fact_count(record: Record) -> int:
    """The facts a page highlights for a record: every entity mention, date, figure and quote."""
    mentions = sum(len(e.mentions) for e in record.people + record.organisations + record.places)
    return mentions + len(record.dates) + len(record.figures) + len(record.quotes)


def _panels(spans: list[Span]) -> str:
    by_type: dict[str, list[Span]] = defaultdict(list)
    for s in spans:
        by_type[s.fact].append(s)
    out = []
    for fact in FACT_TYPES:
        items = by_type.get(fact)
        if not items:
            continue
        if fact in ("person", "organisation", "place"):
            names: dict[str, list[Span]] = defaultdict(list)
            for s in items:
                names[s.attrs["name"]].append(s)
            rows = [f"{escape(name)} " + " ".join(
                        f'<a href="#{s.ident}" title="{escape(s.text)} at {s.start}">{n}</a>'
                        for n, s in enumerate(ms, start=1))
                    for name, ms in names.items()]
            count = f"{len(names)}, {len(items)} mentions"
        else:
            rows = [f'<a href="#{s.ident}">{escape(_clip(s.text))}</a> <span class="v">{escape(s.tip)}</span>'
                    for s in sorted(items, key=lambda s: s.start)]
            count = str(len(items))
        lis = "".join(f"<li>{r}</li>" for r in rows)
        out.append(f'<details open class="panel p-{fact}"><summary>{TYPE_NAMES[fact].capitalize()} '
                   f'({count})</summary><ul>{lis}</ul></details>')
    return "\n".join(out)


def article_section(record: Record | ErrorRecord, anchor: str, text: str | None) -> str:
    """The HTML of one record; `text` is the article as read (offsets point into it)."""
    ident = escape(record.id)
    if isinstance(record, ErrorRecord):
        return (f'<article class="doc" id="{anchor}"><h2>{ident}</h2>'
                f'<p class="error">could not be read: {escape(record.error)}</p></article>\n')
    spans = record_spans(record)
    for n, s in enumerate(spans):
        s.ident = f"{anchor}-f{n}"
    meta = [f"id {ident}", f"published {escape(record.published or '—')}",
            f"source {escape(record.source or '—')}", f"{len(spans)} facts"]
    if text is None:
        body = '<p class="error">the article text was not given, so nothing can be highlighted</p>'
        spans_html = ""
    else:
        body = f'<div class="text">{highlight(text, spans)}</div>'
        spans_html = _panels(spans)
    warnings = "".join(f"<li>{escape(w)}</li>" for w in record.warnings)
    return (f'<article class="doc" id="{anchor}" data-id="{ident}" data-facts="{len(spans)}">'
            f"<h2>{escape(record.title or record.id)}</h2>"
            f'<p class="meta">{" · ".join(meta)}</p>'
            f'<div class="cols">{body}<aside class="panels">{spans_html}</aside></div>'
            + (f'<ul class="warnings">{warnings}</ul>' if warnings else "") + "</article>\n")

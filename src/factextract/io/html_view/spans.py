"""Facts as highlight spans, and article text turned into escaped HTML with every span marked.

Facts overlap: a figure or a name inside a quote, a date inside a figure's phrase. Spans that
nest become nested elements. A span that crosses another's edge is closed at that edge and
reopened after it; only its first piece carries `data-fact`, so the page has exactly one
`data-fact` element per fact, and none is dropped.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from ...records import DateFact, Figure, Quote, Record

# The fact types a page highlights, outermost first when two spans cover the same text.
FACT_TYPES = ("quote", "date", "figure", "person", "organisation", "place")
LABELS: dict[str, str] = {"quote": "quote", "date": "date", "figure": "figure", "person": "person",
          "organisation": "org", "place": "place"}
_RANK = {t: i for i, t in enumerate(FACT_TYPES)}


@dataclass
class Span:
    """One highlighted fact: its type, offsets, the words and what it normalises to."""
    fact: str
    start: int
    end: int
    text: str
    tip: str                      # the normalised value, shown on hover and focus
    ident: str = ""               # the element id, so panels can link to it
    attrs: dict[str, str] = field(default_factory=dict)  # extra data-* attributes


def number_text(value) -> str:
    """A number as the pages show it: whole floats without ".0", thousands separated."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def date_tip(d: DateFact) -> str:
    parts = [f"value {d.value if d.value is not None else '?'}", f"grain {d.grain or '—'}"]
    if d.mod:
        parts.append(f"mod {d.mod}")
    if d.low is not None or d.high is not None:
        parts.append(f"from {d.low} to {d.high}")
    if d.anchor:
        parts.append(f"anchor {d.anchor}")
    return " · ".join(parts)


def figure_tip(f: Figure) -> str:
    if f.value is None and f.low is not None:
        value = f"{number_text(f.low)}–{number_text(f.high)}"
    else:
        value = number_text(f.value) if f.value is not None else "?"
    parts = [f"value {value}", f"unit {f.unit or '—'}", f"qualifier {f.qualifier or '—'}",
             f"counted {f.counted or '—'}"]
    return " · ".join(parts)


def quote_tip(q: Quote) -> str:
    return f"speaker {q.speaker or '?'} · cue {q.cue or '—'} · {q.kind}"


def record_spans(record: Record) -> list[Span]:
    """Every fact of a record as a span: each entity mention, date, figure and quote."""
    spans: list[Span] = []
    for fact, entities in (("person", record.people), ("organisation", record.organisations),
                           ("place", record.places)):
        for ent in entities:
            aliases = f" (also {', '.join(ent.aliases)})" if ent.aliases else ""
            for m in ent.mentions:
                spans.append(Span(fact, m.start, m.end, m.text, f"{ent.name}{aliases}",
                                  attrs={"name": ent.name}))
    spans += [Span("date", d.start, d.end, d.text, date_tip(d), attrs={"value": d.value or ""})
              for d in record.dates]
    spans += [Span("figure", f.start, f.end, f.text, figure_tip(f)) for f in record.figures]
    spans += [Span("quote", q.start, q.end, q.text, quote_tip(q), attrs={"speaker": q.speaker or ""})
              for q in record.quotes]
    return spans


def _open(span: Span, first: bool) -> str:
    attrs = [f'class="f f-{span.fact}{"" if first else " cont"}"']
    if first:
        attrs += [f'id="{escape(span.ident)}"' if span.ident else "",
                  f'data-fact="{span.fact}"', f'data-start="{span.start}"', f'data-end="{span.end}"',
                  f'data-label="{LABELS[span.fact]}"', f'data-tip="{escape(span.tip)}"',
                  'tabindex="0"']
        attrs += [f'data-{k}="{escape(v)}"' for k, v in span.attrs.items()]
    else:  # a piece of a span cut by another's edge: styled alike, not counted again
        attrs.append(f'data-part-of="{escape(span.ident)}"')
    return "<mark " + " ".join(a for a in attrs if a) + ">"


def highlight(text: str, spans: Iterable[Span], offset: int = 0) -> str:
    """`text` as escaped HTML with a <mark> per span. `text` may be a slice of an article that
    starts at `offset`: spans keep their article offsets in `data-start`/`data-end` and are
    clipped to the slice."""
    n = len(text)
    where: dict[int, tuple[int, int]] = {}   # id(span) -> its (start, end) inside text
    starts: dict[int, list[Span]] = defaultdict(list)
    bounds = {0, n}
    for s in spans:
        a = max(0, min(s.start - offset, n))
        b = max(a, min(s.end - offset, n))
        where[id(s)] = (a, b)
        starts[a].append(s)
        bounds.update((a, b))

    def end(s: Span) -> int:
        return where[id(s)][1]

    def order(s: Span) -> tuple[int, int]:  # longer first, then outer types first
        return (-end(s), _RANK.get(s.fact, len(_RANK)))

    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for b in sorted(bounds):
        out.append(escape(text[pos:b], quote=False))
        pos = b
        if any(end(s) == b for s in stack):
            cut: list[Span] = []
            while any(end(s) == b for s in stack):
                s = stack.pop()
                out.append("</mark>")
                if end(s) != b:
                    cut.append(s)
            for s in sorted(cut, key=order):
                out.append(_open(s, first=False))
                stack.append(s)
        for s in sorted(starts.get(b, ()), key=order):
            out.append(_open(s, first=True))
            if end(s) == b:  # an empty span still gets its element
                out.append("</mark>")
            else:
                stack.append(s)
    out.append("</mark>" * len(stack))
    return "".join(out)

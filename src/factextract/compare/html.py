"""`factextract compare --format html`: corroborated, conflicting and single-source facts, each
with the evidence sentence of every article that reports it, the fact highlighted in it.

Uses the article view's page (head, legend, filter) and highlighting, so a fact looks the same
in both pages: an element with `data-fact`, `data-start`, `data-end` (offsets into its article)
and `data-article` per evidence item."""
from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import IO

from ..io.html_view.page import contents, foot, head, legend, type_filter
from ..io.html_view.spans import LABELS, Span, highlight, number_text
from .context import Sentences
from .pairing import Comparison, Evidence, Finding
from .render import TITLES

_CONTEXT = 300  # characters kept on each side of the fact when a "sentence" runs on and on


def _shown(value) -> str:
    """A value as the article view shows it; a range as its ends joined by a dash."""
    if isinstance(value, list):
        return "–".join(_shown(v) for v in value)
    return number_text(value)


def evidence_tip(ev: Evidence) -> str:
    """What the article says the fact is: value and, where they apply, unit, qualifier,
    counted thing, grain and speaker."""
    parts = [f"value {_shown(ev.value)}"] if ev.value is not None else []
    for key in ("unit", "qualifier", "counted", "grain", "speaker"):
        if getattr(ev, key) is not None:
            parts.append(f"{key} {getattr(ev, key)}")
    return " · ".join(parts) or ev.text


class _Sentences:
    """Sentence finders per article id, built once each."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts, self.found = texts, {}

    def around(self, ident: str, start: int, end: int) -> tuple[str, int, bool, bool] | None:
        """The sentence(s) holding text[start:end], its offset, and whether it was cut short
        at the start or end."""
        text = self.texts.get(ident)
        if text is None:
            return None
        if ident not in self.found:
            self.found[ident] = Sentences(text)
        s, e = self.found[ident].span(start, end)
        cut_s, cut_e = max(s, start - _CONTEXT), min(e, end + _CONTEXT)
        return text[cut_s:cut_e], cut_s, cut_s > s, cut_e < e


def _card(ev: Evidence, fact: str, number: Mapping[str, int], sentences: _Sentences, ident: str) -> str:
    span = Span(fact, ev.start, ev.end, ev.text, evidence_tip(ev), ident, {"article": ev.id})
    found = sentences.around(ev.id, ev.start, ev.end)
    if found is None:  # no text for this article: the evidence alone, still one element
        body = highlight(ev.text, [span], offset=ev.start)
    else:
        sentence, offset, cut_start, cut_end = found
        body = ("…" if cut_start else "") + highlight(sentence, [span], offset=offset) + ("…" if cut_end else "")
    said = f" → {escape(_shown(ev.value))}" if ev.value is not None and _shown(ev.value) != ev.text else ""
    return (f'<div class="card"><div class="card-head">({number[ev.id]}) {escape(ev.id)} · '
            f'{ev.start}–{ev.end}{said}</div><div class="sentence">{body.strip()}</div></div>')


def _finding(f: Finding, key: str, number: Mapping[str, int], sentences: _Sentences) -> str:
    values = " ≠ " if f.status == "conflict" else " / "
    head_html = [f'<span class="kind f-{f.fact}">{LABELS.get(f.fact, f.fact)}</span>',
                 f"<strong>{escape(f.label)}</strong>",
                 "values " + escape(values.join(_shown(v) for v in f.values)),
                 "in " + ", ".join(f"({number[a]})" for a in f.articles)]
    if f.reason:
        head_html.append(f'<span class="reason">{escape(f.reason)}</span>')
    cards = "".join(_card(ev, f.fact, number, sentences, f"{key}-e{n}") for n, ev in enumerate(f.evidence))
    return (f'<div class="finding t-{f.fact}" id="{key}" data-status="{f.status}">'
            f'<div class="finding-head">{" · ".join(head_html)}</div>'
            f'<div class="evidence">{cards}</div></div>\n')


def write_comparison_html(result: Comparison, texts: Mapping[str, str], out: IO[str]) -> None:
    """The comparison as one self-contained page; `texts` maps article id to its text."""
    number: dict[str, int] = {}
    for n, ident in enumerate(result.articles, start=1):
        number.setdefault(ident, n)
    sentences = _Sentences(texts)
    s = result.summary
    title = f"factextract compare: {len(result.articles)} articles"
    out.write(head(title) + f"<header><h1>{escape(title)}</h1>\n")
    out.write(f'<p class="summary">{s["corroborated"]} corroborated, {s["conflicts"]} in conflict, '
              f'{s["single_source"]} single-source</p>\n<ol class="summary">')
    out.write("".join(f"<li>{escape(ident)}</li>" for ident in result.articles) + "</ol>\n")
    out.write(legend() + type_filter() + "</header>\n")
    out.write(contents([(attr, f"{escape(title)} ({len(getattr(result, attr))})")
                        for attr, title, _ in TITLES]))
    out.write("<main>\n")
    for attr, title, _ in TITLES:
        findings: list[Finding] = getattr(result, attr)
        out.write(f'<section class="status {attr}" id="{attr}"><h2>{escape(title)} ({len(findings)})</h2>\n')
        if not findings:
            hidden = s.get(attr, 0)
            out.write(f"<p>{f'{hidden} left out' if hidden else 'none'}</p>\n")
        for n, f in enumerate(findings):
            out.write(_finding(f, f"{attr}-{n}", number, sentences))
        out.write("</section>\n")
    out.write("</main>\n" + foot())
    out.flush()

"""--format html: one data-fact element per fact with true offsets, overlapping facts nested or
split (never dropped), article text escaped, nothing loaded from outside; the comparison page
shows every evidence item highlighted in its sentence."""
from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import subprocess
import sys
from collections import Counter

from conftest import SAMPLES
from htmlfacts import Page

from factextract.io.html_view import HtmlWriter, fact_count, record_spans
from factextract.io.html_view.page import asset
from factextract.records import (
    DateFact,
    Entity,
    ErrorRecord,
    Figure,
    Mention,
    Quote,
    Record,
)


def render(*records: Record | ErrorRecord) -> str:
    out = io.StringIO()
    writer = HtmlWriter(out)
    for r in records:
        writer.write(r)
    writer.close()
    return out.getvalue()


def at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def overlapping_record() -> Record:
    """A quote holding a figure, a date and a name; a date crossing the quote's end; one span
    that is both a place and an organisation."""
    text = 'Ms Kim said "Sales rose 12 percent in May at Acme," on Friday in Seoul.\n'
    q, fig, may, acme = at(text, "Sales rose 12 percent in May at Acme,"), at(text, "12 percent"), at(text, "May"), at(text, "Acme")
    cross, seoul, kim = (may[0], at(text, "Friday")[1]), at(text, "Seoul"), at(text, "Kim")
    return Record(
        id="overlap", text=text,
        people=[Entity("Kim", mentions=[Mention("Kim", *kim)])],
        organisations=[Entity("Acme", mentions=[Mention("Acme", *acme)]),
                       Entity("Seoul", mentions=[Mention("Seoul", *seoul)])],
        places=[Entity("Seoul", mentions=[Mention("Seoul", *seoul)])],
        dates=[DateFact("May", *may, value="2025-05", grain="month"),
               DateFact(text[cross[0]:cross[1]], *cross, value="2025-05-30", grain="day")],
        figures=[Figure("12 percent", *fig, value=12, unit="percent", qualifier=None, counted="sales")],
        quotes=[Quote(text[q[0]:q[1]], *q, speaker="Kim", cue="said", kind="direct")])


def test_every_fact_is_one_element_with_its_offsets_and_overlaps_nest_or_split():
    record = overlapping_record()
    page = Page.of(render(record))
    facts = page.facts("overlap")
    assert len(facts) == fact_count(record) == 8
    assert Counter((m.fact, int(m.attrs["data-start"]), int(m.attrs["data-end"])) for m in facts) == \
        Counter((s.fact, s.start, s.end) for s in record_spans(record))
    assert page.texts["overlap"] == record.text  # every character once, in order
    parts = Counter()
    for m in page.marks:
        if "data-part-of" in m.attrs:
            parts[m.attrs["data-part-of"]] += 1
    for m in facts:  # a fact's element plus its continued pieces cover exactly its words
        pieces = [p.text for p in page.marks if p.attrs.get("data-part-of") == m.attrs["id"]]
        assert m.text + "".join(pieces) == record.text[int(m.attrs["data-start"]):int(m.attrs["data-end"])]
    by = {(m.fact, m.text): m for m in facts}
    assert "quote" in by[("figure", "12 percent")].inside
    assert "quote" in by[("organisation", "Acme")].inside
    crossing = next(m for m in facts if m.fact == "date" and m.text != "May")
    assert parts[crossing.attrs["id"]] == 1  # cut at the quote's end, reopened after it
    assert "organisation" in by[("place", "Seoul")].inside  # same span, both kept, nested


def test_hover_value_and_panel_links_to_each_fact():
    record = overlapping_record()
    html = render(record)
    page = Page.of(html)
    fig = next(m for m in page.facts() if m.fact == "figure")
    assert fig.attrs["data-tip"] == "value 12 · unit percent · qualifier — · counted sales"
    assert fig.attrs["tabindex"] == "0" and fig.attrs["data-label"] == "figure"
    quote = next(m for m in page.facts() if m.fact == "quote")
    assert quote.attrs["data-tip"] == "speaker Kim · cue said · direct"
    ids = {m.attrs["id"] for m in page.facts()}
    targets = [link[1:] for link in page.links if link.startswith("#")]
    assert ids <= set(targets)  # the panels link to every highlighted fact


def test_article_markup_renders_as_text_and_nothing_runs_or_loads():
    text = ('Officials in <b>Paris</b> said <script>alert("x")</script> and '
            '<img src=x onerror="alert(1)"> was "posted at <a href=http://example.com>" here.\n')
    qs, qe = at(text, "posted at <a href=http://example.com>")
    hostile = Record(id='"><script>alert(2)</script>', title="<img src=y onerror=alert(3)>", text=text,
                     places=[Entity("Paris", mentions=[Mention("Paris", *at(text, "Paris"))])],
                     quotes=[Quote(text[qs:qe], qs, qe, speaker="<i>x</i>", cue="said")],
                     warnings=["unpaired mark before <script>"])
    html = render(hostile, ErrorRecord("<svg onload=alert(4)>", "bad <input>"))
    page = Page.of(html)
    assert page.scripts == [asset("view.js")]  # ours only
    assert page.handlers == []
    assert "img" not in page.tags and "svg" not in page.tags and "b" not in page.tags
    assert page.texts[hostile.id] == text
    assert len(page.facts()) == 2


def test_page_is_self_contained_and_its_script_is_the_only_one_allowed():
    html = render(overlapping_record())
    page = Page.of(html)
    assert "link" not in page.tags
    assert all(link.startswith("#") for link in page.links), page.links
    assert not re.search(r"url\(|@import|https?://", asset("view.css") + asset("view.js"))
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    digest = base64.b64encode(hashlib.sha256(asset("view.js").encode()).digest()).decode()
    assert "default-src 'none'" in policy and f"'sha256-{digest}'" in policy


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factextract", *args], capture_output=True,
                          text=True, env={**os.environ}, timeout=300, check=False)


def test_cli_html_page_of_many_articles_counts_every_fact(tmp_path, sample_records):
    names = ["border-crossing.txt", "central-bank.txt"]
    out = tmp_path / "page.html"
    proc = cli(*(str(SAMPLES / n) for n in names), str(tmp_path / "missing.txt"), "--format", "html",
               "--out", str(out), "--quiet")
    assert proc.returncode == 1 and "missing.txt: no such file" in proc.stderr
    page = Page.of(out.read_text(encoding="utf-8"))
    toc = [link for link in page.links if re.fullmatch(r"#a\d+", link)]
    assert toc == ["#a1", "#a2", "#a3"]
    for name in names:
        text, record = sample_records[name]
        facts = page.facts(str(SAMPLES / name))
        assert len(facts) == fact_count(record) > 20
        assert page.texts[str(SAMPLES / name)] == text
        for m in facts:
            s, e = int(m.attrs["data-start"]), int(m.attrs["data-end"])
            assert text[s:e].startswith(m.text)  # a piece may continue after a crossing edge


def test_cli_compare_html_highlights_every_evidence_item_in_its_sentence(tmp_path, extract):
    from factextract.compare.pairing import compare

    paths = [SAMPLES / "pairs" / "ferry-harbor-wire.txt", SAMPLES / "pairs" / "ferry-island-daily.txt"]
    out = tmp_path / "compare.html"
    proc = cli("compare", *map(str, paths), "--format", "html", "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    texts = {str(p): p.read_text(encoding="utf-8") for p in paths}
    result = compare([extract(t, id=i) for i, t in texts.items()], list(texts.values()))
    html = out.read_text(encoding="utf-8")
    page = Page.of(html)
    evidence = [ev for attr in ("corroborated", "conflicts", "single_source") for f in getattr(result, attr)
                for ev in f.evidence]
    assert result.conflicts and len(page.facts()) == len(evidence)
    for m in page.facts():
        s, e = int(m.attrs["data-start"]), int(m.attrs["data-end"])
        assert m.text == texts[m.attrs["data-article"]][s:e]
    assert html.count('data-status="conflict"') == len(result.conflicts)
    assert all(link.startswith("#") for link in page.links)

"""The HTML view in a real browser: headless Chromium renders the page of a sample article and
of a comparison; the DOM it builds (after the page's script ran) holds exactly one highlighted
element per fact, hostile article markup stays text, and the screenshot shows every fact type's
label colour. Skips, saying why, where no Chromium is installed (Debian package `chromium`)."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SAMPLES
from htmlfacts import Page

from factextract.io.html_view import HtmlWriter, fact_count
from factextract.records import Entity, Mention, Record

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless browser: install the Debian package "
                                "'chromium' (apt-get install -y chromium) to run the browser tests")
# the label colour of each fact type in view.css (--person, --organisation, ...)
LABEL_RGB = {"person": (0x1d, 0x4e, 0xd8), "organisation": (0x7c, 0x3a, 0xed), "place": (0x15, 0x80, 0x3d),
             "date": (0xc2, 0x41, 0x0c), "figure": (0xa1, 0x62, 0x07), "quote": (0x0f, 0x76, 0x6e)}


def chromium(tmp_path: Path, page: Path, *args: str) -> str:
    """Runs headless Chromium on a local file, no network, a throw-away profile."""
    proc = subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}", *args, page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def write_page(path: Path, *records: Record) -> Path:
    out = io.StringIO()
    writer = HtmlWriter(out)
    for r in records:
        writer.write(r)
    writer.close()
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sample(sample_records):
    text, record = sample_records["border-crossing.txt"]
    return replace(record, text=text)


def test_browser_dom_has_one_highlight_per_fact_after_the_script_ran(tmp_path, sample):
    page = write_page(tmp_path / "page.html", sample)
    html = chromium(tmp_path, page, "--dump-dom")
    dom = Page.of(html)
    facts = dom.facts(sample.id)
    assert len(facts) == fact_count(sample) > 20
    print(f"browser DOM: {len(facts)} data-fact elements, record facts {fact_count(sample)}")
    expected = Counter({"person": sum(len(e.mentions) for e in sample.people),
                        "organisation": sum(len(e.mentions) for e in sample.organisations),
                        "place": sum(len(e.mentions) for e in sample.places),
                        "date": len(sample.dates), "figure": len(sample.figures), "quote": len(sample.quotes)})
    assert Counter(m.fact for m in facts) == +expected
    assert dom.texts[sample.id] == sample.text
    assert re.search(r'<html[^>]*data-js="on"', html)  # the filter script ran ...
    assert re.search(r'<fieldset class="filter" id="filter">', html)  # ... and showed the filter


def test_browser_screenshot_is_not_blank_and_shows_every_fact_types_label(tmp_path, sample):
    Image = pytest.importorskip("PIL.Image", reason="Pillow (the test extra) reads the screenshot")
    shot = tmp_path / "shot.png"
    chromium(tmp_path, write_page(tmp_path / "page.html", sample), "--window-size=1200,1000",
             f"--screenshot={shot}")
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 1000)
    colours = Counter({rgb: n for n, rgb in image.getcolors(maxcolors=1 << 24)})
    background, share = colours.most_common(1)[0][0], colours.most_common(1)[0][1] / (1200 * 1000)
    assert share < 0.9 and len(colours) > 50, (background, share, len(colours))
    for fact, rgb in LABEL_RGB.items():  # each type's label badge is on screen in its colour
        assert colours[rgb] >= 30, (fact, colours[rgb])
    print(f"screenshot: {len(colours)} colours, background {background} {share:.0%}, label pixels",
          {fact: colours[rgb] for fact, rgb in LABEL_RGB.items()})


def test_browser_keeps_hostile_article_markup_as_text(tmp_path):
    text = ("Police in Lyon said <script>document.title='pwned'</script> was posted, then "
            "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> too.\n")
    start = text.index("Lyon")
    record = Record(id="hostile <b>", text=text,
                    places=[Entity("Lyon", mentions=[Mention("Lyon", start, start + 4)])])
    html = chromium(tmp_path, write_page(tmp_path / "hostile.html", record), "--dump-dom")
    dom = Page.of(html)
    assert re.search(r"<title>([^<]*)</title>", html).group(1) == "factextract: 1 article"
    assert len(dom.scripts) == 1 and "img" not in dom.tags and dom.handlers == []
    assert "data-pwned=" not in html.replace("data-pwned','1'", "")
    assert dom.texts["hostile <b>"] == text and len(dom.facts()) == 1


def test_browser_comparison_page_highlights_every_evidence_item(tmp_path, extract):
    from factextract.compare.html import write_comparison_html
    from factextract.compare.pairing import compare

    paths = [SAMPLES / "pairs" / "ferry-harbor-wire.txt", SAMPLES / "pairs" / "ferry-island-daily.txt"]
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    result = compare([extract(t, id=i) for i, t in texts.items()], list(texts.values()))
    out = io.StringIO()
    write_comparison_html(result, texts, out)
    page = tmp_path / "compare.html"
    page.write_text(out.getvalue(), encoding="utf-8")
    dom = Page.of(chromium(tmp_path, page, "--dump-dom"))
    evidence = [ev for attr in ("corroborated", "conflicts", "single_source") for f in getattr(result, attr)
                for ev in f.evidence]
    assert len(dom.facts()) == len(evidence) > 10
    print(f"comparison DOM: {len(dom.facts())} data-fact elements, evidence items {len(evidence)}")
    assert Counter(m.attrs["data-article"] for m in dom.facts()) == Counter(ev.id for ev in evidence)

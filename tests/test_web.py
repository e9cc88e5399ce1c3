"""Web inputs: pages, URLs (a local server on 127.0.0.1 only), WARC archives, folder walks,
bad input as error records, and the seeds' corroboration read from HTML pages."""
from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from webpages import BODY, INDEX_PAGE, Server, page

RULES_ONLY = {"FACTEXTRACT_MODEL": "none"}  # the readers are under test here, not the model


def run(*args: str, env: dict | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factextract", *args], capture_output=True, input=stdin,
                          env={**os.environ, **RULES_ONLY, **(env or {})}, timeout=300)


def records(proc: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines() if line.strip()]


# ---- one page: text and metadata -----------------------------------------------------------

def test_page_metadata_prefers_the_headline_and_the_published_date():
    from factextract.io.html import read_page

    p = read_page(page().encode("utf-8"))
    assert p.title == "Pier to close for repairs"          # not "... | Ellery Gazette"
    assert p.published == "2025-03-04"                     # datePublished, not the modified date
    assert p.authors == ["Ada Brennan", "Tom Hale"]
    assert p.url == "https://news.example/pier" and p.language == "en" and p.site == "Ellery Gazette"
    assert BODY[0] in p.text and "Maren Olsby" in p.text
    for boiler in ("Sport", "Most read", "newsletter", "All rights reserved", "tracker"):
        assert boiler not in p.text


def test_site_name_is_cut_from_title_when_there_is_no_headline_markup():
    from factextract.io.pagemeta import strip_site
    from factextract.io.html import read_page

    assert strip_site("Harbour reopens - Ellery Gazette", "Ellery Gazette") == "Harbour reopens"
    assert strip_site("Harbour reopens | Ellery Gazette | News, Weather", "Ellery Gazette") == "Harbour reopens"
    assert strip_site("Pros and cons - a guide", None) == "Pros and cons - a guide"
    p = read_page(page(jsonld=False, extra_head='<meta name="author" content="Lee Park">').encode())
    assert p.title == "Pier to close for repairs" and p.authors == ["Lee Park"]


def test_authors_from_bylines_outvote_a_lone_jsonld_user():
    from factextract.io.pagemeta import PageMeta, choose_authors
    from lxml import html as lh

    tree = lh.fromstring("""<html><head>
      <script type="application/ld+json">{"@type": "NewsArticle", "author": {"@id": "#u1"}}</script>
      <script type="application/ld+json">{"@type": "Person", "@id": "#u1", "name": "Web Editor"}</script>
      <meta name="parsely-author" content="Ana Ruiz"><meta name="parsely-author" content="Ben Cole">
      </head><body><a rel="author">Ana Ruiz</a> <a rel="author">Ben Cole</a></body></html>""")
    assert choose_authors(PageMeta.from_tree(tree), None) == ["Ana Ruiz", "Ben Cole"]


def test_extract_page_records_carry_page_fields_and_offsets_into_the_text(tmp_path):
    f = tmp_path / "pier.html"
    f.write_text(page(), encoding="utf-8")
    proc = run(str(f), "--format", "jsonl", "--with-text")
    assert proc.returncode == 0, proc.stderr
    [rec] = records(proc)
    assert rec["title"] == "Pier to close for repairs" and rec["published"] == "2025-03-04"
    assert rec["authors"] == ["Ada Brennan", "Tom Hale"] and rec["language"] == "en"
    assert rec["url"] == "https://news.example/pier" and rec["source"] == "Ellery Gazette"
    text = rec["text"]
    assert BODY[0] in text.split("\n\n")  # paragraphs apart, as in a text file
    items = rec["dates"] + rec["figures"] + rec["quotes"]
    assert items
    for item in items:
        assert text[item["start"]:item["end"]] == item["text"]
    # without --with-text no "text" key; plain text input has the new keys empty
    assert "text" not in records(run(str(f), "--format", "jsonl"))[0]
    t = tmp_path / "a.txt"
    t.write_text("Harbour news\n\n" + BODY[0] + "\n", encoding="utf-8")
    [plain] = records(run(str(t), "--format", "jsonl", "--with-text"))
    assert plain["url"] is None and plain["authors"] == [] and plain["language"] is None
    assert plain["text"] == t.read_text(encoding="utf-8")


def test_text_command_prints_the_extracted_text(tmp_path):
    f = tmp_path / "pier.html"
    f.write_text(page(), encoding="utf-8")
    proc = run("text", str(f))
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert BODY[0] in out.split("\n\n") and "Weather" not in out and "newsletter" not in out


def test_stdin_html_and_non_english_page(tmp_path):
    proc = run("-", "--input-format", "html", "--format", "jsonl", stdin=page().encode())
    assert records(proc)[0]["title"] == "Pier to close for repairs"
    german = ["Die Hafenbehörde hat am Dienstag mitgeteilt, dass die Nordmole für sechs Wochen "
              "gesperrt wird, während Ingenieure die beschädigten Holzpfähle ersetzen.",
              "Die Fähren zu den Inseln legen bis zum Ende der Arbeiten im Juni am Südkai an, "
              "teilte die Behörde mit. Die Fischer sagten, ihr Morgen werde dadurch eine Stunde länger.",
              "„Wir können die Fähren nicht an einer Mole anlegen lassen, die sich unter ihnen bewegt“, "
              "sagte die leitende Ingenieurin der Behörde, die die Kosten auf etwa zwei Millionen schätzt."]
    de = tmp_path / "de.html"
    de.write_text(page(lang="de", body=german), encoding="utf-8")
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_text(page(body=german).replace('<html lang="en">', "<html>"), encoding="utf-8")
    proc = run(str(de), str(undeclared), "--format", "jsonl")
    assert proc.returncode == 1
    assert [r["error"] for r in records(proc)] == ["language de: only English is supported"] * 2


# ---- bad input: each an error record, the run goes on ----------------------------------------

def _warc(path: Path, pages: list[tuple[str, str]], content_type: str = "text/html") -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for uri, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))


def test_bad_inputs_each_become_an_error_record_and_the_run_goes_on(tmp_path):
    server = Server({"/page": page()})
    try:
        good = tmp_path / "good.html"
        good.write_text(page(), encoding="utf-8")
        broken = tmp_path / "broken.html"
        broken.write_text("<html><body><div><p>Half a para<table><tr><td>", encoding="utf-8")
        index = tmp_path / "index.html"
        index.write_text(INDEX_PAGE, encoding="utf-8")
        huge = tmp_path / "huge.html"
        with open(huge, "wb") as fh:
            fh.write(page().encode())
            fh.write(b"<p>" + b"x" * (50 * 1024 * 1024) + b"</p>")
        binary = tmp_path / "photo.html"
        binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
        whole = tmp_path / "whole.warc.gz"
        _warc(whole, [(f"https://news.example/{i}", page(title=f"Story {i} of the pier")) for i in range(3)])
        cut = tmp_path / "cut.warc.gz"
        cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 5 // 6])
        urls = [f"{server.base}/{p}" for p in ("page", "slow", "missing", "error", "loop")]
        proc = run(str(good), str(broken), str(index), str(huge), str(binary), str(cut), *urls,
                   "--format", "jsonl", "--fetch-timeout", "1", "--retries", "0")
    finally:
        server.close()
    assert proc.returncode == 1
    recs = records(proc)
    errors = {r["id"]: r["error"] for r in recs if "error" in r}
    ok = [r["id"] for r in recs if "error" not in r]
    assert ok[0] == str(good) and f"{server.base}/page" in ok
    assert "https://news.example/0" in ok                         # pages before the cut are read
    assert "no article text" in errors[str(broken)]
    assert "no article text" in errors[str(index)]
    assert "too large" in errors[str(huge)]
    assert "binary" in errors[str(binary)]
    assert "truncated" in errors[str(cut)]
    assert "timed out" in errors[f"{server.base}/slow"]
    assert errors[f"{server.base}/missing"] == "HTTP 404 Not Found"
    assert errors[f"{server.base}/error"].startswith("HTTP 500")
    assert "too many redirects" in errors[f"{server.base}/loop"]
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr and f"factextract: {server.base}/missing: HTTP 404" in stderr


# ---- URLs: retries, User-Agent, per-host limit ------------------------------------------------

def test_fetch_retries_a_503_names_itself_and_keeps_two_requests_per_host(tmp_path):
    from factextract import __version__
    from factextract.io.fetch import Fetcher, FetchSettings

    server = Server({"/page": page()})
    try:
        fetcher = Fetcher(FetchSettings(timeout=5, retries=1, backoff=0.05, per_host=2))
        flaky = fetcher.fetch(f"{server.base}/flaky")
        assert flaky.error is None and b"Pier to close" in flaky.body and server.hits["/flaky"] == 2
        assert server.agents[0].startswith(f"factextract/{__version__}")
        results = list(fetcher.fetch_all([f"{server.base}/busy{i}" for i in range(6)]))
        assert [r.url for r in results] == [f"{server.base}/busy{i}" for i in range(6)]
        assert all(r.error is None for r in results) and server.peak == 2
        listing = tmp_path / "urls.txt"
        listing.write_text(f"# two pages\n{server.base}/page\n\n{server.base}/missing\n", encoding="utf-8")
        proc = run("--urls", str(listing), "--format", "jsonl", "--retries", "0")
        assert proc.returncode == 1
        assert [("error" in r) for r in records(proc)] == [False, True]
    finally:
        server.close()


# ---- WARC and folders -------------------------------------------------------------------------

def test_warc_responses_are_articles_named_by_their_uri(tmp_path):
    archive = tmp_path / "crawl.warc"
    _warc(archive, [("https://news.example/a", page(title="First story of the pier")),
                    ("https://news.example/b", page(title="Second story of the pier"))])
    _warc(tmp_path / "other.warc", [("https://news.example/data.json", "{}")], content_type="application/json")
    with open(archive, "ab") as fh:
        fh.write((tmp_path / "other.warc").read_bytes())
    proc = run(str(archive), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    assert [(r["id"], r["title"]) for r in records(proc)] == [
        ("https://news.example/a", "First story of the pier"), ("https://news.example/b", "Second story of the pier")]


def test_folders_are_walked_recursively_sorted_skipping_hidden_and_loops(tmp_path):
    from factextract.io.walk import walk

    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "deep" / "z.html").write_text(page(), encoding="utf-8")
    (tmp_path / "a" / "one.txt").write_text("Harbour news\n\n" + BODY[0], encoding="utf-8")
    with gzip.open(tmp_path / "a" / "two.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("Harbour news\n\n" + BODY[2])
    (tmp_path / ".cache" / "hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "a" / ".draft.txt").write_text("draft", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "b" / "deep" / "up").symlink_to(tmp_path, target_is_directory=True)  # a loop
    found = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)]
    assert found == ["a/one.txt", "a/two.txt.gz", "b/deep/z.html"]
    assert [p.name for p in walk(tmp_path, "*.html")] == ["z.html"]
    assert [p.name for p in walk(tmp_path, "a/*")] == ["one.txt", "two.txt.gz"]
    first = next(iter(walk(tmp_path)))  # lazy: a generator, the first file at once
    assert first.name == "one.txt"
    proc = run(str(tmp_path), "--format", "jsonl", "--with-text")
    assert proc.returncode == 0, proc.stderr
    recs = records(proc)
    assert [Path(r["id"]).name for r in recs] == ["one.txt", "two.txt.gz", "z.html"]
    assert recs[1]["text"].endswith(BODY[2])


# ---- the seeds, wrapped in pages: compare works on any input kind -------------------------------

def test_seed_corroboration_holds_when_the_seeds_are_web_pages(tmp_path, shared):
    """Each seed article's body becomes a page (headline in <h1>, date in JSON-LD); comparing the
    two pages corroborates every fact the reference says both report, as the text files do."""
    gold = json.loads((shared / "seeds" / "gold.json").read_text(encoding="utf-8"))
    names = sorted(k for k in gold if k.endswith(".txt"))
    pages = []
    for name in names:
        text = (shared / "seeds" / name).read_text(encoding="utf-8")
        paras = [p.strip() for p in text.split("\n") if p.strip()]
        title = gold[name].get("title") or paras[0]
        body = [p for p in paras if p != title and not p.startswith(gold[name]["published"][:4] + "-")
                and "date " + gold[name]["published"] not in p[:40]]
        f = tmp_path / (name[:-4] + ".html")
        f.write_text(page(title=title, body=body, published=gold[name]["published"] + "T09:00:00Z",
                          authors=("Staff",)), encoding="utf-8")
        pages.append(str(f))
    proc = subprocess.run([sys.executable, "-m", "factextract", "compare", *pages, "--format", "json"],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    corroborated = result["corroborated"]
    ref = gold["corroboration"]
    for first, _second in ref["same_people"]:
        assert any(first in f["values"] and len(f["articles"]) == 2 for f in corroborated), first
    for value, _what in ref["same_figures"]:
        assert any(f["fact"] == "figure" and f"{value:,}" in f["values"] for f in corroborated), value
    for value, _what in ref["same_dates"]:
        assert any(f["fact"] == "date" and value in f["values"] for f in corroborated), value
    words = ref["same_quotes"][0].lower()
    assert any(f["fact"] == "quote" and words in f["label"].lower() for f in corroborated)

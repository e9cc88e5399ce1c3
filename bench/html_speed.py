"""Benchmark: the same articles read as plain text and as web pages.

    python bench/html_speed.py --articles 200 [--rounds 2]

Builds N articles from samples/ (paragraphs shuffled and mixed, so the texts differ) and writes
each twice: as a .txt file (headline, blank line, body) and as an .html page the way a news
site serves it (<title> with the site name, og: tags, JSON-LD, a menu, a sidebar, a newsletter
prompt, scripts, a footer) around the same headline and body. Then runs the real CLI on each
folder (`factextract DIR --format jsonl --out FILE --jobs 1`), --rounds times in A B B A order
so that a machine whose speed drifts favours neither side, and prints the mean wall times and
the ratio html / text. Each run is its own process (start-up and model loading included).
"""
from __future__ import annotations

import argparse
import html
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Bench Courier</title>
<meta property="og:title" content="{title} | The Bench Courier"><meta property="og:site_name" content="The Bench Courier">
<meta name="viewport" content="width=device-width"><link rel="canonical" href="https://courier.example/{n}">
<script type="application/ld+json">{ld}</script>
<script>window.dataLayer=[];function track(e){{dataLayer.push(e)}};track({{"page":"{n}"}});</script>
<link rel="stylesheet" href="/css/site.css"></head><body>
<nav><ul>{menu}</ul></nav>
<header><a href="/">The Bench Courier</a><form><input name="q"></form></header>
<main><article><h1>{title}</h1><div class="byline">By Staff Reporter</div>
{body}
<p>Sign up for our newsletter to get the news every morning.</p></article>
<aside><h3>Most read</h3><ul>{teasers}</ul></aside></main>
<footer><p>About us</p><p>Contact us at desk@courier.example. All rights reserved.</p></footer>
<script src="/js/app.js"></script></body></html>"""
MENU = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in
               ["News", "World", "Business", "Sport", "Culture", "Opinion", "Weather", "Video"])
TEASERS = "".join(f'<li><a href="/t{i}">Teaser headline number {i} about the week</a></li>' for i in range(8))


def corpus(n: int, seed: int = 7) -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) per article, mixed from the samples' paragraphs."""
    paras, heads = [], []
    for f in sorted((ROOT / "samples").glob("*.txt")):
        blocks = [b.strip() for b in f.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        heads.append(blocks[0].splitlines()[0])
        paras.extend(b for b in blocks[1:] if len(b) > 120)
    rng = random.Random(seed)
    return [(f"{rng.choice(heads)} ({i})", rng.sample(paras, min(len(paras), 9))) for i in range(n)]


def write(articles, folder: Path) -> tuple[Path, Path]:
    txt, web = folder / "txt", folder / "html"
    txt.mkdir()
    web.mkdir()
    for i, (title, paras) in enumerate(articles):
        (txt / f"{i:05d}.txt").write_text(title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                         "datePublished": "2025-03-11T08:00:00Z", "author": {"@type": "Person", "name": "Staff Reporter"}})
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
        (web / f"{i:05d}.html").write_text(PAGE.format(title=html.escape(title), n=i, ld=ld, menu=MENU,
                                                       body=body, teasers=TEASERS), encoding="utf-8")
    return txt, web


def timed(folder: Path, out: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "factextract", str(folder), "--format", "jsonl",
                           "--out", str(out), "--jobs", "1", "--quiet"], env=ENV, capture_output=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"run failed on {folder}: {proc.stderr.decode()[-500:]}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        txt, web = write(corpus(args.articles), Path(tmp))
        kb = sum(f.stat().st_size for f in web.iterdir()) / args.articles / 1024
        times = {"text": [], "html": []}
        for _ in range(args.rounds):
            for kind, folder in (("text", txt), ("html", web), ("html", web), ("text", txt)):
                times[kind].append(timed(folder, Path(tmp) / f"{kind}.jsonl"))
                print(f"  {kind:4} {times[kind][-1]:7.2f} s", flush=True)
        t, h = statistics.mean(times["text"]), statistics.mean(times["html"])
        print(f"{args.articles} articles (pages {kb:.1f} KB each): text {t:.2f} s, html {h:.2f} s, "
              f"html/text {h / t:.3f}")


if __name__ == "__main__":
    main()

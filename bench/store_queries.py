"""Benchmark: `factextract ask` on a fact store of 100,000 articles.

    python bench/store_queries.py SOURCE.db [--articles 100000] [--db /tmp/facts-100k.db] [--repeat 7]

Builds (once; reused while it holds enough articles) a store of --articles articles from
synthetic copies of a real store's rows (SOURCE.db, e.g. bbc_dev extracted with
`factextract bbc_dev.jsonl --out SOURCE.db`): copy k of every article gets the id "ID#k" and a
publication date k days later, and all its entities, names, mentions, dates, figures and quotes
(the FTS indexes fill through the schema's triggers, as in a real run). Then times each question
in-process (open the store read-only, ask, render as JSON and as a table; median and worst of
--repeat runs after a first cold one), and once through the CLI (`python -m factextract ask`,
interpreter start-up and imports included, shown apart). The questions are asked about the
source's most frequent person, organisation and place, its most common counted noun and two
words of its most quoted speaker's first quote, unless --person/--organisation/... are given.
"""
from __future__ import annotations

import argparse
import io
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from factextract.store import open_store  # noqa: E402
from factextract.store.queries import Questions  # noqa: E402
from factextract.store.render import write_answer  # noqa: E402

COPIED = {  # table -> (columns copied as they are, columns shifted by an offset)
    "articles": ("title, published, source, url, authors, warnings, text_sha256, tool_version, extracted_at",),
    "entities": ("type, position, name, name_key, aliases",),
    "entity_names": ("type, form, key, name_key",),
    "mentions": ('text, start, "end"',),
    "dates": ('position, text, start, "end", value, grain, anchor, mod, low, high',),
    "figures": ('position, text, start, "end", value, unit, qualifier, counted, low, high',),
    "quotes": ('position, text, start, "end", speaker, speaker_key, speaker_start, speaker_end, cue, kind',),
}


def build(source: Path, target: Path, articles: int) -> None:
    """Copies of the source's rows until the target holds `articles` articles."""
    open_store(target, write=True).close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("ATTACH ? AS src", (str(source),))
    have = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    n = conn.execute("SELECT count(*) FROM src.articles").fetchone()[0]
    amax = conn.execute("SELECT max(pk) FROM src.articles").fetchone()[0]
    emax = conn.execute("SELECT max(pk) FROM src.entities").fetchone()[0]
    k = have // n
    started = time.perf_counter()
    while have < articles:
        take = min(n, articles - have)
        a_off, e_off = k * amax, k * emax
        conn.execute("BEGIN")
        conn.execute(f"INSERT INTO articles (pk, id, {COPIED['articles'][0]}) "
                     f"SELECT pk + ?, id || '#' || ?, title, date(published, '+' || ? || ' days'), source, url, "
                     f"authors, warnings, text_sha256, tool_version, extracted_at FROM src.articles "
                     f"WHERE pk IN (SELECT pk FROM src.articles ORDER BY pk LIMIT ?)", (a_off, k, k, take))
        conn.execute(f"INSERT INTO entities (pk, article, {COPIED['entities'][0]}) SELECT pk + ?, article + ?, "
                     f"{COPIED['entities'][0]} FROM src.entities WHERE article + ? IN (SELECT pk FROM articles)",
                     (e_off, a_off, a_off))
        conn.execute(f"INSERT INTO entity_names (entity, {COPIED['entity_names'][0]}) SELECT entity + ?, "
                     f"{COPIED['entity_names'][0]} FROM src.entity_names WHERE entity + ? IN (SELECT pk FROM entities)",
                     (e_off, e_off))
        conn.execute(f"INSERT INTO mentions (entity, article, {COPIED['mentions'][0]}) SELECT entity + ?, "
                     f"article + ?, {COPIED['mentions'][0]} FROM src.mentions WHERE article + ? IN "
                     f"(SELECT pk FROM articles)", (e_off, a_off, a_off))
        for table in ("dates", "figures", "quotes"):
            cols = COPIED[table][0]
            conn.execute(f"INSERT INTO {table} (article, {cols}) SELECT article + ?, {cols} FROM src.{table} "
                         f"WHERE article + ? IN (SELECT pk FROM articles)", (a_off, a_off))
        conn.execute("COMMIT")
        have += take
        k += 1
        print(f"  built {have:,} articles ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()


def pick_questions(source: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    top = lambda kind: conn.execute(
        "SELECT name FROM entities WHERE type = ? GROUP BY name_key ORDER BY count(DISTINCT article) DESC, name "
        "LIMIT 1", (kind,)).fetchone()[0]
    counted = conn.execute("SELECT counted FROM figures WHERE counted IS NOT NULL GROUP BY counted "
                           "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    quote = conn.execute("SELECT text FROM quotes WHERE kind = 'direct' AND speaker_key = (SELECT speaker_key "
                         "FROM quotes WHERE speaker_key IS NOT NULL GROUP BY speaker_key ORDER BY count(*) DESC "
                         "LIMIT 1) ORDER BY length(text) DESC LIMIT 1").fetchone()[0]
    words = [w for w in quote.split() if len(w) > 4][:2]
    return {"person": top("person"), "organisation": top("organisation"), "place": top("place"),
            "quote-search": " ".join(w.strip(",.\"'") for w in words), "figures-counting": counted}


def ask_once(db: Path, kind: str, text: str, fmt: str) -> tuple[float, int]:
    """Milliseconds to answer as `ask` does (its default limits: 100 rows, 20 in a table)."""
    t = time.perf_counter()
    conn = open_store(db, write=False)
    q = Questions(conn, limit=20 if fmt == "table" else 100)
    answer = (q.quote_search(text) if kind == "quote-search" else
              q.figures_counting(text) if kind == "figures-counting" else q.entity(kind, text))
    write_answer(answer, fmt, io.StringIO(), color=False)
    conn.close()
    return (time.perf_counter() - t) * 1000, sum(len(s.rows) for s in answer.sections)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/facts-100k.db"))
    ap.add_argument("--repeat", type=int, default=7)
    for kind in ("person", "organisation", "place", "quote-search", "figures-counting"):
        ap.add_argument(f"--{kind}")
    args = ap.parse_args()
    build(args.source, args.db, args.articles)
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    sizes = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("entities", "mentions", "quotes", "figures")}
    conn.close()
    print(f"store: {args.db} ({os.path.getsize(args.db) / 1e6:,.0f} MB), {total:,} articles, "
          + ", ".join(f"{v:,} {k}" for k, v in sizes.items()))
    questions = pick_questions(args.source)
    questions.update({k: v for k, v in vars(args).items() if k.replace("_", "-") in questions and v})
    print(f"{'question':<40} {'rows':>5} {'cold ms':>8} {'median ms':>10} {'worst ms':>9} {'table ms':>9} {'CLI ms':>7}")
    for kind, text in questions.items():
        cold, rows = ask_once(args.db, kind, text, "json")
        runs = [ask_once(args.db, kind, text, "json")[0] for _ in range(args.repeat)]
        table = statistics.median(ask_once(args.db, kind, text, "table")[0] for _ in range(3))
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factextract", "ask", str(args.db), f"--{kind}", text,
                        "--format", "json"], capture_output=True, check=True,
                       env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")})
        cli = (time.perf_counter() - t) * 1000
        label = f"--{kind} {text!r}"[:40]
        print(f"{label:<40} {rows:>5} {cold:>8.1f} {statistics.median(runs):>10.1f} {max(runs):>9.1f} "
              f"{table:>9.1f} {cli:>7.0f}")


if __name__ == "__main__":
    main()

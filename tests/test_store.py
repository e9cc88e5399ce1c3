"""The fact store: what is written (every field, offsets included), the schema check, the
incremental runs, a SIGKILL mid-run, readers during a write, and the `ask` questions."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from factextract.records import DateFact, Entity, ErrorRecord, Figure, Mention, Quote, Record
from factextract.store import SchemaError, open_store
from factextract.store.incremental import text_hash
from factextract.store.writer import Provenance, StoreWriter
from factextract.store.queries import Questions, fts_query

TABLES = ("articles", "entities", "entity_names", "mentions", "dates", "figures", "quotes", "errors")


def run_cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factextract", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "FACTEXTRACT_MODEL": "none", **(env or {})})


def counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def person(name: str, *spans: tuple[int, int], aliases=()) -> Entity:
    return Entity(name, list(aliases), [Mention(name, s, e) for s, e in spans])


def record(ident: str, published: str, people=(), orgs=(), places=(), quotes=(), figures=(),
           dates=(), warnings=()) -> Record:
    return Record(ident, title=f"Title of {ident}", published=published, source="Wire",
                  people=list(people), organisations=list(orgs), places=list(places),
                  quotes=list(quotes), figures=list(figures), dates=list(dates), warnings=list(warnings))


def write(db, *records, chunk: int = 32):
    conn = open_store(db, write=True)
    writer = StoreWriter(conn, chunk=chunk)
    for r in records:
        writer.write(r, Provenance(text_hash(r.id)))
    writer.close()
    return conn


@pytest.fixture
def archive(tmp_path):
    """A store of three articles written for these tests: one person under three spellings,
    an organisation and its acronym, a surname alone, and figures counting defectors."""
    db = tmp_path / "facts.db"
    a = record("a1", "2025-03-01",
               people=[person("Hong Min", (10, 18), (40, 44), aliases=["Hong"])],
               orgs=[Entity("Joint Chiefs of Staff", ["JCS"], [Mention("Joint Chiefs of Staff", 60, 81),
                                                                 Mention("JCS", 83, 86)])],
               places=[person("Seoul", (0, 5))],
               quotes=[Quote("We will keep the border open", 100, 128, "Hong Min", 130, 134, "said", "direct")],
               figures=[Figure("more than 34,000", 150, 166, 34000, None, "more than", "defectors")],
               dates=[DateFact("Monday", 170, 176, "2025-02-24", "day", "2025-03-01")],
               warnings=["an unpaired closing quote mark"])
    b = record("b2", "2025-05-02",
               people=[person("Hong-min", (5, 13))],
               orgs=[Entity("JCS", [], [Mention("JCS", 20, 23)])],
               quotes=[Quote("The border stays shut", 30, 51, "Hong-min", 52, 60, "told", "direct")],
               figures=[Figure("about 35,000", 70, 82, 35000, None, "about", "North Korean defectors"),
                        Figure("$4.5bn", 90, 96, 4.5e9, "USD", None, None)])
    c = record("c3", "2025-01-15",
               people=[person("Hong", (0, 4)), person("Lee Jae-myung", (9, 22))],
               quotes=[Quote("Nothing has changed", 30, 49, "Hong", 50, 54, "said", "direct")],
               figures=[Figure("33,000", 60, 66, 33000, None, None, "defectors")])
    write(db, a, b, c).close()
    return db


def test_every_field_is_stored_with_its_offsets(archive):
    conn = sqlite3.connect(archive)
    art = conn.execute("SELECT id, title, published, source, url, authors, warnings, text_sha256 "
                       "FROM articles WHERE id = 'a1'").fetchone()
    assert art == ("a1", "Title of a1", "2025-03-01", "Wire", None, None,
                   '["an unpaired closing quote mark"]', text_hash("a1"))
    assert conn.execute("SELECT name, aliases FROM entities WHERE type = 'organisation' AND article = 1"
                        ).fetchone() == ("Joint Chiefs of Staff", '["JCS"]')
    assert conn.execute('SELECT text, start, "end" FROM entity_mentions WHERE article_id = ? ORDER BY start',
                        ("a1",)).fetchall()[:2] == [("Seoul", 0, 5), ("Hong Min", 10, 18)]
    assert conn.execute('SELECT text, start, "end", speaker, speaker_start, speaker_end, cue, kind '
                        "FROM quotes_by WHERE article_id = 'a1'").fetchone() == \
        ("We will keep the border open", 100, 128, "Hong Min", 130, 134, "said", "direct")
    assert conn.execute('SELECT text, start, "end", value, unit, qualifier, counted FROM figures_over_time '
                        "WHERE article_id = 'b2' AND unit = 'USD'").fetchone() == \
        ("$4.5bn", 90, 96, 4.5e9, "USD", None, None)
    assert conn.execute('SELECT text, start, "end", value, grain, anchor FROM dates_in_articles').fetchall() == \
        [("Monday", 170, 176, "2025-02-24", "day", "2025-03-01")]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_changed_record_replaces_its_rows_and_full_text(archive):
    conn = write(archive, record("a1", "2025-03-09", quotes=[Quote("Entirely new words", 0, 18, "Kim", None, None, "said", "direct")]))
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM entities e JOIN articles a ON a.pk = e.article "
                        "WHERE a.id = 'a1'").fetchone()[0] == 0
    hits = lambda words: conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?",
                                      (fts_query(words),)).fetchone()[0]
    assert hits("border open") == 0 and hits("entirely new") == 1
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")  # raises if out of step
    write(archive, ErrorRecord("a1", "timed out")).close()
    assert counts(archive)["errors"] == 1 and counts(archive)["articles"] == 2


def test_another_schema_version_or_a_foreign_file_is_refused(tmp_path, archive):
    conn = sqlite3.connect(archive)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(SchemaError, match="schema version 7"):
        open_store(archive, write=True)
    r = ask_cli(archive, "--person", "Hong Min")
    assert r.exit_code == 1 and r.stderr.startswith("factextract: ") and "schema version 7" in r.stderr
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    r = run_cli(str(tmp_path), "--out", str(other))
    assert r.returncode == 1 and "not one factextract wrote" in r.stderr
    assert ask_cli(tmp_path / "missing.db", "--place", "X").exit_code == 1


# -- questions (in-process through the Typer app: the same command, without a start-up each)

def ask_cli(db, *args: str):
    from typer.testing import CliRunner

    from factextract.cli.app import app

    result = CliRunner().invoke(app, ["ask", str(db), *args], env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def ask(db, *args) -> dict:
    r = ask_cli(db, *args, "--format", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def test_person_matches_spellings_honorifics_and_a_unique_surname(archive):
    conn = open_store(archive, write=False)
    q = Questions(conn)
    for asked in ("Hong Min", "Mr. Hong-Min", "hong  min", "Hong"):
        ans = q.entity("person", asked)
        names = {r["name"]: r["articles"] for r in ans.sections[0].rows}
        assert names == {"Hong Min": 1, "Hong-min": 1, "Hong": 1}, asked
        arts = [r["article_id"] for r in ans.sections[1].rows]
        assert arts == ["b2", "a1", "c3"]                       # newest first
        quotes = [(r["article_id"], r["text"]) for r in ans.sections[2].rows]
        assert quotes == [("c3", "Nothing has changed"), ("a1", "We will keep the border open"),
                          ("b2", "The border stays shut")]     # oldest first
    assert q.entity("person", "Lee Jae Myung").sections[1].rows[0]["article_id"] == "c3"
    write(archive, record("e5", "2025-07-01", people=[person("Dr Lee Jae-myung", (0, 16))])).close()
    assert {r["article_id"] for r in q.entity("person", "Lee Jae Myung").sections[1].rows} == {"c3", "e5"}
    assert {r["article_id"] for r in q.entity("person", "Dr. Lee Jae-myung").sections[1].rows} == {"c3", "e5"}
    assert q.entity("person", "Hong Gil-dong").sections[1].rows == []


def test_a_surname_two_people_share_stays_ambiguous(archive, tmp_path):
    write(archive, record("d4", "2025-06-01", people=[person("Hong Sung-ho", (0, 12))])).close()
    r = ask_cli(archive, "--person", "Hong", "--format", "jsonl")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert {x["name"] for x in rows if x["section"] == "names"} == {"Hong"}   # only the bare "Hong"
    assert "fits several person names" in r.stderr
    # the full name still gathers its spellings
    assert {x["name"] for x in ask(archive, "--person", "Hong Min")["names"]} == {"Hong Min", "Hong-min"}


def test_organisation_by_name_acronym_and_place(archive):
    for asked in ("Joint Chiefs of Staff", "JCS", "joint chiefs of staff"):
        out = ask(archive, "--organisation", asked)
        assert {r["article_id"] for r in out["articles"]} == {"a1", "b2"}, asked
        assert "JCS" in out["names"][0]["aliases"] or out["names"][0]["name"] == "JCS"
    assert [r["article_id"] for r in ask(archive, "--place", "seoul")["articles"]] == ["a1"]


def test_figures_counting_in_time_order_and_quote_search(archive):
    out = ask(archive, "--figures-counting", "defector")
    assert [(r["published"], r["value"], r["qualifier"]) for r in out["figures"]] == [
        ("2025-01-15", 33000, None), ("2025-03-01", 34000, "more than"), ("2025-05-02", 35000, "about")]
    out = ask(archive, "--quote-search", "Border")
    assert [r["article_id"] for r in out["quotes"]] == ["b2", "a1"]
    # FTS5 syntax in the words is data, not query
    assert ask(archive, "--quote-search", 'border" OR NEAR(*')["quotes"] == []


def test_ask_formats_limit_and_usage(archive):
    r = ask_cli(archive, "--figures-counting", "defectors", "--format", "csv", "--limit", "2")
    assert r.exit_code == 0
    rows = r.stdout.splitlines()
    assert rows[0].startswith("section,published,article_id,text,value")
    assert len(rows) == 3 and "first 2 rows" in r.stderr
    assert ask_cli(archive).exit_code == 2
    assert ask_cli(archive, "--place", "a", "--person", "b").exit_code == 2
    table = ask_cli(archive, "--person", "Hong Min", "--format", "table")
    assert "Hong-min" in table.stdout and "The border stays shut" in table.stdout


# -- runs through the CLI (rules only: FACTEXTRACT_MODEL=none keeps them fast)

PLACES = ["Lyon", "Oslo", "Quito", "Hanoi", "Accra", "Perth", "Dakar", "Lima"]


def article(i: int, variant: str = "") -> str:
    return (f"Bridges bulletin {i:03d}{variant}\n\nThe mayor of {PLACES[i % len(PLACES)]}, Anna Berg, "
            f"said on Monday that {i + 2} bridges would reopen. \"We are nearly there,\" Berg said.")


def jsonl(path, n: int, changed: frozenset = frozenset()) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"n{i:03d}", "text": article(i, " (updated)" if i in changed else ""),
                                 "published": "2025-04-07"}) + "\n")


def test_second_run_skips_unchanged_and_replaces_changed(tmp_path):
    src, db = tmp_path / "in.jsonl", tmp_path / "facts.db"
    jsonl(src, 6)
    first = run_cli(str(src), "--out", str(db), "--jobs", "1")
    assert first.returncode == 0, first.stderr
    before = counts(db)
    assert before["articles"] == 6 and before["errors"] == 0
    again = run_cli(str(src), "--out", str(db), "--jobs", "1")
    assert "0 articles stored, 6 unchanged" in again.stderr and counts(db) == before
    jsonl(src, 6, changed=frozenset({2}))
    third = run_cli(str(src), "--out", str(db), "--jobs", "1")
    assert "1 articles stored, 5 unchanged" in third.stderr and counts(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT title FROM articles WHERE id = 'n002'").fetchone()[0].endswith("(updated)")
    # --format sqlite with another file name, and an input that fails goes to errors
    (tmp_path / "empty.txt").write_text("  ", encoding="utf-8")
    other = tmp_path / "facts.store"
    r = run_cli(str(src), str(tmp_path / "empty.txt"), "--format", "sqlite", "--out", str(other), "--jobs", "1")
    assert r.returncode == 1 and counts(other)["articles"] == 6 and counts(other)["errors"] == 1
    assert run_cli(str(src), "--format", "sqlite").returncode == 2
    piped = subprocess.run([sys.executable, "-m", "factextract", "-", "--out", str(other), "-f", "sqlite", "-j", "1"],
                           input=article(40), capture_output=True, text=True, timeout=120,
                           env={**os.environ, "FACTEXTRACT_MODEL": "none"})
    assert piped.returncode == 0 and "1 articles stored" in piped.stderr
    assert sqlite3.connect(other).execute("SELECT text_sha256 FROM articles WHERE id = '-'").fetchone() == \
        (text_hash(article(40)),)


def test_sigkill_mid_run_leaves_a_consistent_store_that_the_next_run_completes(tmp_path):
    n = 300
    src, db, ref = tmp_path / "in.jsonl", tmp_path / "facts.db", tmp_path / "ref.db"
    jsonl(src, n)
    proc = subprocess.Popen([sys.executable, "-m", "factextract", str(src), "--out", str(db), "--jobs", "1"],
                            stderr=subprocess.DEVNULL, env={**os.environ, "FACTEXTRACT_MODEL": "none"})
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if stored >= 32:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < kept < n, "the run should have been killed half-way"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    done = run_cli(str(src), "--out", str(db), "--jobs", "1")
    assert done.returncode == 0 and f"{n - kept} articles stored, {kept} unchanged" in done.stderr
    assert run_cli(str(src), "--out", str(ref), "--jobs", "1").returncode == 0
    assert counts(db) == counts(ref)
    dump = lambda p: sqlite3.connect(p).execute(
        'SELECT a.id, e.type, e.name, m.start, m."end" FROM mentions m JOIN entities e ON e.pk = m.entity '
        "JOIN articles a ON a.pk = m.article ORDER BY 1, 4").fetchall()
    assert dump(db) == dump(ref)


def test_a_reader_sees_whole_articles_only_while_a_batch_writes(tmp_path):
    """Article i has i % 7 + 1 quotes and twice as many mentions: a reader's snapshot must
    always find every stored article with all of them, never part."""
    db = tmp_path / "facts.db"
    open_store(db, write=True).close()
    total, seen, problems, midway = 400, set(), [], 0

    def make(i: int) -> Record:
        k = i % 7 + 1
        return record(f"r{i:04d}", "2025-01-01",
                      people=[person(f"Person {i}", *[(j * 10, j * 10 + 6) for j in range(2 * k)])],
                      quotes=[Quote(f"words {j}", j, j + 7, f"Person {i}", None, None, "said", "direct")
                              for j in range(k)])

    def writer() -> None:
        conn = open_store(db, write=True)
        w = StoreWriter(conn, chunk=10)
        for i in range(total):
            w.write(make(i), Provenance(text_hash(str(i))))
        w.close()
        conn.close()

    thread = threading.Thread(target=writer)
    reader = open_store(db, write=False)
    thread.start()
    while True:
        finished = not thread.is_alive()   # a snapshot taken after this sees everything
        reader.execute("BEGIN")
        rows = reader.execute(
            "SELECT a.id, (SELECT count(*) FROM quotes q WHERE q.article = a.pk), "
            "(SELECT count(*) FROM mentions m WHERE m.article = a.pk) FROM articles a").fetchall()
        reader.execute("COMMIT")
        for ident, nq, nm in rows:
            k = int(ident[1:]) % 7 + 1
            if (nq, nm) != (k, 2 * k):
                problems.append((ident, nq, nm))
        if len(rows) % 10:
            problems.append(("partial chunk", len(rows)))
        seen.update(r[0] for r in rows)
        midway += 0 < len(rows) < total
        if finished:
            break
    thread.join()
    assert not problems
    assert len(seen) == total and midway > 0, "the reader should have read during the write"


def test_nothing_under_facts_nlp_or_io_imports_the_store():
    import ast
    from pathlib import Path

    import factextract

    root = Path(factextract.__file__).parent
    offenders = []
    for package in ("facts", "nlp", "io"):
        for path in (root / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module and "store" in node.module.split("."):
                    offenders.append(str(path))
    assert offenders == []


def test_frequent_and_rare_names_list_the_same_articles(archive, monkeypatch):
    """Articles are found by sorting a rare name's hits or, for a frequent one, by walking the
    articles newest first: both give one row per article in the same order."""
    from factextract.store import queries

    conn = open_store(archive, write=False)
    rare = Questions(conn).entity("person", "Hong Min").sections[1].rows
    monkeypatch.setattr(queries, "FREQUENT_NAME", 0)
    frequent = Questions(conn).entity("person", "Hong Min").sections[1].rows
    assert rare == frequent
    assert [(r["article_id"], r["mentions"]) for r in rare] == [("b2", 1), ("a1", 2), ("c3", 1)]
    limited = Questions(conn, limit=2)
    assert [r["article_id"] for r in limited.entity("person", "Hong Min").sections[1].rows] == ["b2", "a1"]


def test_pages_are_parsed_once_a_run_and_not_again_when_nothing_changed(tmp_path, monkeypatch):
    """A folder of web pages goes into the store reading each page once (no counting pass that
    parses every page a second time), and a run with nothing new parses each once to hash it."""
    from typer.testing import CliRunner

    import factextract.io.readers as readers
    from factextract.cli.app import app

    pages, db = tmp_path / "pages", tmp_path / "facts.db"
    pages.mkdir()
    for i in range(3):
        body = " ".join(f"<p>{article(i)} Paragraph {k} of the bulletin says more about the works.</p>"
                        for k in range(4))
        (pages / f"p{i}.html").write_text(f"<html><head><title>Bulletin {i}</title></head><body>"
                                          f"<article><h1>Bridges bulletin {i:03d}</h1>{body}</article></body></html>",
                                          encoding="utf-8")
    parsed: list[str] = []
    real = readers.article_from_html

    def counting(ident, data, **kw):
        parsed.append(ident)
        return real(ident, data, **kw)

    monkeypatch.setattr(readers, "article_from_html", counting)
    monkeypatch.setenv("FACTEXTRACT_MODEL", "none")
    first = CliRunner().invoke(app, ["extract", str(pages), "--out", str(db), "--jobs", "1"])
    assert first.exit_code == 0, first.stderr
    assert sorted(parsed) == sorted(str(p) for p in pages.iterdir()) and counts(db)["articles"] == 3
    parsed.clear()
    again = CliRunner().invoke(app, ["extract", str(pages), "--out", str(db), "--jobs", "2"])
    assert again.exit_code == 0 and "0 articles stored, 3 unchanged" in again.stderr
    assert len(parsed) == 3 and counts(db)["articles"] == 3

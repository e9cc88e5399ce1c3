"""The CLI leaves quotations with no speaker out of the record unless --unattributed-quotes is
given; the warning that names each one stays (options.trim_record). Article written for this
test."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from factextract.cli.app import app

ARTICLE = ("Storm hits coast\n\nThe storm hit the coast on Monday and closed three roads.\n\n"
           "\"It was like nothing we had seen before.\"\n\n"
           "Ann Cole, a local farmer, said: \"We lost half the crop.\"\n")


def _run(tmp_path, *flags: str) -> dict:
    article = tmp_path / "storm.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "json", "-q", *flags])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_quote_with_no_speaker_is_left_out_and_warned(tmp_path) -> None:
    rec = _run(tmp_path)
    assert [(q["text"], q["speaker"]) for q in rec["quotes"]] == [("We lost half the crop.", "Ann Cole")]
    start = ARTICLE.index("It was like")
    assert any(w.startswith(f"quotes: no speaker found for the quote at {start} ") for w in rec["warnings"])


def test_unattributed_quotes_keeps_it_with_a_null_speaker(tmp_path) -> None:
    rec = _run(tmp_path, "--unattributed-quotes")
    quotes = [(q["text"], q["speaker"], ARTICLE[q["start"]:q["end"]]) for q in rec["quotes"]]
    assert quotes[0] == ("It was like nothing we had seen before.", None, "It was like nothing we had seen before.")
    assert quotes[1][:2] == ("We lost half the crop.", "Ann Cole")


def test_the_store_leaves_it_out_too(tmp_path) -> None:
    import sqlite3

    article = tmp_path / "storm.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "facts.db"
    result = CliRunner().invoke(app, ["extract", str(article), "--out", str(db), "-q"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT text FROM quotes ORDER BY start").fetchall()
    assert rows == [("We lost half the crop.",)]

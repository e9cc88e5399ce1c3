"""The command line: formats, exit codes and one-line errors for bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import SAMPLES

SAMPLE = SAMPLES / "border-crossing.txt"


def run(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factextract", *args], input=stdin,
                          capture_output=True, env={**os.environ, **(env or {})}, timeout=300)


def test_json_record_has_the_contract_and_true_offsets():
    proc = run(str(SAMPLE), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert set(record) >= {"id", "title", "published", "source", "dates", "people",
                           "organisations", "places", "figures", "quotes"}
    text = SAMPLE.read_text(encoding="utf-8")
    assert record["published"] == "2025-03-11"
    for key in ("people", "organisations", "places"):
        for ent in record[key]:
            assert set(ent) == {"name", "aliases", "mentions"}
            for m in ent["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]


def test_published_option_overrides_and_is_validated():
    proc = run(str(SAMPLE), "--format", "json", "--published", "2024-01-02")
    assert json.loads(proc.stdout)["published"] == "2024-01-02"
    bad = run(str(SAMPLE), "--published", "2024-13-40")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr.decode()


def test_stdin_and_jsonl_inputs(tmp_path):
    proc = run("-", "--format", "jsonl", stdin=SAMPLE.read_bytes())
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["id"] == "-"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": "Officials in Paris said so on Monday.",
                               "published": "2024-05-08"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run(str(src), "--format", "jsonl", "--out", str(out))
    assert proc.returncode == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["id"] == "a1" and rec["published"] == "2024-05-08"


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02binary") and d / "bin.txt", "binary"),
    (lambda d: (d / "latin.txt").write_bytes("Caf\xe9 news".encode("latin-1")) and d / "latin.txt", "not valid utf-8"),
    (lambda d: (d / "empty.txt").write_text("  \n", encoding="utf-8") and d / "empty.txt", "empty"),
    (lambda d: (d / "nothing").mkdir() or d / "nothing", "folder has no articles"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_1(tmp_path, make, message):
    path = make(tmp_path)
    proc = run(str(path), "--format", "jsonl")
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert message in err.lower()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert json.loads(proc.stdout)["error"]


def test_one_bad_file_does_not_cost_the_others(tmp_path):
    (tmp_path / "a.txt").write_text("Officials in Paris said so on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00")
    (tmp_path / "c.txt").write_text("The mayor of Lyon said so on Friday.", encoding="utf-8")
    proc = run(str(tmp_path), "--format", "jsonl")
    assert proc.returncode == 1
    lines = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    assert [("error" in l) for l in lines] == [False, True, False]


def test_usage_errors_exit_2():
    assert run().returncode == 2 or run().stdout  # no args: help
    assert run(str(SAMPLE), "--format", "xml").returncode == 2


def test_table_has_no_colour_when_piped_or_no_color():
    proc = run(str(SAMPLE), "--format", "table", env={"NO_COLOR": "1"})
    assert proc.returncode == 0
    assert b"\x1b[" not in proc.stdout
    assert b"Joint Chiefs of Staff" in proc.stdout


def test_help_explains_itself():
    proc = run("--help")
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "PATH" in out and "evaluate" in out


def test_csv_rows_carry_offsets():
    import csv
    import io

    proc = run(str(SAMPLE), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    text = SAMPLE.read_text(encoding="utf-8")
    ents = [r for r in rows if r["fact"] in ("person", "organisation", "place")]
    assert ents
    for r in ents:
        assert text[int(r["start"]):int(r["end"])] == r["text"]


def test_without_the_model_it_warns_once_and_runs_rules_only(tmp_path):
    proc = run(str(SAMPLE), "--format", "json", env={"FACTEXTRACT_MODEL": "no_such_model_pkg"})
    err = proc.stderr.decode()
    assert proc.returncode == 0
    assert err.count("could not load the English model") == 1 and "rule-based" in err
    record = json.loads(proc.stdout)
    assert record["published"] == "2025-03-11"
    assert "Seoul" in {p["name"] for p in record["places"]}

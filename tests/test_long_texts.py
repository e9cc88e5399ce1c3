"""Texts too long for one doc run in sections with offsets into the whole text; an article's time
budget is spent once, not once in its chunk and again alone."""
from __future__ import annotations

import time

import pytest

from conftest import SAMPLES
from factextract import sections
from factextract.extraction import extract
from factextract.pipeline import build_pipeline
from factextract.run.batch import Batch
from factextract.sections import section_bounds
from test_batch import _articles, misbehaving_pipeline


@pytest.mark.parametrize("text, limit", [
    ("para one.\n\npara two is longer.\n\nthree.\n\n" * 40, 100),
    ("line one\nline two\n" * 50, 64),
    ("word " * 300, 50),
    ("x" * 1000, 128),          # no break at all: cut at the limit
    ("short", 100),
])
def test_sections_cover_the_text_within_the_limit(text, limit):
    bounds = section_bounds(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(0 < end - start <= limit for start, end in bounds)


def test_sections_end_after_a_blank_line_when_there_is_one():
    text = "a" * 60 + "\n\n" + "b" * 30 + "\n" + "c" * 60
    assert section_bounds(text, 100) == [(0, 62), (62, len(text))]


@pytest.fixture(scope="module")
def rules_nlp():
    return build_pipeline(None)


def test_a_long_text_is_one_record_with_offsets_into_the_whole_text(rules_nlp, monkeypatch):
    article = (SAMPLES / "border-crossing.txt").read_text(encoding="utf-8")
    text = "\n\n".join(article for _ in range(6))
    whole = extract(text, id="long", nlp=rules_nlp)          # under the limit: one doc
    monkeypatch.setattr(sections, "SECTION_CHARS", len(article) + 10)
    monkeypatch.setattr("factextract.extraction.SECTION_CHARS", len(article) + 10)
    cut = extract(text, id="long", nlp=rules_nlp)
    assert cut.id == "long" and cut.title == whole.title and cut.published == whole.published
    assert cut.warnings[0].startswith("long text: processed in 6 sections")
    for item in cut.dates + cut.figures + cut.quotes:
        assert text[item.start:item.end] == item.text
    for entity in cut.people + cut.organisations + cut.places:
        assert all(text[m.start:m.end] == m.text for m in entity.mentions)
    names = [e.name for e in cut.people + cut.organisations + cut.places]
    assert len(names) == len(set(names)), "an entity named in every section is one entity"
    # the sixth copy's figures are the first copy's, shifted by five copies and separators
    per_copy = len(cut.figures) // 6
    assert per_copy and len(cut.figures) == 6 * per_copy
    shift = 5 * (len(article) + 2)
    assert [(f.start + shift, f.value) for f in cut.figures[:per_copy]] == \
        [(f.start, f.value) for f in cut.figures[-per_copy:]]


def test_a_text_over_max_length_is_not_an_e088(rules_nlp, monkeypatch):
    monkeypatch.setattr(rules_nlp, "max_length", 2_000)
    text = "The council met on Monday.\n\n" * 300                # 8,400 characters
    record = extract(text, id="big", nlp=rules_nlp)
    assert record.id == "big" and len(record.dates) == 300
    assert all(text[d.start:d.end] == "Monday" for d in record.dates)


def test_a_stalling_article_costs_its_budget_once_not_twice():
    run = Batch(jobs=1, timeout=1.0, pipeline=misbehaving_pipeline, total=9)
    started = time.monotonic()
    results = list(run.results(_articles({5: "This one will HANG for a minute."})))
    took = time.monotonic() - started
    assert took < 1.8, f"{took:.1f} s: the budget was spent twice"
    assert [r.id for r in results if hasattr(r, "error")] == ["bad", "t5"]


def test_a_lone_stalling_article_is_not_redone():
    run = Batch(jobs=1, timeout=1.0, pipeline=misbehaving_pipeline, total=1)
    started = time.monotonic()
    [record] = list(run.results([_articles({0: "HANG"})[0]]))
    assert time.monotonic() - started < 1.8
    assert "timed out: over the 1 s budget" in record.error

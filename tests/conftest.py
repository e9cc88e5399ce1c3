"""Shared fixtures: the pipeline (built once), the samples, ../shared when it is there, and the
batch tests' helpers (a folder of short articles, a one-component test pipeline)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"

PLACES = ["Lyon", "Oslo", "Quito", "Hanoi", "Accra", "Perth", "Dakar", "Lima", "Riga", "Bern",
          "Cork", "Turin"]


@pytest.fixture(scope="session")
def nlp():
    from factextract.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=None) with the shared pipeline."""
    from factextract.extraction import extract as run

    return lambda text, published=None, **kw: run(text, published=published, nlp=nlp, **kw)


@pytest.fixture(scope="session")
def sample_records(nlp):
    """Records of every sample article, keyed by file name."""
    from factextract.extraction import extract as run

    return {p.name: (p.read_text(encoding="utf-8"), run(p.read_text(encoding="utf-8"), id=p.name, nlp=nlp))
            for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside this checkout: skipping tests on the shared data")
    return SHARED


def short_article(i: int) -> str:
    return (f"Bulletin {i:03d} on the bridges\n\n"
            f"The mayor of {PLACES[i % len(PLACES)]} said on Monday that {i + 2} bridges would reopen.")


@pytest.fixture
def mixed_folder(tmp_path):
    """12 good articles and 3 broken files (binary, empty, not UTF-8), names in sorted order."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(12):
        (folder / f"a{i:02d}.txt").write_text(short_article(i), encoding="utf-8")
    (folder / "a03b.txt").write_bytes(b"\x00\x01\x02 binary")
    (folder / "a07b.txt").write_text("   \n", encoding="utf-8")
    (folder / "a10b.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    return folder


def blank_pipeline(name: str, component):
    """A blank English pipeline of one test component (registered once under `name`), with
    factextract's doc extensions: what a test needs to make articles misbehave or go slow."""
    import spacy
    from spacy.language import Language

    from factextract.nlp import extensions  # noqa: F401

    if name not in Language.factories:
        Language.component(name, func=component)
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    return nlp

"""Shared fixtures: the pipeline (built once), the samples, and ../shared when it is there."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


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

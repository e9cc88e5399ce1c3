"""One chunk of articles in whichever process runs it, within a time budget per article that
is spent once: the chunk's statistical components run batched (their time charged to each
article by its share of the text), then each article's rule components run alone on what its
budget has left, so a pathological article costs one budget, not one in the batch and another
alone. When the batched stage fails or overruns, each article is redone alone with what it has
left."""
from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable

from ..io.articles import Article
from ..records import ErrorRecord

Result = Any  # records.Record | records.ErrorRecord (kept loose: records import no spaCy)


class ArticleTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float | None):
    """Raise ArticleTimeout in the block after `seconds` (SIGALRM: main thread, POSIX only;
    elsewhere the block simply runs unbounded). Interrupts Python code, regexes included."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timeout_error(article_id: str, seconds: float) -> ErrorRecord:
    return ErrorRecord(article_id, f"timed out: over the {seconds:g} s budget for one article")


def internal_error(article_id: str, exc: BaseException) -> ErrorRecord:
    return ErrorRecord(article_id, f"internal error: {exc.__class__.__name__}: {exc}")


def extract_alone(nlp, article: Article, timeout: float | None,
                  left: float | None = None) -> Result:
    """One article's record, or the ErrorRecord that stands in for it; `left`: what remains
    of its `timeout` budget (default: all of it)."""
    from ..extraction import extract

    limit = left if left is not None and timeout else timeout
    return _bounded(article.id, timeout, limit,
                    lambda: extract(article.text, nlp=nlp, article=article))


def _bounded(article_id: str, timeout: float | None, limit: float | None,
             work: Callable[[], Result]) -> Result:
    """work() within `limit` seconds (what is left of the `timeout` budget), or the
    ErrorRecord that stands in for it: budget spent or overrun, or any exception."""
    if limit is not None and limit <= 0:
        return timeout_error(article_id, timeout)
    try:
        with time_limit(limit):
            return work()
    except ArticleTimeout:
        return timeout_error(article_id, timeout)
    except Exception as exc:  # one article must never end a run
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        return internal_error(article_id, exc)


class Staged:
    """A chunk after its shared stage: the docs (None where an article goes alone) and what
    each article has left of its budget."""

    def __init__(self, docs: list | None, left: list[float | None], rest: list) -> None:
        self.docs, self.left = docs, left
        self.rest = rest  # the per-doc components (stages.split), found once per chunk


def shared_stage(nlp, articles: list[Article], timeout: float | None) -> Staged:
    """The chunk's statistical components in one batch (what makes spaCy fast), under one
    budget. Its time is charged to the articles by their share of the characters, so an
    article's budget is spent once: whatever it used here is gone for the rest. When the stage
    overruns or fails, the docs are None and each article is redone alone with what it has left
    (a chunk of one article has nothing left: its error is final)."""
    from ..extraction import runs_in_sections
    from .stages import run_batched, split

    batched, rest = split(nlp)
    long = [runs_in_sections(a.text, nlp) for a in articles]
    short = [a for a, too_long in zip(articles, long) if not too_long]
    started = time.monotonic()
    docs = None
    failure: BaseException | None = None
    try:
        with time_limit(timeout):
            docs = run_batched(nlp, batched, short)
    except ArticleTimeout as exc:
        failure = exc
    except Exception as exc:
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        failure = exc
    spent = time.monotonic() - started
    total = sum(len(a.text) for a in short) or 1
    left = [None if timeout is None or too_long else timeout - spent * len(a.text) / total
            for a, too_long in zip(articles, long)]
    if docs is None:
        if len(short) == 1 and len(articles) == 1:  # nothing else to blame, nothing to redo
            return Staged([failure], [0.0], rest)
        return Staged(None, left, rest)
    it = iter(docs)
    return Staged([None if too_long else next(it) for too_long in long], left, rest)


def finish(nlp, staged: Staged, i: int, article: Article, timeout: float | None) -> Result:
    """Article i's record: the rest of the pipeline on its doc within what its budget has
    left, or (no doc: a long text, or the shared stage failed) the whole of it alone."""
    from .stages import run_rest
    from ..extraction import record_from_doc

    left = staged.left[i] if timeout else None
    doc = staged.docs[i] if staged.docs is not None else None
    if isinstance(doc, ArticleTimeout):
        return timeout_error(article.id, timeout)
    if isinstance(doc, BaseException):
        return internal_error(article.id, doc)
    if doc is None:
        return extract_alone(nlp, article, timeout, left)
    return _bounded(article.id, timeout, left,
                    lambda: record_from_doc(run_rest(staged.rest, doc), article.id, article))


def run_chunk(nlp, articles: list[Article], timeout: float | None) -> list[Result]:
    staged = shared_stage(nlp, articles, timeout)
    return [finish(nlp, staged, i, a, timeout) for i, a in enumerate(articles)]

"""One chunk of articles in whichever process runs it, within a time budget per article:
the whole chunk through one nlp.pipe call, or, when that fails or overruns, article by
article so that only the article at fault becomes an error record."""
from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from typing import Any

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


def try_batched(nlp, articles: list[Article], timeout: float | None) -> list[Result] | None:
    """All records of the chunk through one nlp.pipe call, or None when any article failed or
    the chunk as a whole overran one article's budget (then redo it article by article)."""
    from ..extraction import extract_many

    try:
        with time_limit(timeout):
            return list(extract_many(articles, nlp=nlp, batch_size=len(articles)))
    except ArticleTimeout:
        return None
    except Exception:
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        return None


def extract_alone(nlp, article: Article, timeout: float | None) -> Result:
    """One article's record, or the ErrorRecord that stands in for it."""
    from ..extraction import extract

    try:
        with time_limit(timeout):
            return extract(article.text, nlp=nlp, article=article)
    except ArticleTimeout:
        return timeout_error(article.id, timeout)
    except Exception as exc:  # one article must never end a run
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        return internal_error(article.id, exc)


def run_chunk(nlp, articles: list[Article], timeout: float | None) -> list[Result]:
    records = try_batched(nlp, articles, timeout)
    return records if records is not None else [extract_alone(nlp, a, timeout) for a in articles]

"""`factextract compare`: the facts of articles about one event, paired across articles."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .options import ENCODING_OPTION, OUT_OPTION, check_date, err, use_color


class CompareFormat(str, Enum):
    table = "table"
    json = "json"
    html = "html"


def compare_command(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Articles: files, folders, '-' or .jsonl (two or more in all)."),
    fmt: Optional[CompareFormat] = typer.Option(None, "--format", "-f",
                                                help="Output format [default: table on a terminal, else json]."),
    out: Optional[Path] = OUT_OPTION,
    published: Optional[str] = typer.Option(None, "--published", callback=check_date,
                                            help="Publication date YYYY-MM-DD for every article."),
    encoding: str = ENCODING_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
    no_single: bool = typer.Option(False, "--no-single", help="Leave single-source facts out (still counted in the summary)."),
) -> None:
    """Compare articles about the same event: facts two or more report alike (corroborated),
    facts only one reports (single-source), and facts they disagree on (conflict: the same
    count with different values, the same event with different dates, the same words given
    to different speakers), each with the evidence (article id, text, offsets) from every article.

    Exit status: 0 all compared, 1 some input failed (the rest are compared), 2 usage error
    (fewer than two articles)."""
    from ..compare.pairing import compare
    from ..io.readers import Article, InputFailure, read_inputs
    from ..records import ErrorRecord
    from ..compare.render import write_comparison

    articles, failed = [], 0
    for item in read_inputs(paths, encoding=encoding):
        if isinstance(item, InputFailure):
            failed += 1
            err(f"{item.id}: {item.error}")
        else:
            articles.append(item if published is None else Article(item.id, item.text, published, item.title))
    records, texts = [], []
    for article, record in zip(articles, _extract_all(articles)):
        if isinstance(record, ErrorRecord):
            failed += 1
            err(f"{record.id}: {record.error}")
        else:
            records.append(record)
            texts.append(article.text)
    if len(records) < 2:
        err(f"compare needs at least two articles; {len(records)} could be read")
        raise typer.Exit(2)
    result = compare(records, texts)
    if no_single:
        result.single_source = []
    fmt_name = fmt.value if fmt else ("table" if out is None and sys.stdout.isatty() else "json")
    stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        write_comparison(result, fmt_name, stream, color=out is None and use_color(sys.stdout),
                         texts=dict(zip((r.id for r in records), texts)))
    except BrokenPipeError:
        os._exit(0)
    finally:
        if out:
            stream.close()
    if not quiet:
        s = result.summary
        err(f"{s['articles']} articles: {s['corroborated']} corroborated, {s['conflicts']} in conflict, "
             f"{s['single_source']} single-source" + (f"; {failed} failed" if failed else ""))
    raise typer.Exit(1 if failed else 0)


def _extract_all(articles):
    """Records in order through the batched pipeline; if the batch fails, one by one so that
    one bad article costs only itself."""
    from ..extraction import extract_many

    try:
        return list(extract_many(articles))
    except Exception:  # noqa: BLE001 - fall back to per-article errors
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        return [_extract_one(a) for a in articles]


def _extract_one(article):
    """One article's record, or an error record saying why it failed."""
    from ..extraction import extract
    from ..records import ErrorRecord

    try:
        return extract(article.text, published=article.published, id=article.id, title=article.title)
    except Exception as exc:  # noqa: BLE001 - one bad article costs only itself
        return ErrorRecord(article.id, f"internal error: {exc.__class__.__name__}: {exc}")

"""`factextract extract`: articles in, one record each out, in input order."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .options import (ENCODING_OPTION, FETCH_TIMEOUT_OPTION, GLOB_OPTION, INPUT_FORMAT_OPTION,
                      OUT_OPTION, PER_HOST_OPTION, RETRIES_OPTION, UNATTRIBUTED_QUOTES_OPTION, URLS_OPTION,
                      WITH_TEXT_OPTION,
                      Format, check_date, err, make_sources, trim_record, use_color)

STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")  # --out names that mean a fact store


def extract_command(
    paths: Optional[List[str]] = typer.Argument(None, metavar="PATH...", help="Articles: files, folders, '-', .jsonl, web pages, .warc(.gz), http(s) URLs."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f",
                                         help="Output format [default: table on a terminal, sqlite for --out *.db/*.sqlite, else jsonl]."),
    out: Optional[Path] = OUT_OPTION,
    published: Optional[str] = typer.Option(None, "--published", callback=check_date,
                                            help="Publication date YYYY-MM-DD: sets or overrides what the text says."),
    encoding: str = ENCODING_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Worker processes [default: the number of cores; small runs stay in one process]."),
    timeout: float = typer.Option(60.0, "--timeout", min=0,
                                  help="Seconds one article may take before it becomes an error record (0: no limit)."),
    resume: bool = typer.Option(False, "--resume",
                                help="With --out FILE.jsonl: skip ids already in FILE, append the rest (a sqlite store always does)."),
    with_text: bool = WITH_TEXT_OPTION,
    vague_dates: bool = typer.Option(False, "--vague-dates",
                                     help='Keep the dates with no checkable value ("now", "recently", "the future"), marked "vague": true.'),
    unattributed_quotes: bool = UNATTRIBUTED_QUOTES_OPTION,
    input_format: str = INPUT_FORMAT_OPTION,
    glob: Optional[str] = GLOB_OPTION,
    urls: Optional[List[str]] = URLS_OPTION,
    fetch_timeout: float = FETCH_TIMEOUT_OPTION,
    per_host: int = PER_HOST_OPTION,
    retries: int = RETRIES_OPTION,
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Run on a Dask cluster: tcp://HOST:8786, or local:N for N worker processes here (needs factextract[cluster])."),
) -> None:
    from ..run.batch import Batch, resume_output
    from ..io.readers import count_inputs, read_inputs
    from ..records import ErrorRecord
    from ..io.writers import Writer

    paths = list(paths or [])
    if not paths and not urls:
        err("give at least one PATH or --urls FILE")
        raise typer.Exit(2)
    sources = make_sources(input_format, glob, urls, fetch_timeout, per_host, retries)
    if scheduler is not None:
        check_scheduler(scheduler, jobs)
    fmt_name = fmt.value if fmt else ("table" if out is None and sys.stdout.isatty() else "jsonl")
    if fmt_name == "sqlite" or (fmt is None and out is not None and out.suffix.lower() in STORE_SUFFIXES):
        from .extract_store import extract_into_store

        raise typer.Exit(extract_into_store(paths, out, encoding=encoding, published=published,
                                            jobs=jobs, timeout=timeout, quiet=quiet, sources=sources,
                                            vague_dates=vague_dates, scheduler=scheduler,
                                            unattributed_quotes=unattributed_quotes))
    done: set = set()
    if resume:
        if out is None or fmt_name != "jsonl":
            err("--resume needs --out FILE and the jsonl format")
            raise typer.Exit(2)
        done, cut = resume_output(out)
        if cut and not quiet:
            err(f"{out}: dropped a half-written last record ({cut} bytes)")
    stream = open(out, "a" if resume else "w", encoding="utf-8", newline="") if out else sys.stdout
    writer = Writer(fmt_name, stream, color=out is None and use_color(sys.stdout))
    # a bar only where it cannot tangle with records printed on the same terminal
    show_bar = sys.stderr.isatty() and not (out is None and sys.stdout.isatty())
    batch = Batch(jobs=jobs, timeout=timeout, published=published, skip=done,
                  total=count_inputs(paths, sources), progress=show_bar, quiet=quiet,
                  scheduler=scheduler)
    results = batch.results(read_inputs(paths, encoding=encoding, sources=sources))
    keep_text = with_text or fmt_name == "html"  # the page highlights the facts in the text
    try:
        for record in results:
            trim_record(record, keep_text, vague_dates, unattributed_quotes)
            if not (fmt_name == "table" and isinstance(record, ErrorRecord)):
                writer.write(record)
        writer.close()
    except KeyboardInterrupt:
        err("interrupted")
        raise typer.Exit(130)
    except RuntimeError as exc:  # no worker could start, the cluster failed: not one article's fault
        from ..run.cluster import ClusterError
        from ..run.pool import WorkerStartError

        if not isinstance(exc, (ClusterError, WorkerStartError)):
            raise
        err(str(exc))
        raise typer.Exit(2 if isinstance(exc, ClusterError) else 1)
    except BrokenPipeError:
        os._exit(0)
    finally:
        results.close()  # stops workers and the bar however the loop ended
        if out:
            stream.close()
    batch.finish()
    raise typer.Exit(1 if batch.stats.failed else 0)


def check_scheduler(scheduler: str, jobs: Optional[int]) -> None:
    """Usage errors of --scheduler, before any input is read."""
    from ..run.cluster import local_workers

    if jobs is not None:
        err("--jobs and --scheduler exclude each other (the cluster's workers are the jobs)")
        raise typer.Exit(2)
    if scheduler.startswith("local:"):
        try:
            local_workers(scheduler)
        except ValueError as exc:
            err(str(exc))
            raise typer.Exit(2)
    elif "://" not in scheduler:
        err(f"{scheduler!r}: use tcp://HOST:PORT (a Dask scheduler) or local:N")
        raise typer.Exit(2)

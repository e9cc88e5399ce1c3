"""`factextract extract`: articles in, one record each out, in input order."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .options import ENCODING_OPTION, OUT_OPTION, Format, check_date, err, use_color

STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")  # --out names that mean a fact store


def extract_command(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Articles: files, folders, '-' or .jsonl."),
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
) -> None:
    from ..run.batch import Batch, resume_output
    from ..io.readers import count_inputs, read_inputs
    from ..records import ErrorRecord
    from ..io.writers import Writer

    fmt_name = fmt.value if fmt else ("table" if out is None and sys.stdout.isatty() else "jsonl")
    if fmt_name == "sqlite" or (fmt is None and out is not None and out.suffix.lower() in STORE_SUFFIXES):
        from .extract_store import extract_into_store

        raise typer.Exit(extract_into_store(paths, out, encoding=encoding, published=published,
                                            jobs=jobs, timeout=timeout, quiet=quiet))
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
                  total=count_inputs(paths), progress=show_bar, quiet=quiet)
    results = batch.results(read_inputs(paths, encoding=encoding))
    try:
        for record in results:
            if not (fmt_name == "table" and isinstance(record, ErrorRecord)):
                writer.write(record)
        writer.close()
    except KeyboardInterrupt:
        err("interrupted")
        raise typer.Exit(130)
    except BrokenPipeError:
        os._exit(0)
    finally:
        results.close()  # stops workers and the bar however the loop ended
        if out:
            stream.close()
    batch.finish()
    raise typer.Exit(1 if batch.stats.failed else 0)

"""The command line: arguments -> inputs -> extract -> render. Nothing else lives here."""
from __future__ import annotations

import os
import re
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__

HELP = """Pull the checkable facts out of news articles: title, publication date, source, people,
organisations, places, dates, figures and quotes, each with character offsets into the text.

PATH is a text file, a folder (its *.txt and *.md files, sorted), '-' for standard input, or a
.jsonl file whose lines are {"id", "text", "published"?, "title"?}.

Other commands: 'factextract evaluate GOLD.jsonl' scores the extractor against a gold file
(see 'factextract evaluate --help'); 'factextract compare A B [C...]' pairs the facts of
articles about the same event (see 'factextract compare --help').

Exit status: 0 every input processed, 1 some input failed (the others are still written),
2 usage error."""

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  rich_markup_mode=None, help=HELP)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _use_color(stream) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _err(message: str) -> None:
    print(f"factextract: {message}", file=sys.stderr)


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter("use YYYY-MM-DD, e.g. 2025-10-19")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value} is not a calendar date") from None
    return value


# Options that mean the same for every command that reads articles.
OUT_OPTION = typer.Option(None, "--out", "-o", help="Write output to this file instead of stdout.")
ENCODING_OPTION = typer.Option("utf-8", "--encoding", help="Text encoding of the input files.")


@app.command("extract", help=HELP)
def extract_command(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Articles: files, folders, '-' or .jsonl."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f",
                                         help="Output format [default: table on a terminal, else jsonl]."),
    out: Optional[Path] = OUT_OPTION,
    published: Optional[str] = typer.Option(None, "--published", callback=_check_date,
                                            help="Publication date YYYY-MM-DD: sets or overrides what the text says."),
    encoding: str = ENCODING_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Worker processes [default: the number of cores; small runs stay in one process]."),
    timeout: float = typer.Option(60.0, "--timeout", min=0,
                                  help="Seconds one article may take before it becomes an error record (0: no limit)."),
    resume: bool = typer.Option(False, "--resume",
                                help="With --out FILE.jsonl: skip ids already in FILE, append the rest."),
) -> None:
    from .batch import Batch, resume_output
    from .inputs import count_inputs, read_inputs
    from .records import ErrorRecord
    from .render import Writer

    fmt_name = fmt.value if fmt else ("table" if out is None and sys.stdout.isatty() else "jsonl")
    done: set = set()
    if resume:
        if out is None or fmt_name != "jsonl":
            _err("--resume needs --out FILE and the jsonl format")
            raise typer.Exit(2)
        done, cut = resume_output(out)
        if cut and not quiet:
            _err(f"{out}: dropped a half-written last record ({cut} bytes)")
    stream = open(out, "a" if resume else "w", encoding="utf-8", newline="") if out else sys.stdout
    writer = Writer(fmt_name, stream, color=out is None and _use_color(sys.stdout))
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
        _err("interrupted")
        raise typer.Exit(130)
    except BrokenPipeError:
        os._exit(0)
    finally:
        results.close()  # stops workers and the bar however the loop ended
        if out:
            stream.close()
    batch.finish()
    raise typer.Exit(1 if batch.stats.failed else 0)


@app.command("evaluate")
def evaluate_command(
    gold: Path = typer.Argument(..., help="Gold JSONL: {id, text, published?, gold: {people|organisations|places|dates|figures|quotes: [...]}}."),
    pred_out: Optional[Path] = typer.Option(None, "--pred-out", help="Also write the predictions, in the reference scorers' format."),
    errors: int = typer.Option(0, "--errors", help="Show up to N misses and extras."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N documents."),
) -> None:
    """Score factextract against a gold JSONL: precision, recall and F1 per fact type the
    gold file has (entities exact and overlapping; dates, figures and quotes as their scorers say)."""
    from .scoring import evaluate_file

    if not gold.is_file():
        _err(f"{gold}: no such file")
        raise typer.Exit(2)
    try:
        lines = evaluate_file(gold, pred_out=pred_out, errors=errors, limit=limit)
    except ValueError as exc:
        _err(f"{gold}: {exc}")
        raise typer.Exit(2)
    for line in lines:
        print(line)


class CompareFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("compare")
def compare_command(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Articles: files, folders, '-' or .jsonl (two or more in all)."),
    fmt: Optional[CompareFormat] = typer.Option(None, "--format", "-f",
                                                help="Output format [default: table on a terminal, else json]."),
    out: Optional[Path] = OUT_OPTION,
    published: Optional[str] = typer.Option(None, "--published", callback=_check_date,
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
    from .compare import compare
    from .inputs import Article, InputFailure, read_inputs
    from .records import ErrorRecord
    from .render_compare import write_comparison

    articles, failed = [], 0
    for item in read_inputs(paths, encoding=encoding):
        if isinstance(item, InputFailure):
            failed += 1
            _err(f"{item.id}: {item.error}")
        else:
            articles.append(item if published is None else Article(item.id, item.text, published, item.title))
    records, texts = [], []
    for article, record in zip(articles, _extract_all(articles)):
        if isinstance(record, ErrorRecord):
            failed += 1
            _err(f"{record.id}: {record.error}")
        else:
            records.append(record)
            texts.append(article.text)
    if len(records) < 2:
        _err(f"compare needs at least two articles; {len(records)} could be read")
        raise typer.Exit(2)
    result = compare(records, texts)
    if no_single:
        result.single_source = []
    fmt_name = fmt.value if fmt else ("table" if out is None and sys.stdout.isatty() else "json")
    stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        write_comparison(result, fmt_name, stream, color=out is None and _use_color(sys.stdout))
    except BrokenPipeError:
        os._exit(0)
    finally:
        if out:
            stream.close()
    if not quiet:
        s = result.summary
        _err(f"{s['articles']} articles: {s['corroborated']} corroborated, {s['conflicts']} in conflict, "
             f"{s['single_source']} single-source" + (f"; {failed} failed" if failed else ""))
    raise typer.Exit(1 if failed else 0)


def _extract_all(articles):
    """Records in order through the batched pipeline; if the batch fails, one by one so that
    one bad article costs only itself."""
    from .extraction import extract_many

    try:
        return list(extract_many(articles))
    except Exception:  # noqa: BLE001 - fall back to per-article errors
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        return [_extract_one(a) for a in articles]


def _version(value: bool) -> None:
    if value:
        print(f"factextract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    pass


COMMANDS = ("extract", "evaluate", "compare")


def main(argv: Optional[List[str]] = None) -> None:
    """Console entry point: `factextract PATH...` means `factextract extract PATH...`."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in COMMANDS and args[0] not in ("--help", "-h", "--version"):
        args = ["extract"] + args
    try:
        app(args=args, prog_name="factextract")
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("FACTEXTRACT_DEBUG"):
            raise
        _err(f"internal error: {exc.__class__.__name__}: {exc} (FACTEXTRACT_DEBUG=1 shows the traceback)")
        sys.exit(1)

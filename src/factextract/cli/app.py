"""The command line: arguments -> inputs -> extract -> render. Each command lives in its own
module; this one only assembles them and turns `factextract PATH...` into `extract PATH...`."""
from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer

from .. import __version__
from .ask import ask_command
from .compare import compare_command
from .evaluate import evaluate_command
from .extract import extract_command
from .options import err
from .text import text_command

HELP = """Pull the checkable facts out of news articles: title, publication date, source, people,
organisations, places, dates, figures and quotes, each with character offsets into the text.

PATH is a text file (.txt, .md), a web page (.html, .htm: its main text and metadata), a web
archive (.warc, .warc.gz: every HTML response), a .jsonl file whose lines are {"id", "text",
"published"?, "title"?}, any of these gzipped, an http(s) URL, '-' for standard input, or a
folder (walked recursively, sorted, hidden entries skipped; --glob chooses files).

'factextract text PAGE' prints the text a page is read as.

Other commands: 'factextract evaluate GOLD.jsonl' scores the extractor against a gold file
(see 'factextract evaluate --help'); 'factextract compare A B [C...]' pairs the facts of
articles about the same event (see 'factextract compare --help'); 'factextract ask facts.db
--person NAME' asks questions across a fact store written with --out facts.db (see
'factextract ask --help').

Exit status: 0 every input processed, 1 some input failed (the others are still written),
2 usage error."""

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  rich_markup_mode=None, help=HELP)
app.command("extract", help=HELP)(extract_command)
app.command("evaluate")(evaluate_command)
app.command("compare")(compare_command)
app.command("text")(text_command)
app.command("ask")(ask_command)


def _version(value: bool) -> None:
    if value:
        print(f"factextract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    pass


COMMANDS = ("extract", "evaluate", "compare", "text", "ask")


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
        err(f"internal error: {exc.__class__.__name__}: {exc} (FACTEXTRACT_DEBUG=1 shows the traceback)")
        sys.exit(1)

"""`factextract text PAGE...`: the text an input is read as (a web page's extracted main text),
so a reader can see exactly what the facts and their offsets refer to."""
from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer

from .options import (ENCODING_OPTION, FETCH_TIMEOUT_OPTION, GLOB_OPTION, INPUT_FORMAT_OPTION,
                      PER_HOST_OPTION, RETRIES_OPTION, URLS_OPTION, err, make_sources)


def text_command(
    paths: Optional[List[str]] = typer.Argument(None, metavar="PATH...", help="Pages, files, folders, .warc(.gz), URLs, '-'."),
    encoding: str = ENCODING_OPTION,
    input_format: str = INPUT_FORMAT_OPTION,
    glob: Optional[str] = GLOB_OPTION,
    urls: Optional[List[str]] = URLS_OPTION,
    fetch_timeout: float = FETCH_TIMEOUT_OPTION,
    per_host: int = PER_HOST_OPTION,
    retries: int = RETRIES_OPTION,
) -> None:
    """Print the text each input is read as: for a web page the main text extracted from it
    (menus, adverts and scripts left out), for a text file the file itself. With several
    inputs, each text follows a line '==> ID <==' (as `head` does).

    Exit status: 0 all read, 1 some input could not be read (said on stderr), 2 usage error."""
    from ..io.readers import InputFailure, read_inputs

    paths = list(paths or [])
    if not paths and not urls:
        err("give at least one PATH or --urls FILE")
        raise typer.Exit(2)
    sources = make_sources(input_format, glob, urls, fetch_timeout, per_host, retries)
    failed = shown = 0
    try:
        for item in read_inputs(paths, encoding=encoding, sources=sources):
            if isinstance(item, InputFailure):
                failed += 1
                err(f"{item.id}: {item.error}")
                continue
            several = shown or len(paths) + len(sources.urls_files) > 1 or os.path.isdir(paths[0] if paths else "")
            if several:
                sys.stdout.write(("\n" if shown else "") + f"==> {item.id} <==\n")
            sys.stdout.write(item.text.rstrip("\n") + "\n")
            shown += 1
        sys.stdout.flush()
    except BrokenPipeError:
        os._exit(0)
    raise typer.Exit(1 if failed else 0)

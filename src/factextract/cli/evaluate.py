"""`factextract evaluate`: the extractor scored against a gold JSONL."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .options import err


def evaluate_command(
    gold: Path = typer.Argument(..., help="Gold JSONL: {id, text, published?, gold: {people|organisations|places|dates|figures|quotes: [...]}}."),
    pred_out: Optional[Path] = typer.Option(None, "--pred-out", help="Also write the predictions, in the reference scorers' format."),
    errors: int = typer.Option(0, "--errors", help="Show up to N misses and extras."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N documents."),
) -> None:
    """Score factextract against a gold JSONL: precision, recall and F1 per fact type the
    gold file has (entities exact and overlapping; dates, figures and quotes as their scorers say)."""
    from ..scoring import evaluate_file

    if not gold.is_file():
        err(f"{gold}: no such file")
        raise typer.Exit(2)
    try:
        lines = evaluate_file(gold, pred_out=pred_out, errors=errors, limit=limit)
    except ValueError as exc:
        err(f"{gold}: {exc}")
        raise typer.Exit(2)
    for line in lines:
        print(line)

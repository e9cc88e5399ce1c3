"""What a run tells its user on stderr: the counts, the summary line and a Rich progress bar."""
from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Stats:
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.perf_counter)

    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def summary(self) -> str:
        seconds = self.seconds()
        done = self.processed + self.failed
        line = (f"{self.processed} processed, {self.failed} failed, {seconds:.1f} s, "
                f"{done / seconds if seconds > 0 else 0:.1f} articles/s")
        return line + (f", {self.skipped} skipped (already in the output)" if self.skipped else "")


class ProgressBar:
    """Rich progress on stderr (imported only when a bar is shown)."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.progress = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
            TimeElapsedColumn(), console=Console(stderr=True), transient=False,
            redirect_stdout=False, redirect_stderr=False)
        self.task = self.progress.add_task("extracting", total=total, rate="")
        self.started = time.perf_counter()
        self.done = 0
        self.progress.start()

    def advance(self) -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.started
        rate = f"{self.done / elapsed:.1f} articles/s" if elapsed > 0 else ""
        self.progress.update(self.task, advance=1, rate=rate)

    def print(self, text: str) -> None:
        self.progress.console.print(text, markup=False, highlight=False)

    def stop(self) -> None:
        self.progress.stop()

"""Where an offset falls: inside a quote or not, in which paragraph.

Why its own module: the cue search and the speaker resolution both skip words inside quotes
("Trump is wrong," Clinton said - the name inside never speaks); one lookup serves both.
"""
from __future__ import annotations

import bisect


class QuotedSpans:
    """The quoted stretches of one doc, as (start, end) offsets, sorted for bisection."""

    def __init__(self, quoted: list[tuple[int, int]]) -> None:
        self.spans = sorted(quoted)
        self._starts = [s for s, _ in self.spans]

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]


class Paragraphs:
    """The paragraphs of one doc, as (start, end) offsets in text order."""

    def __init__(self, paragraphs: list[tuple[int, int]]) -> None:
        self.spans = paragraphs
        self._starts = [s for s, _ in paragraphs]

    def of(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.spans[i]

"""The text of each article, held from reading until its record comes out of the batch.

Records do not carry their text (workers would ship every article back); the page needs it
to highlight facts, so the CLI keeps the texts it reads and attaches each to its record. Only
texts whose record has not come back yet are held: the batch's read-ahead window bounds them.
"""
from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Iterator

from ...records import ErrorRecord, Record
from ..articles import Article, InputFailure


class ArticleTexts:
    """`keep(items)` passes inputs through, remembering texts; `attach(record)` sets
    `record.text` from the oldest text read under the record's id (ids may repeat)."""

    def __init__(self) -> None:
        self.held: dict[str, deque[str]] = defaultdict(deque)

    def keep(self, items: Iterable[Article | InputFailure]) -> Iterator[Article | InputFailure]:
        for item in items:
            if isinstance(item, Article):
                self.held[item.id].append(item.text)
            yield item

    def attach(self, record: Record | ErrorRecord) -> None:
        texts = self.held.get(record.id)
        if not texts:
            return
        text = texts.popleft()
        if not texts:
            del self.held[record.id]
        if isinstance(record, Record) and record.text is None:
            record.text = text

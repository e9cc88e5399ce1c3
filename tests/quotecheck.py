"""The speaker a record gives quoted words (shared by the quote test tables)."""
from __future__ import annotations


def speaker_of(rec, words: str) -> str | None:
    """The speaker of the quote whose text is `words` (trailing "." and "," ignored); fails
    the test when no quote has those words."""
    quotes = {q.text.rstrip(".,"): q for q in rec.quotes}
    key = words.rstrip(".,")
    assert key in quotes, f"{words!r} not found among {list(quotes)}"
    return quotes[key].speaker

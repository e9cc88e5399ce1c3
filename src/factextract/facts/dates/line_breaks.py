"""A candidate date never runs over a line break: in a fixture block "Saturday, 12 March" and
"2000 GMT" stand on lines of their own, and the model's one entity over both made the kick-off
time vanish into the day ("12 March\\n\\n2000 GMT" read as 12 March only)."""
from __future__ import annotations

from spacy.tokens import Doc


def pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges of [start, end) between line-break tokens (whitespace holding "\\n")."""
    out, s = [], start
    for i in range(start, end):
        if doc[i].is_space and "\n" in doc[i].text:
            if i > s:
                out.append((s, i))
            s = i + 1
    if end > s:
        out.append((s, end))
    return out

"""List markers are not figures: "fall into two groups: (1) those who ..., and (2) those who
...", and a number opening a line as a point of a list ("2. In Washington, ...", "3) Check
your settings"). They number the points of a list; they count nothing.

Why apart from the component: the marker is told by its place (a line's start) or by the run
it belongs to ("(1)" ... "(2)" in one paragraph), which the characters show and the parse
does not (it reads "(2) those" as two of "those")."""
from __future__ import annotations

import re

# "2. In Washington", "3) Check", "- 4. Bio": a short number, a full stop or bracket, then text
_LINE_MARKER = re.compile(r"(?m)^[^\S\n]*(?:[-*•·][^\S\n]*)?(?P<n>\d{1,2})[.)][^\S\n]+(?=[^\d\s])")
# "(1) those who": a bracketed short number before a word, after the start of a sentence, a
# colon, a comma, "and" or "or" (not "Warren (12) leads": a count after a name)
_INLINE_MARKER = re.compile(r"(?:^|[:;,.!?]|\band|\bor)[^\S\n]*\((?P<n>\d{1,2})\)[^\S\n]+(?=[A-Za-z“\"‘'])",
                            re.M)


def marker_spans(text: str) -> list[tuple[int, int]]:
    """The digits of every list marker in `text`."""
    spans = [m.span("n") for m in _LINE_MARKER.finditer(text)]
    for paragraph in re.finditer(r"[^\n]+", text):
        found = {int(m.group("n")): m.span("n")
                 for m in _INLINE_MARKER.finditer(text, paragraph.start(), paragraph.end())}
        if 1 in found and 2 in found and found[1] < found[2]:   # a run that starts at one
            spans += list(found.values())
    return spans

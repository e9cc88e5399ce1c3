"""Wire-copy furniture that names someone: a dateline ("BELGRADE 1996-08-30", "SEOUL, Oct 19")
names a place, a caption's "(FIRST LAST)" the photographer. Found on characters, since the
tokenizer splits datelines unpredictably, then set on tokens."""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .proposal import Proposal, replace
from .tokens import TokenView

_DATELINE = re.compile(
    r"(?=[A-Z])(?:^|(?<=\n)|(?<=[.!?] ))([A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*){0,3})"
    r"(?:, ([A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*){0,3}))?"
    r"(?: \d{4}-\d\d-\d\d\b|,? (?:\([A-Za-z ]+\) )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d"
    r"| \([A-Za-z .]+\) [-–—])")
_PHOTO_CREDIT = re.compile(r"\(([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,2})\)\s*$")


class Datelines:
    """"BELGRADE 1996-08-30", "CHISINAU, Moldova 1996-08-30", "SEOUL, Oct 19 (Reuters)": places."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        for m in _DATELINE.finditer(v.text):
            if not (m.group(1).isupper() or m.group(1).lower() in self.lex.places) or m.group(1).lower() in self.lex.bodies:
                continue
            for g in (1, 2):
                if m.group(g):
                    toks = v.char_to_tokens(m.start(g), m.end(g))
                    if toks:
                        replace(spans, Proposal(toks[0], toks[1], "places", "dateline"))


def photo_credits(v: TokenView, spans: list[Proposal]) -> None:
    """A caption ending in "(FIRST LAST)" credits a photographer."""
    pos = 0
    for line in v.text.split("\n"):
        m = _PHOTO_CREDIT.search(line)
        if m and any(c.islower() for c in line[:m.start()]):
            toks = v.char_to_tokens(pos + m.start(1), pos + m.end(1))
            if toks:
                replace(spans, Proposal(toks[0], toks[1], "people", "credit"))
        pos += len(line) + 1

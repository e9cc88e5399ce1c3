"""Scores and sequences ("won 3-1", "a 12-7 win", "6-7 6-4 6-4", "a 3-4-1 formation"): two
numbers joined by a dash that are a result, not a range of values, and so not figures.

Why decide per pair rather than drop every "N-N": "15-20 people" and "aged 18-24" are ranges.
A pair is a score when it is not ascending (a range is written low-high: "3-1", "2-2"), when
a result word is near it (`score_words.txt`: "a 12-13 defeat", "beat them 9-23"), when team
names stand on both sides ("Borders 19-20 Ulster") or another score stands next to it (sets);
three or more numbers in a dash chain are a formation or a sequence. A unit or currency after
the pair, or "between"/"from" before it, makes it a range, unless "down"/"up" follows it: "from
0-2 down" is where a player stood."""
from __future__ import annotations

import re

from ...nlp.resources import load_wordlist
from .units import unit_after

# a pair may end a sentence or a clause ("drew 1-1.", "beat Wales 6-0,"), not run into a
# decimal or a thousands group ("6-4.5", "1-1,000")
_PAIR = re.compile(r"(?<![\w.,/$£€-])(\d{1,3})[-–](\d{1,3})((?:[-–]\d{1,3})*)(?![\w/%-]|[.,]\d|\s?%)")
_NEIGHBOUR = re.compile(r"\d{1,3}[-–]\d{1,3}")
_RANGE_LEAD = re.compile(r"\b(?:between|from|aged|ages)\s+$", re.I)
_NAME_AROUND = re.compile(r"(?<![\w'])[A-Z][\w'.]*\s$")
_STANDING = re.compile(r"\s+(?:down|up)\b")
_PLURAL_AFTER = re.compile(r"\s+(?!wins\b|sets\b)[a-z]+s\b")


def _cue(text: str, start: int, end: int) -> bool:
    words = load_wordlist("figures/score_words.txt")
    before = re.split(r"[.!?\n]\s", text[max(0, start - 60):start])[-1]   # this sentence only
    after = re.split(r"[.!?\n]", text[end:end + 30])[0]
    near = re.findall(r"[a-z-]+", (before + " " + after).lower())
    return any(w in words for w in near)


def score_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every dash pair or chain of numbers in `text` that is a score."""
    out = []
    for m in _PAIR.finditer(text):
        s, e = m.span()
        standing = _STANDING.match(text, e)   # "from 0-2 down", "2-0 up": a score line, never a range
        if unit_after(text, e) or (_RANGE_LEAD.search(text[max(0, s - 10):s]) and not standing):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        chain = bool(m.group(3))
        before = text[max(0, s - 9):s]
        beside = bool(re.search(r"\d[-–]\d{1,3}\s$", before) or _NEIGHBOUR.match(text, e + 1))
        names = bool(_NAME_AROUND.search(text[max(0, s - 25):s]) and re.match(r"\s[A-Z]", text[e:e + 2]))
        counts = _PLURAL_AFTER.match(text, e)   # "15-20 seats" counts seats
        if chain or a >= b or beside or names or standing or (not counts and _cue(text, s, e)):
            out.append((s, e))
    return out

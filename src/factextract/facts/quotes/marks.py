"""Quotation marks paired into quoted stretches, from the text alone (no parse needed).

Why a module of its own: pairing marks is where real articles are messy (curly, straight and
the NYT's doubled apostrophe '' used for both ends, tweets embedded as markup with quoted
attributes, a closing mark missing, a quote running over several paragraphs). Doing it on
the raw text keeps it fast and lets it run without the statistical model.

Rules: marks pair inside one paragraph (a line); only the outermost pair counts; a quote still
open at a paragraph's end closes there (a multi-paragraph quote re-opens each paragraph);
markup such as `<tweet ...>` is ignored; in the headline (first line) single marks ‘ ’ / '
at word edges count too. A closing mark that nothing opened is skipped with a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .reopened import cue_follows, reopened_at

# one double mark: doubled apostrophe/backtick first, so '' is not read as two singles
_DOUBLE = re.compile(r"''|``|[“”\"„‟«»]")
_SINGLE = re.compile(r"[‘’']")
_MARKUP = re.compile(r"<[A-Za-z/][^<>]*>")
_OPENERS = {"“", "„", "‟", "«", "``"}
_CLOSERS = {"”", "»"}
_TRIM = " \t\r\n\u00a0“”\"‘’'«»„‟`"
_OPEN_BEFORE = set(" \t\u00a0([{—–-/") | {""}


@dataclass
class Quoted:
    """A stretch between quotation marks. start/end exclude the marks and edge whitespace."""
    start: int
    end: int
    open_at: int            # offset of the opening mark
    close_at: int | None    # offset just past the closing mark; None when the paragraph ended
    paragraph: int          # index of the line it sits on
    headline: bool = False

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _masked(text: str) -> str:
    """The text with markup tags blanked out (same length), so their attribute quotes vanish."""
    return _MARKUP.sub(lambda m: " " * len(m.group(0)), text)


def _side(text: str, at: int, length: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for an ambiguous mark at text[at:at+length], from its context."""
    before = text[at - 1] if at > lo else ""
    after = text[at + length] if at + length < hi else ""
    opens = before in _OPEN_BEFORE or (before in ",:;" and after.isalnum())
    closes = after == "" or after.isspace() or after in ",.;:!?)]}—–-'’”" or (before.isalnum() and not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if before.isalnum() or before in ".,!?;:)]'’":
        return "close"
    return "open" if after.isalnum() else "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _single_marks(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Single marks at word edges (headline quotes); apostrophes inside words are not marks."""
    marks = []
    for m in _SINGLE.finditer(text, lo, hi):
        at = m.start()
        before = text[at - 1] if at > lo else ""
        after = text[at + 1] if at + 1 < hi else ""
        if before.isalnum() and after.isalnum():
            continue                              # don't, Trump’s
        if m.group(0) == "‘":
            side = "open" if not before.isalnum() else "close"
        elif before.isalnum() or before in ".,!?":
            side = "close"
            if before == "s" and after in ("", " ") and m.group(0) in "’'":
                side = "close"                    # "voters’ " is ambiguous; pairing decides
        elif after.isalnum() and before in _OPEN_BEFORE | {":", ",", ";"}:
            side = "open"
        else:
            continue
        marks.append((at, 1, side))
    return marks


def _double_marks(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    marks = []
    for m in _DOUBLE.finditer(text, lo, hi):
        tok = m.group(0)
        if tok in _OPENERS:
            side = "open"
        elif tok in _CLOSERS:
            side = "close"
        else:
            side = _side(text, m.start(), len(tok), lo, hi)
        marks.append((m.start(), len(tok), side))
    return marks


_FAMILY = {"“": "curly", "”": "curly", "„": "curly", "‟": "curly", '"': "straight",
           "''": "apostrophes", "``": "apostrophes", "«": "guillemet", "»": "guillemet",
           "‘": "single", "’": "single", "'": "single"}


# the double marks a writer mixes up: a straight opener closed by a curly closer or the reverse
_MIXABLE = {("straight", "curly"), ("curly", "straight")}


def _stray_closer(text: str, marks: list[tuple[int, int, str]], k: int,
                  open_at: tuple[int, int, str]) -> bool:
    """Is marks[k] a closer of the other kind (straight for curly, curly for straight) that no
    opener of its own kind since the open quote's opener pairs with, followed by an attribution
    ("…,” Woodard said")? Such a mark ends the quote when the quote's own kind never closes in
    the paragraph: the writer mixed the marks. Without the attribution the words after it may
    still be the quote's (a stray mark inside it), and the quote runs on as before."""
    at, length, side = marks[k]
    family = _FAMILY.get(text[at:at + length], "other")
    if side != "close" or (open_at[2], family) not in _MIXABLE or not cue_follows(text, at + length):
        return False
    return not any(m_at > open_at[0] and m_side != "close"
                   and _FAMILY.get(text[m_at:m_at + m_len], "other") == family
                   for m_at, m_len, m_side in marks[:k])


def _pair(text: str, marks: list[tuple[int, int, str]], lo: int, hi: int, para: int,
          headline: bool, warnings: list[str], typed: bool = True) -> list[Quoted]:
    """Outermost pairs, left to right. A quote opened with one kind of mark closes only with
    the same kind (“…" she said "…” is one quote with straight marks nested inside); one still
    open at the paragraph's end closes there."""
    out: list[Quoted] = []
    open_at: tuple[int, int, str] | None = None
    stray: int | None = None        # index of a lone closer of the other kind (see _stray_closer)
    for k, (at, length, side) in enumerate(marks):
        family = _FAMILY.get(text[at:at + length], "other") if typed else "any"
        if open_at is not None and stray is None and _stray_closer(text, marks, k, open_at):
            stray = k
        if open_at is None:
            if side == "close":
                warnings.append(f"quotes: closing mark at {at} with no opening mark; skipped")
                continue
            open_at = (at, length, family)
            stray = None
            continue
        if side == "open" and family == open_at[2] and \
                (cut := reopened_at(text, open_at[0] + open_at[1], at)) is not None:
            s, e = _trimmed(text, open_at[0] + open_at[1], cut)    # “A. He added: “B": two quotes
            if e > s:
                out.append(Quoted(s, e, open_at[0], None, para, headline))
            open_at = (at, length, family)
            stray = None
            continue
        if side == "open" or family != open_at[2]:
            # a mark of another kind, or a second opener: nested inside this quote
            continue
        s, e = _trimmed(text, open_at[0] + open_at[1], at)
        if e > s:
            out.append(Quoted(s, e, open_at[0], at + length, para, headline))
        open_at = None
        stray = None
    if open_at is not None and stray is not None:
        # raises "great suspicion,” Woodard said: the writer mixed the kinds; the quote
        # ends at the closer of the other kind, and the marks after it pair on their own
        at, length, _ = marks[stray]
        s, e = _trimmed(text, open_at[0] + open_at[1], at)
        if e > s:
            out.append(Quoted(s, e, open_at[0], at + length, para, headline))
        return out + _pair(text, marks[stray + 1:], lo, hi, para, headline, warnings, typed)
    if open_at is not None:
        s, e = _trimmed(text, open_at[0] + open_at[1], hi)
        if e > s:
            out.append(Quoted(s, e, open_at[0], None, para, headline))
        else:
            warnings.append(f"quotes: opening mark at {open_at[0]} with nothing after it; skipped")
    return out


class QuoteScan:
    """The quotation marks of a text, found once and paired as often as asked: the quotes
    component pairs them by kind of mark and, for attribution, regardless of kind."""

    def __init__(self, text: str) -> None:
        self.masked = _masked(text)
        self.paras = paragraphs(self.masked)
        self.marks: list[tuple[list[tuple[int, int, str]], int, int, int, bool]] = []
        for i, (lo, hi) in enumerate(self.paras):
            marks = _double_marks(self.masked, lo, hi)
            headline = i == 0 and len(self.paras) > 1     # a one-line text is all body
            if headline and not marks:
                marks = _single_marks(self.masked, lo, hi)
            self.marks.append((marks, lo, hi, i, headline))

    def quoted(self, typed: bool = True) -> tuple[list[Quoted], list[str]]:
        """Every quoted stretch, and warnings about marks that could not be paired.
        `typed=False` pairs any closing mark with any opener: the stretches actually spoken
        when a writer mixed “curly" and straight marks, so the words between them can attribute."""
        warnings: list[str] = []
        out: list[Quoted] = []
        for marks, lo, hi, i, headline in self.marks:
            out.extend(_pair(self.masked, marks, lo, hi, i, headline, warnings, typed))
        # an unclosed quote is fine when the next paragraph re-opens it (a quote running over
        # paragraphs); otherwise the closing mark is missing
        for q in out:
            if q.closed:
                continue
            nxt = next((lo for lo, _ in self.paras if lo > q.start), None)
            if nxt is None or self.masked[nxt] not in "“\"'‘„«`":
                warnings.append(f"quotes: opening mark at {q.open_at} never closed; "
                                "the quote ends with its paragraph")
        return out, warnings


def find_quoted(text: str, typed: bool = True) -> tuple[list[Quoted], list[str]]:
    """Every quoted stretch of `text`, and warnings (see QuoteScan.quoted)."""
    return QuoteScan(text).quoted(typed)

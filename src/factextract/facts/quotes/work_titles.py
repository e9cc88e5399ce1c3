"""A Title Case name in quotes inside the reporter's own noun phrase: a title, not speech.

Why its own module: looks_like_title reads the word right before the marks (a possessive, "the
book") or right after them ("the “Avatar” star"). Titles also stand (names_a_work) as the object
of "of" after such a noun ("this week's broadcast of “Sunday Politics”", "an episode of “…”"),
after the noun and a comma ("in his 2009 book, “Money for Old Rope”"), and after a determiner or
an adjective when the name has several capitalised words ("a bipartisan “Grand Bargain”",
"during a “Leaders' Forum”"): quoted words written like a name where the sentence needs a noun
phrase name something. Speech in Title Case is rare outside headlines, which are left alone.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .marks import Quoted

WORD = re.compile(r"[^\W\d_][\w’'-]*")
SMALL = {"of", "the", "a", "an", "and", "for", "on", "in", "to", "with", "at", "by", "or", "from", "as", "is"}
# words before the marks that open a noun phrase the quoted name completes
_OPENERS = ("a", "an", "the", "his", "her", "its", "their", "our", "this", "that")
MAX_TITLE_WORDS = 8
# title cues that are prepositions, no nouns: "he went on, “…”" is no title
_LINKS = ("on", "to")


def title_case(words: list[str], small: frozenset[str] | set[str] = SMALL) -> bool:
    """Every word capitalised but the small ones a title keeps in lower case, the first too."""
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w.lower() in small for w in words)


def looks_like_title(text: str, q: Quoted, cues: frozenset[str], after: frozenset[str] = frozenset()) -> bool:
    """A Title Case name in quotes after a possessive or a title cue ("on CNN’s “New Day”",
    "the book “Strangers No More”") or before a word such as "star" ("the “Avatar” star"):
    the name of a work, not speech."""
    if q.headline:
        return False
    if not title_case(WORD.findall(text[q.start:q.end])):
        return False
    before = text[max(0, q.open_at - 40):q.open_at].split()
    last = before[-1].lower().rstrip(",:;") if before else ""
    if last.endswith(("'s", "’s")) or last in cues:
        return True
    if q.close_at is None:
        return False
    following = text[q.close_at:q.close_at + 30].split()
    return bool(following) and following[0].lower().strip(",.;:") in after


def names_a_work(doc: Doc, text: str, q: Quoted, cues: frozenset[str]) -> bool:
    """Is `q` a Title Case name completing a noun phrase of the reporter's (see module doc)?
    `cues`: nouns for works (patterns/quotes/title_cues.txt)."""
    if q.headline or q.close_at is None:
        return False
    words = WORD.findall(text[q.start:q.end])
    if not title_case(words) or len(words) > MAX_TITLE_WORDS:
        return False
    before = text[max(0, q.open_at - 60):q.open_at].split()
    if not before:
        return False
    last = before[-1].lower()
    prior = before[-2].lower().rstrip(",") if len(before) >= 2 else ""
    if prior.endswith(("'s", "’s")):
        prior = prior[:-2]
    if last == "of" and prior in cues:
        return True      # the broadcast of “…”
    if last.endswith(",") and last.rstrip(",") in cues and last.rstrip(",") not in _LINKS:
        return True      # his book, “…”
    if len(words) < 2:
        return False
    if last in _OPENERS:
        return True      # a “Grand Bargain”
    opener = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    if opener is None or not len(opener) or opener[0].i == 0:
        return False
    prev = doc[opener[0].i - 1]
    return prev.pos_ == "ADJ" and prev.idx + len(prev.text) <= q.open_at and prev.text[:1].islower()

"""Quoted words that a sign, a subject line or a message body "reads": written text, not speech.

Why its own module: "the sign outside reads “No entry”", "the message at the foot of the
flyer reads “Free entry”" quote text on display; a reader counts a speaker ("the
message", "a sign") for it as a false quote. A statement that reads as a body's own words
("a statement from the firm read: “…”") is speech and is not touched: only the nouns of
patterns/quotes/written_nouns.txt mark written text.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...nlp.resources import load_wordlist
from .marks import Quoted

_READ = ("read", "reads", "reading")


def _written(verb, inverted: bool = False) -> bool:
    """Has the verb "read" a subject that is a written thing ("the banner", "the subject line")?
    (After the quote, "read the banner", the parser often makes the banner an object.)"""
    nouns = load_wordlist("quotes/written_nouns.txt")
    deps = ("nsubj", "nsubjpass", "dobj") if inverted else ("nsubj", "nsubjpass")
    subjects = [c for c in verb.children if c.dep_ in deps and (not inverted or c.i > verb.i)]
    return any(t.lower_ in nouns or t.lemma_.lower() in nouns
               for s in subjects for t in s.subtree if t.pos_ in ("NOUN", "PROPN"))


def read_on_display(doc: Doc, q: Quoted, cue_start: int | None = None) -> bool:
    """Is `q` the object of "read(s)" right before it, or of the cue "read(s)" at
    `cue_start` ("“No entry,” read the banner"), whose subject is a written thing?"""
    if cue_start is not None:
        cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
        if cue is not None and len(cue) and cue[0].lower_ in _READ and _written(cue[0], cue[0].idx >= q.end):
            return True
    opener = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    if opener is None or not len(opener):
        return False
    i = opener[0].i - 1
    while i >= 0 and doc[i].text in (":", ",", "-", "–"):
        i -= 1
    if i < 0 or doc[i].lower_ not in _READ:
        return False
    return _written(doc[i])

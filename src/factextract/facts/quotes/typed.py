"""“HELP” after "by texting" or "typing": text keyed in or searched for, not anybody's speech.

Why its own module: an article telling readers how to give or search ("donate by texting
“GIVE” to 70000", "users typing “cheap flights”") quotes what is keyed in; with "according to
the firm" nearby the keyword got a speaker. A short quote that is the object of a verb of
keying text (patterns/quotes/typing_verbs.txt), right after it or after "for"/"in", is text.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...nlp.resources import load_wordlist
from .marks import Quoted

MAX_KEYED_WORDS = 4
_BETWEEN = ("for", "in", "the", "word", "words")


def keyed_in(doc: Doc, text: str, q: Quoted) -> bool:
    """Is `q` a few words keyed in or searched for (module doc)?"""
    if q.headline or len(text[q.start:q.end].split()) > MAX_KEYED_WORDS:
        return False
    opener = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    if opener is None or not len(opener):
        return False
    verbs = load_wordlist("quotes/typing_verbs.txt")
    i = opener[0].i - 1
    if i >= 0 and doc[i].is_quote and doc[i].idx >= q.open_at - 1:
        i -= 1
    steps = 0
    while i >= 0 and steps < 3:
        tok = doc[i]
        if tok.tag_ in ("VBG", "VB", "VBD", "VBN", "VBZ", "VBP") and _stems(tok) & verbs:
            return True
        if tok.lower_ not in _BETWEEN:
            return False
        i -= 1
        steps += 1
    return False


def _stems(tok) -> set[str]:
    """The lemma and the word without its inflection ("texting" -> text: the tagger's
    lemma for a new verb is not always right)."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.add(low[:-len(suffix)])
    return out

"""“…” after "translated as" or "referred to as": a translation or a name, nobody's speech.

Why its own module: terms.TermTest.named_by_cue reads the words right before the marks, so a
naming verb a few words back ("Referred to in his home town as “the Professor”", "translated
by the charity as “…”") escapes it. Here the parse decides: the quote is the object of an "as"
that hangs on a naming verb of patterns/quotes/naming_as_verbs.txt. A translation is never the
translator's speech; a name is not speech when the verb has no subject and no "by" agent
(“known as …” - but "the union described it as “a farce”" stays the union's words).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...nlp.resources import load_wordlist
from .marks import Quoted

MAX_NAME_WORDS = 10


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    return dict(line.split() for line in load_wordlist("quotes/naming_as_verbs.txt"))


def named_as(doc: Doc, text: str, q: Quoted) -> bool:
    """Is `q` the object of "as" after a naming or translating verb (see module doc)?"""
    if q.headline or len(text[q.start:q.end].split()) > MAX_NAME_WORDS:
        return False
    opener = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    if opener is None or not len(opener) or opener[0].i == 0:
        return False
    i = opener[0].i - 1
    if doc[i].is_quote and doc[i].idx >= q.open_at - 1 and i > 0:
        i -= 1      # the opening mark is its own token
    word = doc[i]
    if word.lower_ != "as" or word.idx + 2 > q.open_at:
        return False
    verb = word.head.head if word.dep_ == "mark" else word.head     # "as “I will go”": a clause's mark
    if verb.lemma_.lower() not in _verbs():
        verb = _verb_before(doc, word.i)    # the parse hung the "as" clause elsewhere
    mode = _verbs().get(verb.lemma_.lower()) if verb is not None else None
    if mode is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if mode == "always":
        return True
    return not any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def _verb_before(doc: Doc, i: int, reach: int = 8):
    """The nearest verb before token `i` in its paragraph, within `reach` tokens (a name
    such as "OutRage!" may end the parser's sentence before the "as")."""
    for j in range(i - 1, max(0, i - reach) - 1, -1):
        if "\n" in doc[j].text_with_ws:
            return None
        if doc[j].pos_ in ("VERB", "AUX"):
            return doc[j]
    return None

"""A quoted name the reporter also writes without marks: a term, not speech.

Why its own module: news puts marks round the name of a scheme, a product or a policy the
first times it appears ("the “curfew notices” would only be served…", "“Health passes” will let
people…") and a reporting verb nearby makes it look like a partial quote of whoever speaks in
that sentence. The article itself says otherwise when it writes the same words elsewhere in its
own voice, outside any quotation marks and as a known thing after "the" ("who was allowed to sign
the curfew notices was never the real question"): words the reporter uses as a plain name are
nobody's speech (a bare "her non-existent sex tape" only reuses a speaker's words). A speaker's phrase
("a “fundamental lack of trust”", "no “black hole”") comes back only inside quotes or stays
behind an article of characterisation; it is kept. Only names made of nouns, two to four words,
are judged: a single word recurs by chance ("lies", "genius"), and a verb or a lower-case
adjective makes a verdict someone gave, which the reporter may well repeat in reported speech
("very clear", "meant a lot", "parking fees could be held at fair levels, she said").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .marks import Quoted
from .spans import QuotedSpans

MIN_WORDS = 2
MAX_WORDS = 4
# an article of characterisation before (or opening) the quote: "a “disgrace”", "no “black
# hole”", "described as “…”", "like a “…”" - someone's verdict, whatever the article repeats
_CHARACTERISING = frozenset({"a", "an", "no", "such", "like", "as"})
_NOUN_POS = ("NOUN", "PROPN")


def _body_start(text: str, q: Quoted) -> int:
    """Offset where the body starts: past the headline line when the text has one."""
    first = text.find("\n")
    return first + 1 if first >= 0 and text[first + 1:].strip() else 0


def reporters_term(doc: Doc, text: str, q: Quoted, quoted: QuotedSpans) -> bool:
    """Are the quoted words of `q` a noun phrase the article also writes unquoted in its own
    voice (module doc)?"""
    if q.headline or q.close_at is None:
        return False
    words = text[q.start:q.end].strip(" ,.;:!?")
    parts = words.split()
    if not MIN_WORDS <= len(parts) <= MAX_WORDS or parts[0].lower() in _CHARACTERISING:
        return False
    before = text[max(0, q.open_at - 20):q.open_at].split()
    if before and before[-1].lower() in _CHARACTERISING:
        return False
    inner = doc.char_span(q.start, q.start + len(words), alignment_mode="expand")
    if inner is None or not len(inner):
        return False
    if inner.root.pos_ not in _NOUN_POS or any(t.pos_ in ("VERB", "AUX") for t in inner):
        return False
    if any(t.pos_ in ("ADJ", "ADV") and not t.text[:1].isupper() for t in inner):
        return False     # “reasonable levels”, “sensitive information”: a judgement, repeated in reported speech
    body = _body_start(text, q)
    pattern = re.compile(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", re.IGNORECASE)
    for m in pattern.finditer(text, body):
        if q.open_at <= m.start() < q.close_at:
            continue
        if quoted.covers(m.start()):
            continue        # inside someone's quote: a speaker repeating the phrase
        if _definite(text, m.start()):
            return True
    return False


def _definite(text: str, at: int) -> bool:
    """Does "the" (maybe with one word between: "the new info cards") open the bare mention
    at `at`? The reporter then names a known thing; "her sex tape", "a sex tape" only use
    the speaker's words again."""
    before = text[max(0, at - 40):at].split()
    if before and before[-1].lower() == "the":
        return True
    return len(before) >= 2 and before[-2].lower() == "the" and before[-1].isalpha() and before[-1].islower()

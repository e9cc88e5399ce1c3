"""Year-shaped numbers that are names: model numbers ("the RTX 2080 Ti", "a 5700 XT", "GeForce
GTX 1650") and the
titles of works ("the film 1917", "Orwell's novel 1984").

A number followed by a product-line word (dates/model_suffixes.txt) is a model; so is the same
number anywhere else in the text once the text has used it so ("the 2080 Ti ... the 2080 is
faster"), and a number after a brand and a line code in capitals. A number right after a work
noun, with no preposition between (dates/work_nouns.txt: "the film 1917", but "a film in 1917"
is a year), is the work's title.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ...nlp.resources import load_wordlist

_DOC_MODELS = "factextract.dates.model_numbers"


def _model_numbers(doc: Doc) -> frozenset[str]:
    """The four-digit numbers the text uses as model numbers (followed by a line word)."""
    if _DOC_MODELS not in doc.user_data:
        suffixes = load_wordlist("dates/model_suffixes.txt")
        doc.user_data[_DOC_MODELS] = frozenset(
            t.text for t in doc[:-1] if t.shape_ == "dddd" and doc[t.i + 1].lower_ in suffixes
            and (doc[t.i + 1].text[0].isupper() or doc[t.i + 1].is_upper))
    return doc.user_data[_DOC_MODELS]


def model_number(span: Span) -> bool:
    """ "the 2080 Ti", and any "2080" of a text that writes "2080 Ti"; "GeForce GTX 1650": a
    number after a brand and a capitals line code is the model's."""
    if len(span) != 1 or span[0].shape_ != "dddd":
        return False
    return span[0].text in _model_numbers(span.doc) or _after_line_code(span)


def _after_line_code(span: Span) -> bool:
    """A brand word and a line code in capitals right before the number ("GeForce GTX 1650",
    "Canon EOS 2000"); an event's capitals after an article ("the NFL 2023 draft") are not."""
    doc, i = span.doc, span.start
    if i < 2:
        return False
    code, brand = doc[i - 1], doc[i - 2]
    return (code.is_upper and code.is_alpha and 2 <= len(code) <= 5 and brand.is_alpha
            and brand.text[:1].isupper() and not brand.is_sent_start and not brand.is_upper)


def work_title(span: Span) -> bool:
    """ "the film 1917": a number that follows a work noun directly is its title."""
    if len(span) != 1 or span[0].shape_ != "dddd" or span.start == 0:
        return False
    i = span.start - 1
    while i > 0 and span.doc[i].is_quote:   # the film “1917”
        i -= 1
    prev = span.doc[i]
    return prev.lower_ in load_wordlist("dates/work_nouns.txt") and prev.pos_ != "VERB"

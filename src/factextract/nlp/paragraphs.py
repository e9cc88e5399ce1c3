"""A blank line starts a sentence, before the parser runs.

News text puts its headline, dateline and each paragraph on lines of their own, but the
statistical parser reads a headline with no full stop ("Lenovo profits jump 10%") as the start
of the first body sentence, and so parses both wrongly: the headline's verb becomes a clause of
the body's "said", the body's subject hangs off the headline. Every fact type reads those
parses (speakers, what a figure counts, subjects of dates). spaCy's parser keeps sentence starts
set before it, so this component marks every blank line as a boundary. Only blank lines: a
single line break may be a hard wrap inside a sentence.
"""
from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")


class ParagraphStarts:
    """Sets `is_sent_start` on the whitespace token of every blank line and on the token after
    it, so the blank line is a sentence of its own between the paragraphs. (Marking only the
    paragraph's first word leaves the parser a sentence that opens with a line break, and it
    then parses the first name wrongly: "Johnny" as a root, "Depp" cut off.)"""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "\n" not in text:
            return doc
        starts: list[int] | None = None
        for m in _BLANK_LINE.finditer(text):
            if starts is None:
                starts = doc.to_array(IDX).tolist()
            i = bisect.bisect_right(starts, m.start()) - 1
            if i <= 0 or not doc[i].is_space:
                continue
            doc[i].is_sent_start = True
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = True
        return doc


@Language.factory("factextract_paragraphs")
def make_paragraph_starts(nlp: Language, name: str) -> ParagraphStarts:
    return ParagraphStarts()

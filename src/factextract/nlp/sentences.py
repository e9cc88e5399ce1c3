"""Sentence lookup by token, computed once per doc.

Why: `Token.sent` walks the doc's sentences on every call; the quotes component asks for
the sentence of many tokens, so it looks them up here by bisection instead. Sentences are
also cut at line breaks: the parser sometimes runs a sentence across a paragraph break
("… he added: “…”\\n\\nArmstrong Williams, his adviser, said"), and a paragraph break always
ends a sentence in news text.
"""
from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from .extensions import doc_text

_NEWLINE = re.compile("\n")


class Sentences:
    def __init__(self, doc: Doc, text: str | None = None) -> None:
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        text = doc_text(doc) if text is None else text
        # tokens with a line break in their text or trailing space: the token holding each "\n"
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        breaks = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _NEWLINE.finditer(text)})
        self.spans: list[Span] = []
        for sent in sents:
            start = sent.start
            b = bisect.bisect_left(breaks, sent.start)
            while b < len(breaks) and breaks[b] + 1 < sent.end:
                self.spans.append(doc[start:breaks[b] + 1])
                start = breaks[b] + 1
                b += 1
            self.spans.append(doc[start:sent.end])
        # a blank line is a sentence of its own to the parser (paragraphs.py): no sentence here,
        # so "the sentence before" a paragraph is the last one of the paragraph above
        self.spans = [s for s in self.spans if not all(t.is_space for t in s)] or self.spans
        self._starts = [s.start for s in self.spans]

    def index(self, tok: Token) -> int:
        return max(0, bisect.bisect_right(self._starts, tok.i) - 1)

    def of(self, tok: Token) -> Span:
        return self.spans[self.index(tok)]

    def before(self, sent: Span) -> Span | None:
        i = bisect.bisect_right(self._starts, sent.start) - 1
        return self.spans[i - 1] if i > 0 else None

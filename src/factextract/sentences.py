"""Sentence lookup by token, computed once per doc.

Why: `Token.sent` walks the doc's sentences on every call; the quotes component asks for
the sentence of many tokens, so it looks them up here by bisection instead. Sentences are
also cut at line breaks: the parser sometimes runs a sentence across a paragraph break
("… he added: “…”\\n\\nArmstrong Williams, his adviser, said"), and a paragraph break always
ends a sentence in news text.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token


class Sentences:
    def __init__(self, doc: Doc) -> None:
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.spans: list[Span] = []
        for sent in sents:
            start = sent.start
            for tok in sent:
                if tok.i + 1 < sent.end and "\n" in tok.text_with_ws:
                    self.spans.append(doc[start:tok.i + 1])
                    start = tok.i + 1
            self.spans.append(doc[start:sent.end])
        self._starts = [s.start for s in self.spans]

    def index(self, tok: Token) -> int:
        return max(0, bisect.bisect_right(self._starts, tok.i) - 1)

    def of(self, tok: Token) -> Span:
        return self.spans[self.index(tok)]

    def before(self, sent: Span) -> Span | None:
        i = bisect.bisect_right(self._starts, sent.start) - 1
        return self.spans[i - 1] if i > 0 else None

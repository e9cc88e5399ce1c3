"""The entity ruler: spaCy's SpanRuler, with its token patterns run by a TriggeredMatcher.

The ruler's few token patterns ("Acme Widget Holdings Corp", "Mr Smith", "P. Smith") contain
runs of capitalised words of any length, so spaCy's Matcher opens states at every capitalised
token of every article: they cost about fifty times what the ~1,700 phrase patterns cost. Each
of them needs one rare word ("corp", "ministry", "mr") or shape ("X."), so they run only around
it (see triggered.py), on matches capped at `max_length` tokens. Everything else (phrase
patterns, labels and ids, doc.spans) is the SpanRuler's own.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from .triggered import TriggeredMatcher

RULER_KEY = "factextract_ruler"  # doc.spans key of the entity ruler's matches


@Language.factory(
    "factextract_span_ruler",
    default_config={"spans_key": "ruler", "phrase_matcher_attr": "LOWER", "max_length": 10},
)
def make_ruler(nlp: Language, name: str, spans_key: str, phrase_matcher_attr: str,
               max_length: int) -> "TriggeredSpanRuler":
    return TriggeredSpanRuler(nlp, name, spans_key=spans_key, annotate_ents=False,
                              phrase_matcher_attr=phrase_matcher_attr, overwrite=True,
                              max_length=max_length)


class TriggeredSpanRuler(SpanRuler):
    """A SpanRuler (overlapping matches kept in doc.spans) whose token patterns are triggered."""

    def __init__(self, nlp: Language, name: str, *, max_length: int = 10, **kwargs) -> None:
        self.max_length = max_length
        super().__init__(nlp, name, **kwargs)

    def clear(self) -> None:
        super().clear()
        # spaCy's stop words ("of", "the") are poor triggers: a pattern needing "ministry of"
        # is triggered by "ministry"
        self.triggered = TriggeredMatcher(self.nlp.vocab, common_words=self.nlp.Defaults.stop_words,
                                          max_length=self.max_length)

    def add_patterns(self, patterns: list[dict]) -> None:
        super().add_patterns(patterns)
        for entry in patterns:
            if isinstance(entry["pattern"], list):  # keyed as the SpanRuler keys its matches
                self.triggered.add(repr((entry["label"], entry.get("id", ""))), entry["pattern"])

    def match(self, doc: Doc) -> list[Span]:
        self._require_patterns()
        found = self.triggered(doc) + list(self.phrase_matcher(doc))
        spans = {
            Span(doc, start, end, label=self._match_label_id_map[m_id]["label"],
                 span_id=self._match_label_id_map[m_id]["id"])
            for m_id, start, end in found if start != end
        }
        return sorted(spans)

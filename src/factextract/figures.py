"""Figures: numbers with value, unit, qualifier and what they count (issue 4)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


@Language.factory("factextract_figures")
def make_figures(nlp: Language, name: str) -> "FiguresComponent":
    return FiguresComponent()


class FiguresComponent:
    """Not built yet: sets an empty list so the record contract holds."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = []
        return doc

"""Quotes: direct and partial quotations with their speaker (issue 5)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


@Language.factory("factextract_quotes")
def make_quotes(nlp: Language, name: str) -> "QuotesComponent":
    return QuotesComponent()


class QuotesComponent:
    """Not built yet: sets an empty list so the record contract holds."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc

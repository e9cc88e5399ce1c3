"""The custom Doc attributes the components share (`doc._.name`), registered once."""
from __future__ import annotations

from spacy.tokens import Doc

# name -> what a component puts there
DOC_ATTRIBUTES = {
    "published": "ISO date the article was published; may be set before the pipeline runs",
    "title": "the article's headline, when its text carries one",
    "source": "the outlet named in the text (dateline or credit line)",
    "entities": "dict of 'people'/'organisations'/'places' -> list[records.Entity]",
    "dates": "list[records.DateFact]",
    "figures": "list[records.Figure]",
    "quotes": "list[records.Quote]",
    "warnings": "list[str]: things a reader of the record should know (unpaired marks, ...)",
}


def register() -> None:
    """Register every attribute; safe to call more than once."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


TEXT_KEY = "factextract.text"


def doc_text(doc: Doc) -> str:
    """The doc's text, joined from its tokens once and kept in `doc.user_data`: spaCy's
    `Doc.text` joins every token on each access, and every component needs the text."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def warn(doc: Doc, message: str) -> None:
    """Attach a warning to the document's record."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


register()

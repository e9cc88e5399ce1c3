"""The library entry point: text in, Record out. The CLI, evaluation and batch mode all call it."""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .io.articles import Article
from .pipeline import get_pipeline
from .records import Record


def _prepare(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.title = article.title
    return doc


def record_from_doc(doc: Doc, ident: str, article: Article | None = None) -> Record:
    """The record of a processed doc; a web page's url, authors and language come from its
    Article. `text` is the doc's text: callers that do not want it in the output drop it."""
    ents = doc._.entities or {}
    return Record(
        id=ident,
        title=doc._.title,
        published=doc._.published,
        source=doc._.source or (article.source if article else None),  # the text's credit first
        url=article.url if article else None,
        authors=list(article.authors) if article else [],
        language=article.language if article else None,
        dates=list(doc._.dates or []),
        people=list(ents.get("people", [])),
        organisations=list(ents.get("organisations", [])),
        places=list(ents.get("places", [])),
        figures=list(doc._.figures or []),
        quotes=list(doc._.quotes or []),
        warnings=list(doc._.warnings or []),
        text=doc.text,
    )


def extract(text: str, published: str | None = None, id: str = "-", title: str | None = None,
            nlp: Language | None = None, article: Article | None = None) -> Record:
    """The facts of one article. `published` (YYYY-MM-DD) overrides what the text says; an
    `article` (from a reader) brings its page metadata along."""
    nlp = nlp or get_pipeline()
    article = article or Article(id, text, published, title)
    return record_from_doc(nlp(_prepare(nlp, article)), article.id, article)


def extract_many(articles: Iterable[Article], nlp: Language | None = None,
                 batch_size: int = 16) -> Iterator[Record]:
    """Records for many articles, in order, through nlp.pipe."""
    nlp = nlp or get_pipeline()
    pending: list[Article] = []

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield _prepare(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        article = pending.pop(0)
        yield record_from_doc(doc, article.id, article)

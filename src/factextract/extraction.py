"""The library entry point: text in, Record out. The CLI, evaluation and batch mode all call it."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .io.articles import Article
from .nlp.extensions import TEXT_KEY, doc_text
from .pipeline import get_pipeline
from .records import Record
from .sections import SECTION_CHARS, merge_records, section_bounds


def _prepare(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc.user_data[TEXT_KEY] = article.text   # spaCy's tokens rebuild exactly this text: no join needed
    doc._.published = article.published
    doc._.title = article.title
    return doc


def _section_limit(nlp: Language) -> int:
    """The longest text run as one doc: SECTION_CHARS, or less when the pipeline allows less."""
    return min(SECTION_CHARS, nlp.max_length)


def runs_in_sections(text: str, nlp: Language) -> bool:
    """Whether `text` is too long for one doc of `nlp` and so runs section by section: the one
    test every path (extract, extract_many, the batch budget) uses."""
    return len(text) > _section_limit(nlp)


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
        text=doc_text(doc),
    )


def extract(text: str, published: str | None = None, id: str = "-", title: str | None = None,
            nlp: Language | None = None, article: Article | None = None) -> Record:
    """The facts of one article. `published` (YYYY-MM-DD) overrides what the text says; an
    `article` (from a reader) brings its page metadata along."""
    nlp = nlp or get_pipeline()
    article = article or Article(id, text, published, title)
    if runs_in_sections(article.text, nlp):
        return extract_sections(article, nlp)
    return record_from_doc(nlp(_prepare(nlp, article)), article.id, article)


def extract_sections(article: Article, nlp: Language) -> Record:
    """A very long text section by section (see sections.py), as one record. Later sections
    keep the first one's title and date, so their dates resolve against the article's."""
    parts: list[tuple[int, Record]] = []
    for start, end in section_bounds(article.text, _section_limit(nlp)):
        head = parts[0][1] if parts else None
        piece = replace(article, text=article.text[start:end],
                        published=head.published if head else article.published,
                        title=(head.title or "") if head else article.title)
        parts.append((start, record_from_doc(nlp(_prepare(nlp, piece)), article.id, piece)))
    return merge_records(parts, article)


def extract_many(articles: Iterable[Article], nlp: Language | None = None,
                 batch_size: int = 16) -> Iterator[Record]:
    """Records for many articles, in order, through nlp.pipe (very long texts section by
    section, on their own)."""
    nlp = nlp or get_pipeline()
    batch: list[Article] = []

    def flush() -> Iterator[Record]:
        docs = nlp.pipe((_prepare(nlp, a) for a in batch), batch_size=batch_size)
        yield from (record_from_doc(doc, a.id, a) for doc, a in zip(docs, batch))
        batch.clear()

    for article in articles:
        if runs_in_sections(article.text, nlp):
            yield from flush()
            yield extract_sections(article, nlp)
        else:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from flush()
    yield from flush()

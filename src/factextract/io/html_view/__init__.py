"""The HTML view: article text with every fact highlighted (writer.py assembles the page,
article.py one article, spans.py the nesting of overlapping highlights, page.py the shared
head, legend, filter and contents; view.css and view.js are inlined into every page)."""
from .article import fact_count
from .spans import Span, highlight, record_spans
from .writer import HtmlWriter

__all__ = ["HtmlWriter", "Span", "fact_count", "highlight", "record_spans"]

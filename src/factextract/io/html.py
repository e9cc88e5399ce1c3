"""A saved or fetched web page -> an article: the main text (trafilatura) and the page's
metadata (pagemeta.py chooses between the markup and the library's guess).

The page is parsed once and never executed. What makes a page no article (binary content, too
large, no main text, not English) is a ValueError with a one-line reason, which the readers
turn into an error record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .articles import Article, InputFailure
from .pagemeta import PageMeta, choose_authors, choose_language, choose_published, choose_title

MAX_PAGE_BYTES = 10_000_000   # a news page with its scripts is rarely over 2 MB
MIN_TEXT_CHARS = 200          # less than this is a teaser, an index or an error page
LANGUAGES = ("en",)

# Paragraphs that sell, sign up or sign off rather than report: calls to subscribe, newsletter
# and app prompts, reprint notices, letters-to-the-editor invitations. Only short paragraphs
# are judged, so a report that mentions a subscription keeps its sentences.
_BOILERPLATE = re.compile(
    r"(?i)\b(?:subscribe|subscribers?\b.*\b(?:log ?in|access|gift)|subscription (?:required|needed)"
    r"|sign(?:ing)? up (?:for|to) (?:our|the)\b.*\b(?:newsletter|emails?|alerts?)|newsletter"
    r"|download (?:our|the)\b.{0,40}\bapps?\b|apps? for ios and android"
    r"|copyrighted property|all rights reserved|(?:written )?permission must be obtained|reprint(?:ed)? (?:in|without)"
    r"|letter to the editor|(?:write|email) (?:to )?us at|contact us at|call us at"
    r"|we want to hear what you think|never miss (?:the latest|a story)"
    r"|cookies? (?:policy|settings)|advertisement)\b")
_SHORT_PARAGRAPH = 300


@dataclass
class Page:
    """What one page yields: the text facts are read from, and its metadata."""
    text: str
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    url: str | None = None
    language: str | None = None


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return len(head) > 0 and controls / len(head) > 0.05


_MIXED_SCRIPT = re.compile(r"(?:[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z])")


def drop_boilerplate(paragraphs: list[str]) -> list[str]:
    """Paragraphs without the calls to action; also without ad copy that spells English with
    look-alike Cyrillic letters inside Latin words (a trick to slip past filters)."""
    return [p for p in paragraphs if not _MIXED_SCRIPT.search(p)
            and (len(p) > _SHORT_PARAGRAPH or not _BOILERPLATE.search(p))]


def _article_body(page: PageMeta) -> str:
    """The JSON-LD `articleBody`, as paragraphs of plain text (it may hold markup)."""
    for o in page.articles():
        body = o.get("articleBody")
        if isinstance(body, str) and body.strip():
            if "<" in body:
                from lxml.html import fragments_fromstring

                parts = [f if isinstance(f, str) else f.text_content() for f in fragments_fromstring(body)]
                return "\n".join(" ".join(p.split()) for p in parts if p.strip())
            return body
    return ""


def read_page(data: bytes | str, url: str | None = None) -> Page:
    """Text and metadata of one HTML page; ValueError says why a page is no English article."""
    import trafilatura
    from trafilatura.utils import load_html

    raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    if len(raw) > MAX_PAGE_BYTES:
        raise ValueError(f"too large for a page ({len(raw):,} bytes; the limit is {MAX_PAGE_BYTES:,})")
    if looks_binary(raw):
        raise ValueError("binary file, not an HTML page")
    tree = load_html(raw)
    if tree is None:
        raise ValueError("not a readable HTML page")
    page = PageMeta.from_tree(tree)
    language = choose_language(page)
    if language and language not in LANGUAGES:
        raise ValueError(f"language {language}: only English is supported")
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      date_extraction_params={"extensive_search": True, "original_date": True})
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    stated = _article_body(page)
    if len(stated) > 2 * len(body):  # the library missed the body that the markup states
        body = stated
    paragraphs = drop_boilerplate([p.strip() for p in body.split("\n") if p.strip()])
    text = "\n\n".join(paragraphs)
    if len(text) < MIN_TEXT_CHARS:
        raise ValueError("no article text found on the page (an index, a teaser or an error page?)")
    if language is None:
        language = detect_language(text)
        if language and language not in LANGUAGES:
            raise ValueError(f"language {language}: only English is supported")
    guess = (lambda name: getattr(doc, name, None)) if doc is not None else (lambda name: None)
    return Page(
        text=text,
        title=choose_title(page, guess("title")),
        published=choose_published(page, guess("date")),
        authors=choose_authors(page, guess("author")),
        site=page.site_name() or guess("sitename"),
        url=page.canonical or page.first("og:url") or url or guess("url"),
        language=language,
    )


def detect_language(text: str) -> str | None:
    """The language of a page that does not declare one (py3langid, on the first 3,000
    characters); None when the guess is unsure."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:  # optional: undeclared pages are then taken as they come
        return None
    identifier = _identifier(LanguageIdentifier, MODEL_FILE)
    lang, prob = identifier.classify(text[:3000])
    return lang if prob >= 0.9 else None


_IDENTIFIER = None


def _identifier(cls, model_file):
    global _IDENTIFIER
    if _IDENTIFIER is None:
        _IDENTIFIER = cls.from_model_file(model_file, norm_probs=True)
    return _IDENTIFIER


def article_from_html(ident: str, data: bytes | str, url: str | None = None) -> Article | InputFailure:
    """An Article from a page, or the InputFailure that stands in its place."""
    try:
        page = read_page(data, url)
    except ValueError as exc:
        return InputFailure(ident, str(exc))
    except Exception as exc:  # noqa: BLE001 - a page the parser chokes on costs only itself
        return InputFailure(ident, f"unreadable HTML ({exc.__class__.__name__}: {exc})")
    return Article(ident, page.text, page.published, page.title, url=page.url,
                   authors=page.authors, language=page.language, source=page.site)

"""A web page's own metadata (JSON-LD, <meta> tags, headings, bylines) and the choice between
what it says and what the extraction library guessed.

Pages state their metadata several times and not always alike: `<title>` usually carries
" | Site Name", `og:title` is often a social-media rewrite of the headline, JSON-LD can hold a
truncated `headline` and a modified date next to the published one. The rules here prefer what
the page shows its reader (the `<h1>` a metadata source confirms) and the fields that mean
exactly what we want (`datePublished`, never `dateModified`). They are general rules about the
markup; no site is named.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

# JSON-LD types that describe the article itself (not the site, the breadcrumb, the publisher).
ARTICLE_TYPES = re.compile(r"(?i)(article|posting|blogposting|report|review|recipe|webpage|creativework)$")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
_BY = re.compile(r"(?i)^\s*(?:written\s+)?by\s+|\s*[,|]?\s*(?:staff writer|contributor)\s*$")
_URLISH = re.compile(r"^(?:https?:|www\.|/)|@")


def _clean(text: str | None) -> str:
    return " ".join(html.unescape(text or "").split())


@dataclass
class PageMeta:
    """What the markup states, gathered once from the parsed page."""
    jsonld: list[dict] = field(default_factory=list)   # every object, @graph flattened
    meta: dict[str, list[str]] = field(default_factory=dict)  # name/property/itemprop -> contents
    h1: list[str] = field(default_factory=list)
    title_tag: str = ""
    rel_authors: list[str] = field(default_factory=list)
    lang: str | None = None
    canonical: str | None = None

    @classmethod
    def from_tree(cls, tree: HtmlElement) -> "PageMeta":
        page = cls()
        for script in tree.xpath('//script[@type="application/ld+json"]'):
            page.jsonld.extend(_jsonld_objects(script.text or ""))
        for m in tree.xpath("//meta[@content]"):
            key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").lower()
            if key:
                page.meta.setdefault(key, []).append(_clean(m.get("content")))
        page.h1 = [t for t in (_clean(h.text_content()) for h in tree.xpath("//h1")) if t]
        titles = tree.xpath("//title")
        page.title_tag = _clean(titles[0].text_content()) if titles else ""
        page.rel_authors = [t for t in (_clean(a.text_content()) for a in
                                        tree.xpath('//*[@rel="author"] | //*[@itemprop="author"]//*[@itemprop="name"]'))
                            if t]
        root = tree.getroottree().getroot()
        page.lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip() or None
        links = tree.xpath('//link[@rel="canonical"]/@href')
        page.canonical = links[0].strip() if links else None
        return page

    # -- helpers
    def first(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.meta.get(key, []):
                if value:
                    return value
        return None

    def articles(self) -> list[dict]:
        """JSON-LD objects that describe an article, most specific types first."""
        found = [o for o in self.jsonld if any(ARTICLE_TYPES.search(t) for t in _types(o))]
        return sorted(found, key=lambda o: any(t.lower() in ("webpage", "creativework") for t in _types(o)))

    def site_name(self) -> str | None:
        name = self.first("og:site_name", "application-name")
        if not name:
            for o in self.jsonld:
                if "WebSite" in _types(o) and isinstance(o.get("name"), str):
                    return _clean(o["name"])
        return name


def _types(obj: dict) -> list[str]:
    t = obj.get("@type")
    return [x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)]


def _jsonld_objects(source: str) -> list[dict]:
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):
        return []
    out, stack = [], [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if graph is not None:
                stack.extend(reversed(graph) if isinstance(graph, list) else [graph])
            if "@type" in item:
                out.append(item)
    return out


# ---- title -----------------------------------------------------------------------------------

def _fold(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def strip_site(title: str, site: str | None) -> str:
    """'Headline | Site Name' -> 'Headline': the part after the last separator goes when it names
    the site (og:site_name), or when it is short and the rest is the longer part."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_key = _fold(site or "")
    # drop trailing parts that name the site ("- WSVN 7News | Miami News, ...")
    for i in range(1, len(parts)):
        tail = " ".join(parts[i:])
        if site_key and (_fold(parts[i]) in site_key or site_key in _fold(tail)):
            return _rejoin(title, parts[:i])
    if len(parts[-1].split()) <= 4 and len(" ".join(parts[:-1])) > 2 * len(parts[-1]):
        return _rejoin(title, parts[:-1])
    return title


def _rejoin(title: str, parts: list[str]) -> str:
    """The original text of the leading `parts` (separators as they were)."""
    end = 0
    for part in parts:
        end = title.index(part, end) + len(part)
    return title[:end].strip()


def _agrees(h1: str, candidate: str) -> bool:
    a, b = _fold(h1), _fold(candidate.rstrip(".… "))
    return bool(a) and bool(b) and (a == b or (candidate.rstrip().endswith(("...", "…")) and a.startswith(b)))


def choose_title(page: PageMeta, guess: str | None) -> str | None:
    """The headline the reader sees: an <h1> that a metadata title confirms; else JSON-LD
    `headline` (unless cut short); else the page's one substantial <h1>; else og:title or
    <title> without the site's name; else the library's guess."""
    site = page.site_name()
    headlines = [_clean(o.get("headline")) for o in page.articles() if isinstance(o.get("headline"), str)]
    social = [page.first("og:title"), page.first("twitter:title")]
    candidates = [c for c in headlines + social + [page.title_tag, guess] if c]
    stripped = [strip_site(c, site) for c in candidates]
    for h in page.h1:
        if any(_agrees(h, c) for c in candidates + stripped):
            return h
    for h in headlines:
        if h and not h.endswith(("...", "…")):
            return h
    h1s = [h for h in page.h1 if _fold(h) != _fold(site or "") and len(h.split()) >= 3]
    if len(h1s) == 1:
        return h1s[0]
    for c in social + [page.title_tag]:
        if c:
            return strip_site(c, site)
    return guess


# ---- publication date --------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _iso_day(value: str | None) -> str | None:
    m = _ISO.search(value or "")
    return m.group(0) if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31 else None


def choose_published(page: PageMeta, guess: str | None) -> str | None:
    """The date the article was first published: JSON-LD `datePublished` (or `dateCreated`) of
    the article, then the published-time meta tags, then the library's guess (htmldate,
    original date). A modified date is never preferred to a published one."""
    for o in page.articles():
        for key in ("datePublished", "dateCreated"):
            value = o.get(key)
            if isinstance(value, str) and _iso_day(value):
                return _iso_day(value)
    value = page.first("article:published_time", "og:article:published_time", "datepublished",
                       "article.published", "publish-date", "pubdate", "date", "dc.date.issued", "dc.date")
    return _iso_day(value) or _iso_day(guess)


# ---- authors --------------------------------------------------------------------------------

def _person_names(value, index: dict[str, dict]) -> list[str]:
    """Names of the people in a JSON-LD `author` value; organisations (a publisher standing in
    as author) are no byline."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = index.get(item["@id"], item)
        if isinstance(item, dict) and "Organization" in _types(item):
            continue
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str):
            out.extend(split_authors(name))
    return out


def split_authors(text: str) -> list[str]:
    """'By Ann Lee and Bo Park' -> ['Ann Lee', 'Bo Park']; URLs and handles are no names."""
    text = _BY.sub("", _clean(text))
    parts = re.split(r"\s*(?:;|,|\band\b|&)\s*", text) if not _URLISH.search(text) else []
    return [p for p in (p.strip(" ,;") for p in parts) if p and 1 <= len(p.split()) <= 6]


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for n in names:
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out


def choose_authors(page: PageMeta, guess: str | None) -> list[str]:
    """Author names as the page writes them. Each source gives a list: JSON-LD `author` of the
    article (@graph references resolved), each author meta tag, the rel=author bylines, the
    library's guess. The list most sources agree on wins (the page's visible byline and its
    meta tags outvote a CMS user in JSON-LD); on a tie the earlier source in that order."""
    index = {o["@id"]: o for o in page.jsonld if isinstance(o.get("@id"), str)}
    lists: list[list[str]] = []
    for o in page.articles():
        names = _person_names(o.get("author"), index)
        if names:
            lists.append(names)
            break
    for key in ("author", "parsely-author", "article:author", "dc.creator", "sailthru.author"):
        lists.append([n for value in page.meta.get(key, []) for n in split_authors(value)])
    lists.append([n for text in page.rel_authors for n in split_authors(text)
                  if not n.lower().startswith("more by")])
    lists.append([n for part in (guess or "").split(";") for n in split_authors(part)])
    lists = [_unique(names) for names in lists if names]
    if not lists:
        return []
    keys = [frozenset(_fold(n) for n in names) for names in lists]
    votes = [sum(k == other for other in keys) for k in keys]
    return lists[max(range(len(lists)), key=lambda i: (votes[i], -i))]


def choose_language(page: PageMeta) -> str | None:
    """The primary language subtag the page declares (`<html lang>`, content-language,
    og:locale), lower case, or None."""
    for value in (page.lang, page.first("content-language", "og:locale", "language")):
        if value:
            tag = re.split(r"[-_]", value.strip())[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", tag):
                return tag
    for o in page.articles():
        if isinstance(o.get("inLanguage"), str):
            return choose_language(PageMeta(lang=o["inLanguage"]))
    return None

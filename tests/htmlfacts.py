"""Reads an HTML page the way the tests need it: every highlighted fact with the text it
covers, the scripts, the links and any event-handler attributes. Used on pages as written and
on the DOM a browser dumps after running the page's script."""
from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Mark:
    attrs: dict
    article: str | None       # data-id of the enclosing <article>
    inside: tuple = ()        # data-fact (or "part") of every mark around it, outermost first
    text: str = ""            # all text inside, nested marks included

    @property
    def fact(self) -> str | None:
        return self.attrs.get("data-fact")


class Page(HTMLParser):
    """`Page.of(html)`: the parsed page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[Mark] = []
        self.scripts: list[str] = []
        self.links: list[str] = []                    # every src/href value
        self.handlers: list[tuple[str, str]] = []     # (tag, on* attribute)
        self.tags: list[str] = []
        self.texts: dict[str, str] = {}               # article data-id -> text of its div.text
        self._stack: list[tuple[str, dict]] = []
        self._open: list[Mark] = []
        self._article: str | None = None
        self._in_text = 0
        self._in_script = False

    @classmethod
    def of(cls, html: str) -> Page:
        page = cls()
        page.feed(html)
        page.close()
        return page

    def facts(self, article: str | None = None) -> list[Mark]:
        """Elements carrying data-fact (one per fact), optionally of one article."""
        return [m for m in self.marks if m.fact and (article is None or m.article == article)]

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.tags.append(tag)
        self.links += [v for k, v in a.items() if k in ("src", "href")]
        self.handlers += [(tag, k) for k in a if k.startswith("on")]
        if tag in VOID:
            return
        self._stack.append((tag, a))
        if tag == "article":
            self._article = a.get("data-id")
        if tag == "div" and "text" in a.get("class", "").split():
            self._in_text += 1
            self.texts.setdefault(self._article or "", "")
        if tag == "mark" and "f" in a.get("class", "").split():
            around = tuple(m.fact or "part" for m in self._open if m is not None)
            mark = Mark(a, self._article, around)
            self.marks.append(mark)
            self._open.append(mark)
        else:
            self._open.append(None)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        while self._stack:
            t, a = self._stack.pop()
            self._open.pop()
            if t == "div" and "text" in a.get("class", "").split():
                self._in_text -= 1
            if t == "script":
                self._in_script = False
            if t == "article":
                self._article = None
            if t == tag:
                break

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
            return
        for mark in self._open:
            if mark is not None:
                mark.text += data
        if self._in_text:
            self.texts[self._article or ""] += data

"""What readers hand on: an article to extract, or the reason an input could not be one."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    id: str
    text: str
    published: str | None = None
    title: str | None = None
    # what a web page states about itself (plain text inputs leave these empty)
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    source: str | None = None


@dataclass
class InputFailure:
    id: str
    error: str

"""What readers hand on: an article to extract, or the reason an input could not be one."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Article:
    id: str
    text: str
    published: str | None = None
    title: str | None = None


@dataclass
class InputFailure:
    id: str
    error: str

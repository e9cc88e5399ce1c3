"""The record contract: dataclasses for every fact, and the one place that turns them into JSON.

A record is the facts of one article. Every item carries `start`/`end`, Python string indices
into the text as read (half-open), so `text[start:end] == item.text`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    """A person, organisation or place: one canonical name, every mention of it."""
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class DateFact:
    """A date expression and its TIMEX3-style value, resolved against `anchor`. `vague` marks
    the words with no checkable value ("now", "recently": PRESENT_REF, PAST_REF, FUTURE_REF)."""
    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"mod", "low", "high", "vague"})
    text: str
    start: int
    end: int
    value: str | None
    grain: str | None
    anchor: str | None = None
    mod: str | None = None
    low: str | None = None   # ranges ("1950-53", "from June to August"): both ends
    high: str | None = None
    vague: bool | None = None  # True or absent


@dataclass
class Figure:
    """A number as a claim: its value, unit, qualifier and what it counts."""
    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"low", "high"})
    text: str
    start: int
    end: int
    value: float | int | None
    unit: str | None = None
    qualifier: str | None = None
    counted: str | None = None
    low: float | int | None = None
    high: float | int | None = None


@dataclass
class Quote:
    """Quoted words (marks excluded) and who said them."""
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    kind: str = "direct"  # direct | partial | scare


@dataclass
class Record:
    """The facts of one article. `url`, `authors`, `language` come from a web page's metadata;
    `text` (the text the offsets index) is only written when asked for (--with-text)."""
    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"text"})
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    dates: list[DateFact] = field(default_factory=list)
    people: list[Entity] = field(default_factory=list)
    organisations: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    text: str | None = None


@dataclass
class ErrorRecord:
    """An input that could not be processed; stands in its place in a batch."""
    id: str
    error: str


def to_dict(obj: Any) -> Any:
    """Plain JSON-ready data for any record type; optional fields left out when None."""
    if hasattr(obj, "__dataclass_fields__"):
        optional = getattr(obj, "OPTIONAL", frozenset())
        out = {}
        for f in fields(obj):
            value = getattr(obj, f.name)
            if value is None and f.name in optional:
                continue
            out[f.name] = to_dict(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    if isinstance(obj, float) and obj.is_integer() and abs(obj) < 1e15:
        return int(obj)
    return obj


def to_json(obj: Any, indent: int | None = None) -> str:
    """The one JSON serialisation of records (UTF-8 text, non-ASCII kept)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)

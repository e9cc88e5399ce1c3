"""Title, publication date and source, found in the article text itself.

Wire copy and scraped pages carry these in a few recognisable places near the top: a dateline
("Sunday, October 19, 2025"), a label ("date 2025-10-19", "Published: ..."), an outlet credit
("CaliToday (19/10/2025):", "SEOUL (AFP) -"). Only the head of the text is searched, so a date
in the body never becomes the publication date.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import extensions  # noqa: F401
from ..nlp.extensions import doc_text

HEAD_CHARS = 600

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"

# Ordered: the first that matches in the head wins.
_DATE_PATTERNS = [
    re.compile(r"(?i)\b(?:date|published|posted|updated|dated)\s*:?\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(rf"(?i)\b(?:published|posted|updated|dated|date)\s*:?\s*(?:{_WEEKDAY})?{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
    # a dateline is one line: "Sunday, 27 February\n1500 GMT" is a fixture's day and kick-off time
    re.compile(rf"(?im)^\s*(?:{_WEEKDAY})?{_MONTH}[^\S\n]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?[^\S\n]+(?P<y>\d{{4}})\b"),
    re.compile(rf"(?im)^\s*(?:{_WEEKDAY})?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n]+{_MONTH}[^\S\n]+(?P<y>\d{{4}})\b"),
    re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)"),  # "Outlet (19/10/2025):" day first
    re.compile(r"(?m)^[A-Z][A-Z .,'-]{1,40}\s+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),  # "ROME 1996-12-06"
    re.compile(r"(?m)^\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\s*$"),
]

_SOURCE_PATTERNS = [
    # "CaliToday (19/10/2025):"
    re.compile(r"(?m)^(?P<src>[A-Z][\w&.'-]*(?:[^\S\n][A-Z][\w&.'-]*){0,4})[^\S\n]+\(\d{1,2}/\d{1,2}/\d{4}\)[^\S\n]*:"),
    # "SEOUL (AFP) -", "WASHINGTON, Oct 3 (Reuters) -"
    re.compile(r"(?m)^[A-Z][A-Za-z0-9 .,'-]{1,60}\((?P<src>[A-Z][A-Za-z&. ]{1,30})\)\s*[-–—:]"),
    re.compile(r"(?im)^\s*(?:source|via)\s*:\s*(?P<src>[A-Z][\w&.' -]{1,40}?)\s*$"),
]


def _iso(y: str, m: str | None, d: str, month_name: str | None) -> str | None:
    month = int(m) if m else _MONTHS.get(month_name.lower().rstrip(".")) if month_name else None
    try:
        return date(int(y), month, int(d)).isoformat() if month else None
    except ValueError:
        return None


def find_published(text: str) -> str | None:
    """The publication date stated at the head of the text, as YYYY-MM-DD, or None."""
    head = text[:HEAD_CHARS]
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            groups = m.groupdict()
            iso = _iso(groups["y"], groups.get("m"), groups["d"], groups.get("month"))
            if iso:
                return iso
    return None


def find_source(text: str) -> str | None:
    head = text[:HEAD_CHARS]
    for pattern in _SOURCE_PATTERNS:
        m = pattern.search(head)
        if m:
            return m.group("src").strip()
    return None


_MONTH_ANY = _MONTH.replace("?P<month>", "")
_DATE_LINE = re.compile(rf"(?i)^\s*(?:{_WEEKDAY})?(?:{_MONTH_ANY}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ANY})(?:st|nd|rd|th)?,?\s+\d{{4}}\s*$")
_LABEL_LINE = re.compile(r"(?i)^\s*(?:date|published|posted|updated|by|source)\b")


def find_title(text: str) -> str | None:
    """A headline: the first non-empty line that is short, has no sentence-final full stop
    and is followed by a blank line or more text (not a date line, label or body paragraph)."""
    lines = text.lstrip("\ufeff").splitlines()
    for i, line in enumerate(lines[:4]):
        line = line.strip()
        if not line:
            continue
        if _DATE_LINE.match(line) or re.fullmatch(r"[\d/ .:-]+", line):
            continue
        if _LABEL_LINE.match(line):
            return None
        words = line.split()
        ends_sentence = line.endswith((".", "?\"", ".\"", ".”")) and not line.endswith("...")
        if 2 <= len(words) <= 25 and not ends_sentence and len(lines) > i + 1:
            return _unwrapped(line)
        return None
    return None


_PAIRS = {"'": "'", '"': '"', "‘": "’", "“": "”"}


def _unwrapped(line: str) -> str:
    """The headline without quote marks around the whole of it ('"Pier to close"'); a mark that
    belongs to a quote inside it stays: "Angels 'favourite funeral song'" keeps its closing
    mark, "'Super union' merger plan" its opening one."""
    while len(line) > 2 and _PAIRS.get(line[0]) == line[-1] and line[0] not in line[1:-1] \
            and line[-1] not in line[1:-1]:
        line = line[1:-1].strip()
    return line


@Language.factory("factextract_metadata")
def make_metadata(nlp: Language, name: str) -> "MetadataComponent":
    return MetadataComponent()


class MetadataComponent:
    """Sets doc._.title/.published/.source; a published date set before the run is kept."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not doc._.published:
            doc._.published = find_published(text)
        if doc._.title is None:
            doc._.title = find_title(text)
        if doc._.source is None:
            doc._.source = find_source(text)
        return doc

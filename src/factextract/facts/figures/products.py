"""Numbers that name a product or a format, not claims: a model number after an acronym
("RTX 3090", "GTX 1650") or before a model suffix ("a 2080 Ti"), and a display resolution
("1440p gameplay", "4K gaming") that would otherwise read as pence or thousands.

Why apart from the component: these come from reviews and shopping pages, and each is told by
the words right beside the number (unlike "the 7610 phone" in kinds.model_numbers, an acronym
before a number does not make the same digits a name elsewhere: "the FTSE 100 ... 100 jobs").
Suffixes and display words are data
(`patterns/figures/model_suffixes.txt`, `display_words.txt`)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ...nlp.resources import load_wordlist

# an acronym of two to five capitals right before a bare number of two to five digits
_AFTER_ACRONYM = re.compile(r"(?<![\w&.-])(?P<a>[A-Z]{2,5})[^\S\n]+(?P<n>\d{2,5})(?![\w,.%-]|\.\d)")
# standard resolutions written with p or i, and the K formats
_RESOLUTION = re.compile(r"(?<![\w.,$£€])(?:(?:240|360|480|576|720|1080|1440|2160|4320)[pi]|[2458]K)(?![\w-])")
# labels an acronym never is before a count: currency and unit codes, countries and blocs
_NOT_MODEL = frozenset("""USD GBP EUR JPY CHF CAD AUD CNY HKD INR RMB US USA UK EU UN GB NZ UAE
    AM PM GMT BST UTC EST EDT PST ET KM MPH MW GW KW KB MB GB TB BC AD CE BCE""".split())


@lru_cache(maxsize=1)
def _suffix_regex() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(load_wordlist("figures/model_suffixes.txt"), key=len, reverse=True))
    # the suffix, then no capitalised word ("300 Super Bowl ads" counts ads) and no plural noun
    # ("3 Pro players" counts players)
    return re.compile(rf"[^\S\n]+(?:{words})(?![\w-])(?![^\S\n]+(?:[A-Z]|[a-z]+s\b))")


@lru_cache(maxsize=1)
def _display_words() -> frozenset[str]:
    return load_wordlist("figures/display_words.txt")


def model_spans(doc: Doc, text: str) -> set[int]:
    """Start offsets of numbers written right after an acronym as a model's number ("RTX 3090",
    "GTX 1650"). Only that use: the same digits elsewhere may count ("the FTSE 100 ... 100 jobs")."""
    out = set()
    for m in _AFTER_ACRONYM.finditer(text):
        if m.group("a") in _NOT_MODEL:
            continue
        span = doc.char_span(m.start("a"), m.end("a"))
        if span is not None and span[0].ent_type_ in ("GPE", "NORP", "MONEY", "QUANTITY", "DATE"):
            continue
        out.add(m.start("n"))
    return out


def before_suffix(text: str, end: int) -> bool:
    """"a 2080 Ti": the number before a model suffix."""
    return _suffix_regex().match(text, end) is not None


def resolution_spans(text: str) -> list[tuple[int, int]]:
    """Display resolutions ("1440p", "4K") with a display word in their sentence; a price in
    pence ("shares rose to 1080p") or "4K" alone stays a number."""
    out = []
    for m in _RESOLUTION.finditer(text):
        s = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        e = min([i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0] or [len(text)])
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", text[s:e])}
        if words & _display_words():
            out.append(m.span())
    return out

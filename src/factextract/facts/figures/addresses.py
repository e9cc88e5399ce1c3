"""Numbers of a postal address or a phone number are not figures: "+81 158-23-2012", "call 555-0134",
"1600 Main Street", "2344 Bragg St., Apt. 1C", "5 Chome-3-23".

Why apart from the component: web pages (contact boxes, event notices, shop details) carry
addresses and phone numbers in running text; read as numbers they give a count of 81, a range
"158-23", a count of "Bragg St." and a temperature "1C". Each shape is told from the characters
around the number (the street words are data: `patterns/figures/street_words.txt`,
`unit_label_words.txt`); only the street rule asks the parse, so that "300 High Street shops"
(a street name used as a sector) still counts shops."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ...nlp.resources import load_wordlist

# "+81 158-23-2012", "+44 (0)20 7946 0958", "+1 555.123.4567": a country code and groups
_INTERNATIONAL = re.compile(r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?!\d)")
# "158-23-2012", "03.5555.1234": three or more digit groups joined by hyphens or dots with no
# space (dates "2025-10-19" and "19.10.2025" are blocked before, as dates)
_GROUPS = re.compile(r"(?<![\w.,-])\d{2,5}(?:([-.])\d{2,5})(?:\1\d{2,5})+(?![\w-])")

# "call 555-0134", "Tel: 3322 4567", "phone (555) 013 4477": after a word that asks you to ring,
# a run of digit groups with seven digits or more is a number to dial
_CUED = re.compile(r"(?i)\b(?:call|phone|tel|telephone|fax|dial|hotline|whatsapp)\b[.:]?[^\S\n]*(?:on[^\S\n]+|at[^\S\n]+)?"
                   r"(?P<n>\(?\d[\d()\s.-]{5,18}\d)(?!\d)")


@lru_cache(maxsize=1)
def _street_regex() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(load_wordlist("figures/street_words.txt"), key=len, reverse=True))
    # the house number, up to three capitalised words, the street word ("5 Chome-3-23": none)
    return re.compile(rf"(?P<n>\d{{1,5}}[A-Za-z]?)[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){{0,3}}?"
                      rf"(?P<w>{words})(?![\w])")


@lru_cache(maxsize=1)
def _unit_label_regex() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(load_wordlist("figures/unit_label_words.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{words})[^\S\n]+$")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers and other digit groups that are no numbers to read."""
    spans = [m.span() for m in _INTERNATIONAL.finditer(text)
             if sum(c.isdigit() for c in m.group(0)) >= 7]
    spans += [m.span("n") for m in _CUED.finditer(text) if sum(c.isdigit() for c in m.group("n")) >= 7
              and "\n" not in m.group("n")]
    return spans + [m.span() for m in _GROUPS.finditer(text)]


def in_address(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the number at `start`:`end` is a house number before a street, or the number
    of a flat or office ("Apt. 1C"): names of a place, not counts."""
    if _unit_label_regex().search(text, max(0, start - 12), start) and \
            re.fullmatch(r"\d{1,5}[A-Za-z]?", text[start:end]):
        return True
    if "," in text[start:end] or "." in text[start:end]:
        return False          # house numbers carry no thousands commas or decimals
    m = _street_regex().match(text, start)
    if m is None or m.end("n") != end:
        return False
    word = doc.char_span(m.start("w"), m.end("w"), alignment_mode="expand")
    # "300 High Street shops": the street name modifies a noun the number counts
    return word is None or not len(word) or not (word[-1].dep_ == "compound" and word[-1].head.pos_ == "NOUN")

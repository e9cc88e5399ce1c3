"""From typed token proposals to clean character-span candidates.

Proposals are token spans; the grouping compares surfaces. Here a span loses a leading "the",
a possessive 's and edge punctuation, a "place's Name" splits in two, and what is left is
dropped when it is no name at all (nationality adjectives, words that are never entities).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...nlp.resources import load_wordlist
from .lexicon import ORG_SUFFIXES
from .formal_places import keeps_the
from .possessive_headings import PossessiveHeadings
from .proposal import Proposal
from .tokens import TokenView

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_EDGE_PUNCT = " \t\n,.;:!?\"'“”‘’()[]-–—"
_POSSESSIVE_BEFORE_NAME = re.compile(r"['’]s\s+(?=[A-Z])")  # "South Korea's Joint Chiefs"
_THE = re.compile(r"(?i)the\s+")
_ABBREVIATION_END = re.compile(r"\b[A-Z][a-z]?\.$|\b(?:[A-Z]\.)+$")
_SPACES = re.compile(r"\s+")
_LINE = re.compile(r"[^\n]+")
# a newspaper's page reference ("Page A8", "page B12", "Section C"): a place in print, no entity
_PAGE_REFERENCE = re.compile(r"^(?:page|pages|section|p) [a-z]?\d{0,3}[a-z]?$")
# how much one mention's evidence weighs in its referent's type vote (component.py)
_WEIGHTS = {"honorific": 3, "country": 2, "city": 2, "region": 2, "venue": 2, "body": 2, "club": 2, "table": 2, "cue": 2, "given": 2, "band": 2, "lineup": 2}


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    votes: Counter
    fixed: bool = False  # a dateline: its type does not vote nor bend to the majority
    src: str = ""        # the rule that proposed it (a gazetteer id, "model", "cue" ...)


def clean_span(text: str, start: int, end: int, own_s: bool = False) -> tuple[int, int]:
    """Trim a leading "the", a trailing possessive (unless the name owns it: "Moody's") and edge
    punctuation from text[start:end]."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT and not text[start:end].endswith((".", "s'")) :
        end -= 1
    m = _THE.match(text[start:end])
    if m and end - start > m.end() and not keeps_the(text[start:end]):   # "The Hague" (formal_places.py)
        start += m.end()
    m = _POSSESSIVE.search(text[start:end])
    if m and end - start > 3 and not own_s:
        end -= 2 if text[end - 2:end] in ("'s", "’s") else 1
    # a trailing abbreviation point belongs to the name ("Co."), a sentence full stop does not
    if text[end - 1:end] == "." and not _ABBREVIATION_END.search(text[start:end]):
        end -= 1
    while end > start and text[end - 1] in _EDGE_PUNCT.replace(".", ""):
        end -= 1
    return start, end


def normalise(name: str) -> str:
    """Comparison key: case, hyphens, curly marks and spacing folded."""
    name = name.replace("’", "'").replace("-", " ").lower()
    return _SPACES.sub(" ", name).strip()


class CandidateCleaner:
    """Turns proposals into cleaned char-span candidates, dropping demonyms and non-entities."""

    def __init__(self, places: set[str], bodies: set[str] = frozenset()) -> None:
        self.headings = PossessiveHeadings(set(places) | set(bodies))
        self.demonyms = {normalise(w) for w in load_wordlist("entities/demonyms.txt")}
        self.not_entities = {normalise(w) for w in load_wordlist("entities/not_entities.txt")}
        self.places = {normalise(p) for p in places}

    def clean(self, v: TokenView, spans: list[Proposal]) -> list[Candidate]:
        """Mentions proposed and typed on tokens (candidates.py), cleaned into char spans."""
        out: list[Candidate] = []
        text, toks = v.text, v.toks
        for sp in spans:
            first, last = toks[sp.s], toks[sp.e - 1]
            for start, end, t in self._pieces(text, first.idx, last.idx + len(last), sp.type):
                start, end = clean_span(text, start, end, sp.own_s)
                surface = text[start:end]
                # no capital, no name; but a lower-case committee is one (committees.py)
                if end - start < 2 or not (sp.src == "committee" or any(c.isupper() for c in surface)):
                    continue
                heading, keep = self.headings.split(surface)
                if heading:   # "Kanae's Review": the reviewer at most (possessive_headings.py)
                    if keep:
                        out.append(Candidate(start, start + keep, "people", Counter({"people": 1}), src=sp.src))
                    continue
                key = normalise(surface)
                if key in self.demonyms or key in self.not_entities or _PAGE_REFERENCE.match(key) or all(w in self.not_entities for w in key.split()) \
                        or (key.endswith("s") and key[:-1] in self.demonyms and key not in self.places):   # "Azeris", not "Philippines"
                    continue
                weight = 3 if key.split()[-1] in ORG_SUFFIXES and len(key.split()) > 1 and t == "organisations" \
                    else _WEIGHTS.get(sp.src, 1)
                out.append(Candidate(start, end, t, Counter({t: weight}), fixed=sp.src == "dateline", src=sp.src))
        return out

    def _pieces(self, text: str, start: int, end: int, etype: str):
        """A name never runs across a line break (a headline into the body): each line apart."""
        for m in _LINE.finditer(text, start, end):
            yield from self._split_possessive(text, m.start(), m.end(), etype)

    def _split_possessive(self, text: str, start: int, end: int, etype: str):
        """"South Korea's Joint Chiefs of Staff" is a place and an organisation."""
        span = text[start:end]
        m = _POSSESSIVE_BEFORE_NAME.search(span)
        if not m:
            return [(start, end, etype)]
        left_end, right_start = start + m.start(), start + m.end()
        left_key = normalise(text[start:left_end])
        if left_key not in self.places:
            return [(start, end, etype)]   # "United Nations Children's Fund" is one name
        return [(start, left_end, "places"), (right_start, end, etype)]

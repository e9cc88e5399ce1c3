"""A money figure that modifies the noun after it, with its conversions in brackets between:
"block a $4.2bn (£2.3bn) buyout", "after a two trillion won ($1.7bn; £0.9bn) bail-out", "the
£11.5m show will open": every figure of the group counts the buyout, the bail-out, the show;
and money that is the worth of the noun after it: "sell 14.8bn yuan ($2.1bn) worth of bonds".

Why apart from counted_clause.py: that reads the parse, which hangs the noun on the last
conversion, on nothing, or on half a hyphened word ("out" of "bail-out") when a bracket stands
between; this reads the shape from the tokens once all figures are known: a determiner before
the first figure, the figure and its bracketed conversions, then a noun phrase."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...nlp.resources import load_groups
from ...records import Figure
from .counted import hyphen_end
from .units import kind

_DETERMINER = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|each)|['’]s?)\s+$", re.I)
_BRACKET = re.compile(r"\s*\(\s*|\s*;\s*")
_CLOSE = re.compile(r"\s*\)")
_WORTH_OF = re.compile(r"\s*-?\s*worth\s+of(?=\s)", re.I)   # "$2bn worth of shares", "euros-worth of debts"
_AUX = frozenset({"will", "would", "is", "was", "has", "had", "could", "can", "may", "might", "must"})


def _money(f: Figure) -> bool:
    return bool(f.unit) and kind(f.unit.split(" per ")[0]) == "money" and " per " not in f.unit


def carry(doc: Doc, text: str, figures: list[Figure]) -> None:
    """Give each figure of "a $6.75bn (£3.6bn) buyout" the noun the group modifies, and of
    "14.8bn yuan ($2.1bn) worth of bonds" the noun the group is the worth of."""
    i = 0
    while i < len(figures):
        first = figures[i]
        j = i
        if _money(first):
            while j + 1 < len(figures) and _money(figures[j + 1]) \
                    and _BRACKET.fullmatch(text[figures[j].end:figures[j + 1].start]):
                j += 1
            end = figures[j].end
            close = _CLOSE.match(text, end) if j > i else None
            worth = _WORTH_OF.match(text, close.end() if close else end) if j == i or close else None
            phrase = None
            if worth:
                phrase = _noun_phrase(doc, worth.end())
                for f in figures[i:j + 1] if phrase else ():
                    f.counted = phrase    # "$2bn worth of shares": the shares, not the seller
            elif (j == i or close) and _DETERMINER.search(text[max(0, first.start - 6):first.start]):
                phrase = _noun_phrase(doc, close.end() if close else end)
                if phrase:
                    for f in figures[i:j + 1]:
                        if not f.counted or (f.counted in phrase and f.counted != phrase):
                            f.counted = phrase
        i = j + 1


def _noun_phrase(doc: Doc, at: int) -> str | None:
    """The noun phrase starting right after `at` (a space between): compounds and a head noun."""
    if not re.match(r" [a-zA-Z]", doc.text[at:at + 2]):
        return None
    span = doc.char_span(at + 1, at + 2, alignment_mode="expand")
    if span is None:
        return None
    first: Token = span[0]
    k = first.i
    head = None
    while k < len(doc) and k - first.i < 4:
        t = doc[k]
        end = hyphen_end(doc, k)
        if t.tag_ in ("NN", "NNS") or (t.pos_ == "PROPN" and end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN")):
            head, k = end, end + 1
            continue
        if head is None and t.tag_ == "JJ" and k + 1 < len(doc) and doc[k + 1].tag_ in ("NN", "NNS", "JJ"):
            k += 1        # "£5m worth of new equipment", "a $2bn annual budget"
            continue
        break
    if head is None:
        if first.is_lower and first.is_alpha and first.i + 1 < len(doc) and doc[first.i + 1].lower_ in _AUX:
            head = first.i        # "the £11.5m show will open": the parse took "show" for a verb
        else:
            return None
    if doc[head].pos_ not in ("NOUN",) and head != first.i:
        return None
    if doc[head].lemma_.lower() in load_groups("figures/counted_nouns.txt").get("empty", ()):
        return None               # "a $5m sum": the noun names no thing of its own
    if any("\n" in t.text_with_ws for t in doc[first.i:head]):
        return None
    return doc[first.i:head + 1].text

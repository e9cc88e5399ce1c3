"""The last word of a title shaped "X of the Y" is no organisation: "Rings" of "Lord of the
Rings", "Pops" of "Top of the Pops", "Dead" of "Shaun of the Dead". title_runs.py drops such
pieces when the whole title is everyday words; it keeps them when the first word is also a
title of rank ("Lord") or a body's head, and the model then calls the last word an
organisation.

A one-word organisation proposal is dropped where it follows "of the" and a capitalised word
that opens a run of its own inside a sentence (after a lower-case word, "the", or a quote)
or opens the text, a sentence or a line ("Songs of the Night leaves Channel 7" as a headline, "Shaun
of the Dead was a hit": the piece found there would otherwise spread to every use), when that word is no role ("Governor of the Reserve Bank", "President of the European
Parliament") and no body's or place's head ("House of Fraser", "Bank of the West"), and the
proposal's word is an everyday word no gazetteer knows. Not in sports reports ("Queen of the
South", "Hearts of Oak" are clubs).
"""
from __future__ import annotations

from ...nlp.resources import load_groups, load_wordlist
from .lexicon import GAZETTEER_IDS, ORG_NOUNS_AFTER, ORG_SUFFIXES, PLACE_NAME_HEADS, Lexicon
from .proposal import Proposal
from .tokens import TokenView

ORG = "organisations"
_KEEP_SOURCES = GAZETTEER_IDS | {"acronym", "honorific", "band", "dateline"}


class OfTitles:
    """Drops the last word of a title "X of the Y" the model called an organisation."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.common = load_wordlist("entities/common_words.txt") | load_wordlist("entities/common_name_words.txt")
        self.heads = load_groups("entities/title_runs.txt")["head"] | ORG_NOUNS_AFTER | ORG_SUFFIXES | PLACE_NAME_HEADS

    def _piece(self, v: TokenView, sp: Proposal) -> bool:
        T, L = v.toks, v.lowers
        s = sp.s
        if sp.e - s != 1 or s < 3 or sp.src in _KEEP_SOURCES or L[s] not in self.common:
            return False
        if L[s] in self.lex.gaz_forms or not (L[s - 1] == "the" and L[s - 2] == "of"):
            return False
        x = s - 3
        if not (T[x].is_alpha and T[x].is_title) or L[x] in self.lex.person_roles or L[x] in self.heads:
            return False
        if v.opens_line(x):
            return True
        before = T[x - 1]
        return before.is_lower or before.text in ('"', "“", "'", "‘", ",") or L[x - 1] == "the"

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> list[Proposal]:
        if sports:
            return spans
        return [sp for sp in spans if not (sp.type == ORG and self._piece(v, sp))]

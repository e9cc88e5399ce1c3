"""A film's title the model calls an organisation, cut off its capitalised "The": "The Aviator",
"The Motorcycle Diaries", "The Phantom of the Opera" typed an organisation "Aviator" in an
article about films.

A reader takes such a name for a work when the article is about films (it writes "film" or
"movie") and not about music (no "band", "album"), and every use of the name in the body keeps a
capital "The" before it, at least once in mid-sentence ("also tip The Aviator": the "The" is
part of the name), with no organisation's marks at any use: no gazetteer, no band evidence, no
possessive ("The Guardian's critic"), no noun before it ("magazine The List") or after it
("The Body Shop chain"). The headline (first line) may drop the "The".

Only the model's organisation proposals are looked at; their uses are found in one pass over
the token texts made only when the article qualifies.
"""
from __future__ import annotations

from collections import defaultdict

from .lexicon import GAZETTEER_IDS, ORG_NOUNS_AFTER
from .proposal import Proposal
from .tokens import TokenView, written_in_lower_case

ORG = "organisations"
_FILM_WORDS = ("film", "films", "movie", "movies")
_MUSIC_WORDS = ("band", "bands", "album", "albums", "group's", "singer")
_POSSESSIVE = ("'s", "’s", "'")


class TheTitles:
    """Drops model organisations that read as film titles written "The X"."""

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> list[Proposal]:
        if sports:
            return spans
        T, L = v.toks, v.lowers
        groups: dict[tuple[str, ...], list[Proposal]] = defaultdict(list)
        for sp in spans:
            if sp.type == ORG and L[sp.s] != "the":
                groups[tuple(v.texts[sp.s:sp.e])].append(sp)
        if not groups:
            return spans
        if not any(written_in_lower_case(v.text, w) for w in _FILM_WORDS) \
                or any(written_in_lower_case(v.text, w) for w in _MUSIC_WORDS):
            return spans
        line_end = v.text.find("\n")
        firsts = defaultdict(list)
        for i, x in enumerate(v.texts):
            firsts[x].append(i)
        titles = set()
        for key, group in groups.items():
            if any(sp.src != "model" for sp in group) or any(sp.src in GAZETTEER_IDS for sp in group):
                continue
            if not all(w[:1].isupper() or w in ("of", "the", "and", "in", "on", "a") for w in key) \
                    or any(w.isupper() and len(w) > 1 for w in key):
                continue
            if self._title(v, key, firsts[key[0]], line_end):
                titles.add(key)
        if not titles:
            return spans
        return [sp for sp in spans if not (sp.type == ORG and tuple(v.texts[sp.s:sp.e]) in titles)]

    @staticmethod
    def _title(v: TokenView, key: tuple[str, ...], starts: list[int], line_end: int) -> bool:
        T, L, n = v.toks, v.lowers, len(v.toks)
        mid = False
        uses = 0
        for s in starts:
            e = s + len(key)
            if tuple(v.texts[s:e]) != key:
                continue
            if line_end >= 0 and v.idx[s] < line_end:
                continue   # the headline may drop the "The"
            uses += 1
            if s == 0 or v.texts[s - 1] != "The":
                return False
            if e < n and (L[e] in _POSSESSIVE or (T[e].is_lower and (T[e].pos_ == "NOUN" or L[e] in ORG_NOUNS_AFTER))):
                return False
            if s >= 2 and T[s - 2].is_lower and T[s - 2].pos_ in ("NOUN", "PROPN"):
                return False   # "magazine The List", "newspaper The Sun"
            if s >= 2 and ((T[s - 2].is_alpha and T[s - 2].is_lower) or L[s - 2] == ","):
                mid = True   # a lowercase word or a comma before "The": mid-sentence
        return uses > 0 and mid

"""Titles of works: films, shows, albums, songs, books, games, drugs ("the film Ray", "the game
Halo", "comedy Sideways", "the Shrek sequel") are not people, organisations or places.

A title is recognised where a work noun introduces it; then every other mention of the same
name in the article goes too (the title's first mention is often the only one with the noun).
"""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS, WORK_AFTER, WORK_BEFORE
from .proposal import Proposal
from .tokens import TokenView


def _key(v: TokenView, sp: Proposal) -> str:
    words = v.lowers[sp.s:sp.e]
    return " ".join(words[1:] if words and words[0] == "the" else words)


def _work_apposition(v: TokenView, e: int) -> bool:
    """"Tysabri, a multiple sclerosis drug,": an apposition whose head is a work noun."""
    T = v.toks
    if e + 2 >= len(T) or T[e].text != "," or v.lowers[e + 1] not in ("a", "an", "the"):
        return False
    k = e + 2
    while k < len(T) and k < e + 7 and T[k].is_alpha and T[k].is_lower and T[k].lower_ not in ("of", "for", "by", "that", "which", "who", "and"):
        k += 1
    return k > e + 2 and v.lowers[k - 1] in WORK_BEFORE and T[k - 1].pos_ == "NOUN"


def drop_works(v: TokenView, spans: list[Proposal]) -> list[Proposal]:
    """Proposals that are titles of works, and every mention of the same names, dropped."""
    T, lowers = v.toks, v.lowers
    titles = set()
    for sp in spans:
        if sp.src in GAZETTEER_IDS or sp.src == "honorific":
            continue
        s = sp.s - 1
        if s >= 1 and lowers[s] == "the":
            s -= 1
        # the cue is a noun ("the play Festen"), not a verb ("will play Gaston Gaudio")
        before = s >= 0 and lowers[s] in WORK_BEFORE and T[s].is_lower and T[s].pos_ == "NOUN"
        after = sp.e < len(T) and lowers[sp.e] in WORK_AFTER and T[sp.e].is_lower and T[sp.e].pos_ == "NOUN"
        if before or after or _work_apposition(v, sp.e):
            titles.add(_key(v, sp))
    if not titles:
        return spans
    return [sp for sp in spans if sp.src in GAZETTEER_IDS or _key(v, sp) not in titles]

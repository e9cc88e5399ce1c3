"""Is an article that reads as a sports report by its sports words really about the arts?

Sports words that are everyday words too ("beat", "season", "final", "stage", "drew") make
three in a film awards story or a TV schedule, and the sports rules then type names as clubs
and skip the title rules ("Silent Harbour" a club in "Ballad of the Silent Harbour").
An article with more different arts words (film, album, actress, sitcom, and the words of video
games: gamers, console ...) than its sport evidence (sport_reports.py), three at least, is an
arts report: a review of a football game is no sports report. Words are data:
patterns/entities/arts_words.txt.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ...nlp.resources import load_wordlist


@lru_cache(maxsize=1)
def arts_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_wordlist("entities/arts_words.txt"))


def arts_outweigh(lowers: Iterable[str], sports_hits: float) -> bool:
    """Do three or more different arts words, more than the article's sport evidence
    `sports_hits`, say the article is about the arts?"""
    n = len(arts_words().intersection(lowers))
    return n >= 3 and n > sports_hits

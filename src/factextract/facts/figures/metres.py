""""800m": 800 metres or 800 million? The "m" after a number is decided from context.

With a currency it is million ("£5m", money_before decides before this is asked). Without one:
metres when a metre word follows ("a 10m-long wall", "the 100m sprint"); in a race report
(athletics, swimming: `athletics_words.txt` anywhere in the text) metres unless a plural noun
that a race distance cannot qualify follows ("2m viewers"); else million ("35m users")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...nlp.resources import load_wordlist


@lru_cache(maxsize=1)
def _metre_regex() -> re.Pattern:
    words = sorted(load_wordlist("figures/metre_words.txt"), key=len, reverse=True)
    return re.compile(r"[\s-]*(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _race_regex() -> re.Pattern:
    words = sorted(load_wordlist("figures/athletics_words.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b",
                      re.I)


# "the women's 400m": a race of a class of runners
_RACE_BEFORE = re.compile(r"(?:\b(?:men|women|boys|girls)['’]s?|\bjunior|\bsenior|\bindoor|\boutdoor)\s+[\d,.]+m$",
                          re.I)
# the word after "800m": a plural noun ("users") says millions unless it is a race word
_NEXT_PLURAL = re.compile(r"[\s-]+([a-z]+s)\b")


@lru_cache(maxsize=64)
def race_report(text: str) -> bool:
    """True when the text reports races (athletics, swimming, rowing)."""
    return _race_regex().search(text) is not None


def metres_follow(text: str, end: int) -> bool:
    """A metre word right after `end` ("-long", " sprint", " in height")."""
    return bool(_metre_regex().match(text, end))


def reads_as_metres(text: str, end: int) -> bool:
    """Whether the "m" that ends at `end` (no currency before the number) means metres."""
    if metres_follow(text, end) or _RACE_BEFORE.search(text, max(0, end - 40), end):
        return True
    if not race_report(text):
        return False
    nxt = _NEXT_PLURAL.match(text, end)
    return nxt is None or nxt.group(1) in load_wordlist("figures/event_plurals.txt")

"""Storms' and holidays' names, which are none of people, organisations or places.

- A name right after a capitalised storm word is the storm's: "Hurricane Mitch", "Typhoon
  Haiyan", "Tropical Storm Allison". The model calls such names people ("Mitch") or takes the
  storm word along ("Cyclone Nargis" as a person). The storm's whole name goes, and so does its
  bare name wherever the article repeats it ("Mitch had destroyed roads"): one referent, one type.
  "Storm" alone is also a given name and a plain word ("Storm Thorgerson"), so "Storm X" is a
  storm's only in an article that speaks of weather (winds, rain, floods ...). A storm word after
  another capitalised word is part of some other name ("Eurofighter Typhoon"): not a storm's.
- A proposal whose whole text (after "the") is a holiday's or a feast's name is dropped: "Easter",
  "Boxing Day", "Ramadan", "New Year's Day". Only whole names: "Christmas Island" and "Easter
  Island" are places and stay.

The words are data: patterns/entities/storms_holidays.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .proposal import Proposal
from .tokens import TokenView

_APOSTROPHE_S = {"’s": "'s"}
_LEADS = {"tropical", "super"}   # the capitalised first words of two-word storm words


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(_APOSTROPHE_S.get(w, w) for w in words)


class StormsHolidays:
    """Drops the names of storms and holidays from the proposals (returns a new list)."""

    def __init__(self) -> None:
        w = load_groups("entities/storms_holidays.txt")
        self.storms = {tuple(x.split()) for x in w["storm"]}
        self.weak = {tuple(x.split()) for x in w["storm_weak"]}
        self.weather = w["weather"]
        self.holidays = {tuple(x.split()) for x in w["holiday"]}
        self.longest = max(len(h) for h in self.holidays)

    def storm_names(self, v: TokenView, spans: list[Proposal]) -> list[tuple[int, int, int]]:
        """(storm word's start, name's start, name's end) for each "Hurricane Mitch" in v: the
        name is the run of capitalised words after the storm word (at most two); a place
        does not continue it ("Typhoon Hits Japan" in a headline keeps Japan)."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        weather = bool(self.weather & v.lower_set)
        place_starts = {sp.s for sp in spans if sp.type == "places"}
        found = []
        for i in range(n):
            if not T[i].is_title:
                continue
            for size in (2, 1):
                words = tuple(L[i:i + size])
                if len(words) < size or not all(T[k].is_title for k in range(i, i + size)):
                    continue
                if words not in self.storms and not (weather and words in self.weak):
                    continue
                p = i - 1
                if p >= 0 and T[p].is_title and L[p] not in _LEADS and not T[p].is_sent_start:
                    break   # "Eurofighter Typhoon": another name's word
                s = e = i + size
                while e < n and e - s < 2 and T[e].is_title and T[e].is_alpha and "\n" not in T[e - 1].whitespace_ \
                        and not (e > s and e in place_starts):
                    e += 1
                if e > s:
                    found.append((i, s, e))
                break
        return found

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        L = v.lowers
        storms = self.storm_names(v, spans)
        bare = {tuple(L[s:e]) for _, s, e in storms}
        out = []
        for sp in spans:
            if any(sp.s < e and w < sp.e for w, _, e in storms):
                continue   # "Hurricane Mitch", "Mitch" of it
            s = sp.s
            while sp.e - s > 1 and v.toks[s].is_lower:
                s += 1   # "the Easter": the name after it
            words = _key(L[s:sp.e])
            if words and words[-1] == "'s" and len(words) > 1 and words[:-1] in bare | self.holidays:
                words = words[:-1]   # "Ivan's path", "Easter's"
            if words in bare or (sp.e - s <= self.longest and words in self.holidays):
                continue
            out.append(sp)
        return out

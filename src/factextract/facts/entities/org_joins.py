"""One organisation, one entity: a short form of a longer organisation name of the same article
joins it ("Cairn" of "Cairn Energy", "Jet" of "Jet Airways", "the Bank" of "the Bank of England",
"the Commission" of "the European Commission", "United" of "Manchester United").

A short name is the first or the last words of the longer one; first words join when the rest
is a link, a company's tail word or a city ("Bayern" of "Bayern Munich", "Inter" of "Inter
Milan": a club named with its city). It joins only when exactly one
longer organisation has it (two "Columbia ..." firms leave "Columbia" alone), never when it is an
acronym (the BBC is not BBC News: acronyms join through their definitions) and never across a
newspaper's day ("The Times" is not "The Sunday Times", nor the "Mail" the "Mail on Sunday"),
nor from a station to the town it is named for ("BBC Radio Leicester" is not "Leicester").
"""
from __future__ import annotations

import re

from .lexicon import ORG_SUFFIXES

ORG = "organisations"
_DAYS = {"sunday", "saturday", "weekend", "daily", "evening"}
_LINKS = {"of", "for", "the", "&"}
# a station named for its town is not the town's club or council: "BBC Radio Leicester" is not
# "Leicester", "BBC Newcastle" not "Newcastle"
_STATIONS = {"bbc", "radio", "itv", "tv", "television"}


class ShortNames:
    """Joins an organisation's short name to its long name; `tails` are the last words that make
    a long name of a short one ("Energy" of "Cairn Energy"), `demonyms` the words that make it
    another body ("Scottish Labour Party" is not "Labour")."""

    def __init__(self, tails: frozenset[str], demonyms: set[str], places: frozenset[str] = frozenset()) -> None:
        self.tails = tails | ORG_SUFFIXES
        self.demonyms = demonyms
        self.places = places   # lowercase city and town names: "Munich" of "Bayern Munich"

    def _long_form(self, short: list[str], long: list[str], surface: list[str], spilled: bool) -> bool:
        """Is `long` (its words as written: `surface`) a longer name of `short`?"""
        k = len(short)
        if not 0 < k < len(long) or len(surface) != len(long):
            return False
        if long[:k] == short:
            rest, shown = long[k:], surface[k:]
            if not (rest[0] in _LINKS or rest[-1] in self.tails or " ".join(rest) in self.places):
                return False   # "Microsoft Office" is a product, not Microsoft's long name
        elif long[-k:] == short and not spilled and not _STATIONS & set(long[:-k]):
            rest, shown = long[:-k], surface[:-k]
        else:
            return False
        if len(rest) == 3 and rest[1] == "and" and rest[0] in self.demonyms and rest[2] in self.demonyms:
            return shown[0][:1].isupper() and shown[2][:1].isupper()   # "British and Irish Lions": one side
        return not any(w in _DAYS or w in self.demonyms or w == "and" for w in rest) \
            and all(w in _LINKS or w[:1].isupper() for w in shown)

    def join(self, text: str, groups: list[dict]) -> list[dict]:
        """Merge each organisation group whose every name is a short form of exactly one longer
        organisation group into that group; groups are {"type", "keys", "mentions", "votes"} with
        lowercase keys and (start, end) mentions into `text`."""
        orgs = [g for g in groups if g["type"] == ORG]
        if len(orgs) < 2:
            return groups
        forms = {id(o): self._forms(text, o) for o in orgs}
        merged: set[int] = set()
        for g in orgs:
            if any(text[s:e].isupper() for s, e in g["mentions"]):
                continue   # an acronym ("BBC", "GM") joins through its definition only
            keys = [k.split() for k in g["keys"]]
            owners = [o for o in orgs if o is not g and id(o) not in merged
                      and all(any(self._long_form(k, lk, surf, spilled) for lk, surf, spilled in forms[id(o)])
                              for k in keys)]
            if len(owners) != 1:
                continue
            owner = owners[0]
            owner["keys"] |= g["keys"]
            owner["mentions"] += g["mentions"]
            owner["votes"] += g["votes"]
            merged.add(id(g))
        return [g for g in groups if id(g) not in merged]

    @staticmethod
    def _forms(text: str, group: dict) -> list[tuple[list[str], list[str], bool]]:
        """(key words, written words, spilled) of a group's names; a name is `spilled` when every
        mention of it starts a line or a sentence, where a common word before it takes a capital,
        and its first word is written in lowercase elsewhere ("Holders Manchester United")."""
        out = []
        for key in group["keys"]:
            words = key.split()
            spans = [(s, e) for s, e in group["mentions"] if " ".join(text[s:e].replace("-", " ").lower().split()) == key]
            if not spans:   # the key lost a suffix the text has ("Baikal Finance Group"): the text's words
                spans = [(s, e) for s, e in group["mentions"]
                         if " ".join(text[s:e].replace("-", " ").lower().split()).startswith(key + " ")]
                if not spans:
                    continue
                words = " ".join(text[spans[0][0]:spans[0][1]].replace("-", " ").lower().split()).split()
            s, e = spans[0]
            surface = text[s:e].replace("-", " ").split()
            spilled = all(_starts_sentence(text, a) for a, _ in spans) and \
                re.search(rf"\b{re.escape(words[0])}\b", text) is not None
            out.append((words, surface, spilled))
        return out


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"'“‘")
    return not before or before[-1] in "\n.!?:"

"""One organisation, one entity, whatever the spelling; and a place fused in front of an
organisation's name is a place of its own.

- Spelling variants: names that differ only in apostrophes, full stops, hyphens, spaces or a web
  address's ending ("King's Own ..." / "Kings Own ...", "PowerPage" / "PowerPage.org") are one
  organisation.
- A place fused in front ("US Pew Research Center", "London UKIP", "Hertfordshire Cogniron"):
  when the name less its leading place is (the start of, or starts with) another organisation's
  name in the article, and that rest starts with a proper word (not a common word: "US Senate",
  "London Stock Exchange" keep their place), the mention splits into the place and the
  organisation; so does a place before a known body's name ("US Disney Corporation"), with no
  other name needed. Known bodies of the gazetteers never split.
- Abbreviated words: "Man Utd" / "Manchester United", "Sheff Utd" / "Sheffield United", "GW
  Pharma" / "GW Pharmaceuticals" are one organisation (patterns/entities/name_abbreviations.txt):
  a name whose abbreviations, written out, give another organisation's name of the article.
- Members and honours: "MEP", "MPs", "MBE" alone are no organisation; "UKIP MEP" is UKIP.
Groups are {"type", "keys", "mentions", "votes"} with lowercase keys and (start, end) mentions.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ...nlp.resources import load_groups, load_wordlist
from .lexicon import ORG_SUFFIXES

ORG = "organisations"
PLACE = "places"
_WEB_END = re.compile(r"\.(?:com|org|net|co\.uk|org\.uk|ac\.uk|gov\.uk|co|info|biz)$")
_ARTICLES = {"", "the", "a", "an"}
_MARKS = re.compile(r"['’.\-]")


def expansions(key: str, table: dict[str, frozenset[str]]) -> set[str]:
    """The key with its abbreviated words written out, every way the table allows ("man utd" ->
    "manchester united"); the key itself when it has none."""
    out = [""]
    for w in key.split():
        full = table.get(w.strip("."), frozenset()) | {w}
        out = [f"{o} {f}".strip() for o in out for f in full][:16]
    return set(out)


def variant_key(key: str) -> str:
    """The key with its web ending, apostrophes, full stops, hyphens and spaces taken away
    ("Boing Boing" / "Boingboing", "Nat West" / "NatWest")."""
    key = _WEB_END.sub("", key.strip())
    return "".join(_MARKS.sub("", key).split())


class OrgVariants:
    """Joins spelling variants of one organisation and splits a fused leading place off."""

    def __init__(self, places: set[str], bodies: set[str],
                 canonical: Callable[[str], str] = lambda key: key) -> None:
        """`places` are lowercase place names (countries, cities, regions), `bodies` the
        gazetteers' organisation names; common English words come from patterns/entities."""
        self.places = places
        self.common = load_wordlist("entities/common_words.txt")
        self.members = load_wordlist("entities/org_members.txt")
        self.bodies = bodies
        self.canonical = canonical
        self.abbreviations = load_groups("entities/name_abbreviations.txt")

    def apply(self, text: str, groups: list[dict]) -> list[dict]:
        groups = self._members(text, groups)
        groups = self._variants(groups)
        return self._fused_places(text, groups)

    # -- members and honours ----------------------------------------------------------------
    def _members(self, text: str, groups: list[dict]) -> list[dict]:
        """"MEP" alone is no organisation; "UKIP MEP" is UKIP's mention, less the member word."""
        key_owner = {k: g for g in groups if g["type"] == ORG for k in g["keys"]}
        out = []
        for g in groups:
            if g["type"] != ORG:
                out.append(g)
                continue
            kept = []
            for s, e in g["mentions"]:
                words = list(re.finditer(r"\S+", text[s:e]))
                if words[-1].group().strip(".,'’") not in self.members:
                    kept.append((s, e))
                    continue
                end = s + words[-2].end() if len(words) > 1 else s
                if text[s:end].lower() in _ARTICLES or not text[s:end][:1].isupper():
                    continue   # "MEP", "The MPs": a member or an honour
                owner = key_owner.get(self.canonical(" ".join(text[s:end].lower().split())))
                if owner is not None and owner is not g:
                    owner["mentions"].append((s, end))
                else:
                    kept.append((s, end))
            if kept:
                g["mentions"] = kept
                out.append(g)
        return out

    # -- spelling variants ------------------------------------------------------------------
    def join_variants(self, groups: list[dict]) -> list[dict]:
        """The spelling and abbreviation joins alone: run before the short names are joined, so
        that "United" finds one "Manchester United", not it and "Man Utd"."""
        return self._variants(groups)

    def _variants(self, groups: list[dict]) -> list[dict]:
        owner: dict[str, dict] = {}
        merged: set[int] = set()
        for g in groups:
            if g["type"] != ORG:
                continue
            forms = {variant_key(k) for k in g["keys"]} - {""}
            # "man utd" written out is "manchester united", whichever of the two comes first
            full = {variant_key(x) for k in g["keys"] for x in expansions(k, self.abbreviations)} - forms - {""}
            target = next((owner[f] for f in forms | full if f in owner), None)
            if target is not None and target is not g:
                target["keys"] |= g["keys"]
                target["mentions"] += g["mentions"]
                target["votes"] += g["votes"]
                merged.add(id(g))
                g = target
            for f in forms | full:
                owner.setdefault(f, g)
        return [g for g in groups if id(g) not in merged]

    # -- a place fused in front -----------------------------------------------------------------
    def _leading_place(self, words: list[str]) -> int:
        """How many leading words are a place (two-word places first), 0 if none."""
        for n in (2, 1):
            key = " ".join(words[:n])
            if len(words) > n and (key in self.places or self.canonical(key) in self.places):
                return n
        return 0

    def _fused_places(self, text: str, groups: list[dict]) -> list[dict]:
        org_keys = {k: g for g in groups if g["type"] == ORG for k in g["keys"]}
        place_of = {self.canonical(k): g for g in groups if g["type"] == PLACE for k in g["keys"]}
        out: list[dict] = []
        for g in groups:
            if g["type"] != ORG or not g["mentions"]:
                out.append(g)
                continue
            kept = []
            for s, e in g["mentions"]:
                split = self._split(text, s, e, g, org_keys)
                if split is None:
                    kept.append((s, e))
                    continue
                (ps, pe), (os_, oe), other = split
                (kept if other is None else other["mentions"]).append((os_, oe))
                pkey = " ".join(text[ps:pe].lower().split())
                place = place_of.get(self.canonical(pkey))
                if place is None:
                    place = {"type": PLACE, "keys": {pkey}, "mentions": [], "votes": Counter({PLACE: 1})}
                    place_of[self.canonical(pkey)] = place
                    out.append(place)
                place["mentions"].append((ps, pe))
            if kept:
                g["mentions"] = kept
                out.append(g)
        return out

    def _split(self, text: str, s: int, e: int, g: dict, org_keys: dict[str, dict]
               ) -> tuple[tuple[int, int], tuple[int, int], dict] | None:
        """((place span), (organisation span), the organisation's group) of a fused mention."""
        name = text[s:e]
        found = list(re.finditer(r"\S+", name))
        words = [m.group().lower() for m in found]
        if len(words) < 2 or " ".join(words) in self.bodies:
            return None
        n = self._leading_place(words)
        if not n or words[n] in self.common or words[n] in self.places or not found[n].group()[:1].isupper():
            return None
        rest = words[n:]
        for k, other in org_keys.items():
            if other is g:
                continue
            kw = k.split()
            if kw == rest or rest[:len(kw)] == kw or kw[:len(rest)] == rest:
                return (s, s + found[n - 1].end()), (s + found[n].start(), e), other
        if " ".join(rest) in self.bodies or (len(rest) > 1 and rest[-1] in ORG_SUFFIXES
                                             and " ".join(rest[:-1]) in self.bodies):
            return (s, s + found[n - 1].end()), (s + found[n].start(), e), None   # "US Disney Corporation"
        return None

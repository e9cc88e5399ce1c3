"""Is a name typed as a place really one? Weighed once per referent, over all its mentions.

The model calls many companies, bands, clubs and people places ("Verizon", "Gazprom", "the
Bay City Rollers", "Aaliyah"); the words around each mention say otherwise ("telecoms giant
Verizon", "Gazprom, the world's biggest gas company", "Aaliyah's record company"). One such
cue is enough for the whole referent, unless its other mentions say place more often ("in X",
"the town of X", "X-based", "X, Florida"). Names a gazetteer knows are never weighed here:
"Russia said" stays a place. Organisation evidence retypes the referent as an organisation
(it is not dropped), so what the model got wrong counts for organisations' recall.
The words are data: patterns/entities/place_evidence.txt.
"""
from __future__ import annotations

from collections import defaultdict

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS, ORG_SUFFIXES, PLACE_NOUNS_AFTER, PLACE_NOUNS_OF, Lexicon
from .proposal import Proposal
from .tokens import TokenView

_POSSESSIVE = ("'s", "’s")
_ARTICLES = ("a", "an", "the")


def _evidence_words() -> dict[str, frozenset[str]]:
    return load_groups("entities/place_evidence.txt")


class PlaceDecisions:
    """Retypes a place no gazetteer knows when its mentions show an organisation or a person."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.w = _evidence_words()
        self._ends: dict[int, str] = {}
        self._starts: dict[int, str] = {}
        # "Seibu Railways", "Krispy Kreme Doughnuts": last words that no place name has
        self.org_heads = self.w["org_head"] | (ORG_SUFFIXES - {"union", "united", "international"})

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        """Retype (in place) every mention of a referent whose evidence is not a place's."""
        self.index(spans)
        by_key: dict[tuple[str, ...], list[Proposal]] = defaultdict(list)
        for sp in spans:
            key = tuple(v.lowers[k] for k in range(sp.s, sp.e) if v.texts[k] not in _POSSESSIVE)
            if key:
                by_key[key].append(sp)
        for key, group in by_key.items():
            places = [sp for sp in group if sp.type == "places"]
            if not places or any(sp.src in GAZETTEER_IDS or sp.src == "dateline" for sp in group) \
                    or " ".join(key) in self.lex.places:
                continue
            org, person, place = self._shape(key), 0, 0
            direct = org   # a cue of the name or its own words, not of its neighbours in a list
            for sp in group:
                o, p, pl, d = self._around(v, sp.s, sp.e)
                org, person, place, direct = org + o, person + p, place + pl, direct + d
            if direct >= 1 and org > place and org >= person:
                new = "organisations"
            elif person >= 1 and person > place and person > org:
                new = "people"
            else:
                continue
            for sp in places:
                sp.type, sp.weak = new, False

    def index(self, spans) -> None:
        """Where each proposal ends and starts, for the list-neighbour evidence of `evidence`."""
        self._ends = {sp.e: sp.type for sp in spans}
        self._starts = {sp.s: sp.type for sp in spans}

    def evidence(self, v: TokenView, s: int, e: int) -> tuple[float, float, float, float]:
        """(organisation, person, place, direct organisation) evidence of the mention [s, e),
        after `index` was given the document's proposals."""
        return self._around(v, s, e)

    def _shape(self, key: tuple[str, ...]) -> int:
        """Evidence in the name itself: an organisation's last word, a known body's first name
        ("BBC Delhi"), a club named after a place ("Leicester City")."""
        if len(key) < 2:
            return 0
        if key[-1] in self.org_heads or key[0] in self.lex.bodies or key[0] in self.w["org_first"]:
            return 2
        if key[-1] == "city" and " ".join(key[:-1]) in self.lex.places:
            return 2
        return 0

    def _around(self, v: TokenView, s: int, e: int) -> tuple[float, float, float, float]:
        """(organisation, person, place, organisation without the list's) evidence of the mention
        at tokens [s, e)."""
        L, X, n = v.lowers, v.texts, len(v.lowers)
        w = self.w
        org = person = place = 0
        prev = L[s - 1] if s > 0 else ""
        nxt = L[e] if e < n else ""
        # after the name
        if nxt in _POSSESSIVE and e + 1 < n:
            one, two = L[e + 1], " ".join(L[e + 1:e + 3])
            if one in w["org_possessed"] or two in w["org_possessed"] or two == "chief executive":
                org += 1
            elif any(x in w["person_possessed"] for x in L[e + 1:e + 4]) or two in w["person_possessed"]:
                person += 1
        elif (nxt in w["org_after"] and X[e].islower()) or " ".join(L[e:e + 2]) in w["org_after"]:
            org += 1
        elif (nxt in PLACE_NOUNS_AFTER or nxt in w["place_after"]) and X[e].islower():
            place += 1
        elif (nxt == "-" and e + 1 < n and L[e + 1] == "based") or nxt.endswith("-based"):
            place += 1   # "the Jacksonville-based firm"
        elif nxt == "," and e + 1 < n and L[e + 1] in self.lex.places and X[e + 1][:1].isupper():
            place += 1   # "Jacksonville, Florida"
        if nxt == "," and e + 2 < n and L[e + 1] in _ARTICLES and any(
                x in w["org_appositive"] for x in L[e + 2:e + 8] if x not in (",", ".")):
            head = next((k for k in range(e + 2, min(n, e + 8)) if L[k] in (",", ".", ";", "and", "which", "who")), min(n, e + 8))
            if any(x in w["org_appositive"] for x in L[e + 2:head]):
                org += 1   # "Sibneft, a Russian oil company"
        # before the name (a leading "the" skipped: "boy band the Bay City Rollers")
        b = s - 1
        if b >= 0 and L[b] == "the":
            b -= 1
        if b >= 0 and X[b].islower():
            pair = f"{L[b - 1]} {L[b]}" if b > 0 else ""
            hyphened = b > 1 and L[b - 1] == "-" and "-" + L[b] in w["org_before_suffix"]   # "state-owned" as 3 tokens
            if L[b] in w["org_before"] or hyphened or any(L[b].endswith(x) for x in w["org_before_suffix"]):
                org += 1
            elif pair in w["org_pair"]:
                org += 1
            elif L[b] in w["place_before"] and (b == 0 or L[b - 1] not in w["not_place_before_in"]):
                place += 1
            elif L[b] == "of" and b > 0 and L[b - 1] in PLACE_NOUNS_OF:
                place += 1   # "the city of Yantai"
        if prev == "," and s > 1 and L[s - 2] in w["org_before_comma"] and X[s - 2].islower():
            org += 1         # "the statistics office, Destatis"
        # in a list, a name is the kind of its neighbours ("HMV, Monsoon, Jessops and Tesco")
        # (half a cue each, and never alone: "MP for Kensington and Chelsea")
        direct = org
        for kind in (self._ends.get(s - 1) if prev in (",", "and", "or") else None,
                     self._starts.get(e + 1) if nxt in (",", "and", "or") else None):
            org += 0.5 * (kind == "organisations")
            place += 0.5 * (kind == "places")
        return org, person, place, direct

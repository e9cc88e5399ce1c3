"""Names cut in two, fused together or spilled: the model stops at "and" inside a name ("Police
Federation of England" + "Wales", "Public" + "Commercial Services Union"), runs two names into
one ("Dell and Hewlett-Packard"), takes a branch's country for a place ("Amnesty International"
+ "UK") and a party's first word alone ("Liberal" of "Liberal Democrats").
"""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS, ORG_SUFFIXES, PARTY_MEMBERS, Lexicon
from .proposal import Proposal, overlapping, replace
from .given_names import given_names
from .sport_clubs import club_names
from .tokens import TokenView, capitalised

_AND = ("and", "&")


class FusedNames:
    """Joins the halves of one name and splits two names run together."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        self._parties(v, spans)
        self._joins(v, spans)
        return self._split_pairs(v, spans, self._known_halves(v, spans))

    def _known_halves(self, v: TokenView, spans: list[Proposal]) -> set[str]:
        """Names a half of "X and Y" may be besides a name the article uses alone: a club's,
        a gazetteer's ("Everton and Arsenal", "Arsenal and Real Madrid"), the surname of a person
        named in full ("Henry and Hansen" after "Graham Henry", "Steve Hansen") and a full name
        that starts with a given name ("Hayden Tanner and Willie Davies")."""
        known = set(club_names()) | self.lex.bodies
        given = given_names()
        for sp in spans:
            if sp.type != "people" or sp.e - sp.s < 2 or any(t.lower_ in _AND for t in v.toks[sp.s:sp.e]):
                continue
            known.add(v.lowers[sp.e - 1])
        T = v.toks
        for sp in spans:
            k = next((k for k in range(sp.s + 1, sp.e - 1) if T[k].lower_ in _AND), None)
            if k is None:
                continue
            for a, b in ((sp.s, k), (k + 1, sp.e)):
                if 2 <= b - a <= 3 and v.lowers[a] in given and all(t.is_title for t in T[a:b]):
                    known.add(v.txt(a, b).lower())
        return known

    def _parties(self, v: TokenView, spans: list[Proposal]) -> None:
        """"Liberal Democrats": a capitalised word before a group the model calls a nationality or
        party (NORP) makes one organisation with it."""
        T = v.toks
        for ent in v.doc.ents:
            s = ent.start
            if ent.label_ == "NORP" and len(ent) >= 2 and ent[-1].lower_ in PARTY_MEMBERS \
                    and ent[0].lower_ not in self.lex.demonyms and not overlapping(spans, ent.start, ent.end):
                spans.append(Proposal(ent.start, ent.end, "organisations", "shape"))   # "Liberal Democrats"
                continue
            if ent.label_ != "NORP" or len(ent) != 1 or ent.text.lower() not in PARTY_MEMBERS or s == 0 or not (T[s - 1].is_alpha and capitalised(T[s - 1].text)) \
                    or T[s - 1].lower_ in self.lex.demonyms or T[s - 1].lower_ in ("the", "a"):
                continue
            if any(o.src in GAZETTEER_IDS for o in overlapping(spans, s - 1, ent.end)):
                continue
            replace(spans, Proposal(s - 1, ent.end, "organisations", "shape"))

    def _joins(self, v: TokenView, spans: list[Proposal]) -> None:
        T = v.toks
        by_start = {sp.s: sp for sp in spans}
        by_end = {sp.e: sp for sp in spans}
        for sp in sorted(spans, key=lambda sp: sp.s):
            if sp not in spans or sp.type != "organisations":
                continue
            nxt = by_start.get(sp.e)
            # "Amnesty International UK": a branch named by its country
            if nxt is not None and nxt in spans and nxt.src == "country" and T[nxt.s].text.isupper() \
                    and not T[sp.e - 1].whitespace_ == "" and "\n" not in T[sp.e - 1].whitespace_:
                spans.remove(nxt)
                sp.e = nxt.e
                continue
            # "Police Federation of England and Wales"
            if sp.e + 1 < len(T) and sp.e - sp.s >= 3 and T[sp.e - 2].lower_ == "of" and T[sp.e].lower_ in _AND:
                nxt = by_start.get(sp.e + 1)
                if nxt is not None and nxt in spans and nxt.type == "places":
                    spans.remove(nxt)
                    sp.e = nxt.e
                    continue
            # "Public and Commercial Services Union": a lone capitalised word and "and" before a
            # name ending in an organisation's head
            if sp.s >= 2 and T[sp.s - 1].lower_ in _AND and T[sp.e - 1].lower_ in ORG_SUFFIXES \
                    and T[sp.s - 2].is_alpha and capitalised(T[sp.s - 2].text) and not T[sp.s - 2].is_sent_start:
                prev = by_end.get(sp.s - 1)
                if prev is None or (prev in spans and prev.e - prev.s == 1 and prev.src == "model"):
                    if prev is not None:
                        spans.remove(prev)
                    sp.s -= 2

    @staticmethod
    def _split_pairs(v: TokenView, spans: list[Proposal], known: set[str] = frozenset()) -> list[Proposal]:
        """"Dell and Hewlett-Packard": a name with "and" inside whose halves the article also uses
        alone (or are `known` names: _known_halves) is two names."""
        T = v.toks
        texts = {v.txt(sp.s, sp.e).lower() for sp in spans}
        out = []
        for sp in spans:
            cut = next((k for k in range(sp.s + 1, sp.e - 1) if T[k].lower_ in _AND), None)
            if cut is None:
                out.append(sp)
                continue
            left, right = v.txt(sp.s, cut).lower(), v.txt(cut + 1, sp.e).lower()
            alone = lambda x: x in texts or x in known
            if alone(left) and alone(right) and left != right and " of " not in f" {left} ":
                out.append(Proposal(sp.s, cut, sp.type, sp.src, sp.weak))
                out.append(Proposal(cut + 1, sp.e, sp.type, sp.src, sp.weak))
            else:
                out.append(sp)
        return out

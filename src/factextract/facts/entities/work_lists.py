"""Lists of works and bands, and the names of awards, decided for every mention in the article.

A reader who meets "the hit singles Paper Lanterns, Undertow and Ropes And
Ladders", "films such as Splash and Apollo 13" or "bands like Blur, Pulp and Sex Pistols"
knows what every member of the list is, and knows it again where the same name comes back
with no cue. So:
- the members of a list that a plural work noun introduces are works: every mention of their
  names is dropped (titles are no people, organisations or places);
- the members of a list that a plural band noun introduces are bands: every mention of their
  names is an organisation, and a member the model missed is proposed;
- a name that ends in an award's word ("Academy Award", "Golden Bear") or whose every use is
  followed by one ("five Brit Award nominations", "a Globe winner") is an award: dropped;
- a name a prize is for ("won an Oscar for X", "two nominations for X") is a work, unless it is
  a person's;
- the other pieces of a title the model cut ("Eternal Sunshine" + "Spotless Mind") go with it.
Names a gazetteer knows and names after an honorific are never touched, nor a list member that
starts with a given name and has no title's shape (a person: "acts like Will Young").
The words are data: patterns/entities/list_evidence.txt.
"""
from __future__ import annotations

from collections import defaultdict

from ...nlp.resources import load_groups
from .given_names import given_names
from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal
from .tokens import POSSESSIVES as _POSSESSIVE, TokenView
from .works import LIST_GAPS, _title_runs

_FIXED = ("honorific", "dateline")


def _words() -> dict[str, frozenset[str]]:
    return load_groups("entities/list_evidence.txt")


class WorkLists:
    """Drops listed works and awards, retypes listed bands as organisations (every mention)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.w = _words()
        self.title_words = load_groups("entities/work_evidence.txt")["title_word"]
        self.given = given_names()
        self.links = {tuple(x.split()) for x in self.w["list_link"]}

    # -- reading the text -----------------------------------------------------------------
    def _item(self, v: TokenView, k: int) -> int:
        """End of a title or band name starting at k: capitalised words (or numbers, "&"), with
        a title's small words inside ("Butterflies And Hurricanes", "Eve of the War"; a lowercase
        "and" parts two names of a list)."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        if k < n and L[k] == "the" and k + 1 < n and T[k + 1].is_title:
            k += 1
        j = k
        while j < n and j < k + 7:
            t = T[j]
            if (t.is_alpha and t.text[:1].isupper()) or (j > k and (v.numeric[j] or t.text == "&")) \
                    or (j > k and t.is_lower and L[j] in self.title_words and L[j] not in ("and", "or")
                        and j + 1 < n and T[j + 1].is_title):
                j += 1
                continue
            break
        while j > k and not (T[j - 1].text[:1].isupper() or v.numeric[j - 1]):
            j -= 1
        return j

    def _members(self, v: TokenView, k: int) -> list[tuple[int, int]]:
        """The names of a list "A, B and C" that starts at token k."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        out: list[tuple[int, int]] = []
        while k < n:
            if k + 2 < n and v.numeric[k] and L[k + 1] in _POSSESSIVE:   # "films including 1989's X"
                k += 2
            s = k + 1 if L[k] == "the" and k + 1 < n and T[k + 1].is_title else k
            e = self._item(v, s)
            if e <= s or "\n" in v.text[v.idx[s]:v.idx[e - 1]]:
                break
            out.append((s, e))
            for gap in sorted(LIST_GAPS, key=len, reverse=True):
                if tuple(L[e:e + len(gap)]) == gap:
                    k = e + len(gap)
                    break
            else:
                break
        return out

    def _lists(self, v: TokenView) -> list[tuple[str, list[tuple[int, int]]]]:
        """(kind, members) of every list a plural work or band noun introduces."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        found: list[tuple[str, list[tuple[int, int]]]] = []
        for i, low in enumerate(L):
            kind = "work" if low in self.w["list_work"] else "band" if low in self.w["list_band"] else None
            if kind is None or not T[i].is_lower or T[i].pos_ != "NOUN":
                continue
            k = i + 1
            for link in sorted(self.links, key=len, reverse=True):
                if tuple(L[k:k + len(link)]) == link:
                    k += len(link)
                    break
            if k < n and L[k] in ("the",) and k + 1 < n and not T[k + 1].is_title:
                continue
            members = self._members(v, k)
            # "the groups Labour and ...", "hits Madrid": one bare capitalised word right after a
            # noun is too weak alone; a link word or a list of two makes the list
            if members and (k > i + 1 or len(members) >= 2 or members[0][1] - members[0][0] >= 2):
                found.append((kind, members))
        return found

    # -- deciding -------------------------------------------------------------------------
    def _person(self, v: TokenView, s: int, e: int) -> bool:
        """A member that reads as a person's name: a given name first, no title's small word inside."""
        return v.lowers[s] in self.given and not any(v.lowers[k] in self.title_words for k in range(s + 1, e))

    @staticmethod
    def _key(v: TokenView, s: int, e: int) -> tuple[str, ...]:
        while s < e and v.lowers[s] == "the":
            s += 1
        while e > s and v.texts[e - 1] in _POSSESSIVE:
            e -= 1
        return tuple(v.lowers[s:e])

    def _awards(self, v: TokenView, spans: list[Proposal], fixed: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """Names of awards: an award word last ("Golden Bear"), or one after every use of the name."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        out: set[tuple[str, ...]] = set()
        firsts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for sp in spans:
            key = self._key(v, sp.s, sp.e)
            if not key or key in fixed:
                continue
            if len(key) >= 2 and key[-1] in self.w["award_last"] and T[sp.e - 1].is_title \
                    and not self._person(v, sp.s, sp.e):
                out.add(key)
            elif key not in firsts[key[0]]:
                firsts[key[0]].append(key)
        cued: dict[tuple[str, ...], list[bool]] = defaultdict(list)
        for i, low in enumerate(L):
            for key in firsts.get(low, ()):
                e = i + len(key)
                if tuple(L[i:e]) != key or not T[i].text[:1].isupper():
                    continue
                cued[key].append(e < n and T[e].is_lower and L[e] in self.w["award_after"])
        out.update(k for k, uses in cued.items() if uses and all(uses))
        return out

    @staticmethod
    def _split(spans: list[Proposal], members: list[tuple[int, int]], covered: set[int]) -> list[Proposal]:
        """A proposal that runs over two members of a list ("Marlowes and Dead Orchard") is cut
        into them."""
        out = []
        for sp in spans:
            inside = [(s, e) for s, e in members if sp.s <= s and e <= sp.e]
            if len(inside) < 2 or sp.src in GAZETTEER_IDS or sp.src in _FIXED:
                out.append(sp)
                continue
            covered.difference_update(range(sp.s, sp.e))
        return out

    def _prized(self, v: TokenView, spans: list[Proposal], fixed: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """"won an Oscar for X", "nominated for X", "three nominations for X and Y": the names a
        film or music prize is for are works, unless a mention of the name is a person's (the
        model's, an honorific's) or it starts with a given name."""
        L, T, n = v.lowers, v.toks, len(v.toks)
        people = {self._key(v, sp.s, sp.e) for sp in spans if sp.type == "people"}
        starts = {sp.s: sp for sp in spans}
        out: set[tuple[str, ...]] = set()
        for i in range(2, n - 1):
            if L[i] != "for" or L[i - 1] not in self.w["prize_for"]:
                continue
            if L[i - 1] in self.w["prize_verb"] and not T[i - 1].is_lower:
                continue
            for s, e in self._members(v, i + 1):
                key = self._key(v, s, e)
                sp = starts.get(s)
                if not key or key in fixed or key in people or self._person(v, s, e) or " ".join(key) in self.lex.places \
                        or (sp is not None and sp.src in GAZETTEER_IDS) \
                        or (e < n and T[e].is_lower and T[e].pos_ == "NOUN"):   # "nominated for Bafta awards"
                    continue
                out.add(key)
                # the model's pieces of the title ("Lies" of "Secrets and Lies")
                out.update(k for o in spans if o.s < e and s < o.e and o.type != "people" and o.src not in GAZETTEER_IDS
                           for k in [self._key(v, o.s, o.e)] if k not in fixed)
        return out

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> list[Proposal]:
        """The proposals with listed works and awards dropped and listed bands organisations."""
        fixed = {self._key(v, sp.s, sp.e) for sp in spans if sp.src in GAZETTEER_IDS or sp.src in _FIXED}
        works: set[tuple[str, ...]] = set()
        bands: set[tuple[str, ...]] = set()
        covered = {k for sp in spans for k in range(sp.s, sp.e)}
        for kind, members in ([] if sports else self._lists(v)):
            if kind == "band":
                spans = self._split(spans, members, covered)
            for s, e in members:
                key = self._key(v, s, e)
                if not key or key in fixed or " ".join(key) in self.lex.places or self._person(v, s, e):
                    continue
                if kind == "work":
                    works.add(key)
                    # the model's piece of a title ("Hurricanes" of "Butterflies And Hurricanes")
                    works.update(self._key(v, sp.s, sp.e) for sp in spans if sp.s < e and s < sp.e
                                 and sp.src not in GAZETTEER_IDS and sp.src not in _FIXED)
                else:
                    bands.add(key)
                    if not any(k in covered for k in range(s, e)):
                        spans.append(Proposal(s, e, "organisations", "band"))
                        covered.update(range(s, e))
        works |= self._awards(v, spans, fixed)
        if not sports:   # "won for Chelsea"
            works |= self._prized(v, spans, fixed)
        if not works and not bands:
            return spans
        pieces = self._pieces(v, spans, works, fixed)
        for sp in spans:
            if self._key(v, sp.s, sp.e) in bands and sp.src not in _FIXED and sp.src not in GAZETTEER_IDS:
                sp.type, sp.weak, sp.src = "organisations", False, "band"
        return [sp for sp in spans if id(sp) not in pieces
                and (self._key(v, sp.s, sp.e) not in works or sp.src in GAZETTEER_IDS)]

    def _pieces(self, v: TokenView, spans: list[Proposal], works: set[tuple[str, ...]],
                fixed: set[tuple[str, ...]]) -> set[int]:
        """A title the model cut at "of the" / "and the" ("Eternal Sunshine | of the | Spotless
        Mind"): with one piece a work, the other pieces go too (in `works`, in place), a piece the
        model called a person only there ("Tom Weller and the Keeper of Ashmoor"): the ids of
        those spans."""
        ids: set[int] = set()
        for run in _title_runs(v, spans):
            keys = [self._key(v, sp.s, sp.e) for sp in run]
            if not any(k in works for k in keys) or any(k in fixed for k in keys):
                continue
            for sp, k in zip(run, keys):
                if sp.type == "people":
                    ids.add(id(sp))
                else:
                    works.add(k)
        return ids

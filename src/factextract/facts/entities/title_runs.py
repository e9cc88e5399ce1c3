"""Pieces of a longer capitalised name: the model often keeps one piece of a title or a name
and types it a person, an organisation or a place. A reader sees the whole run:

- a title with lowercase function words inside it: "Frost" of "Breakfast with Frost", "Park" of
  "T in the Park", "Seek" of "Hide and Seek", "Gentleman" of "An Officer and a Gentleman";
- a title that starts with a number: "Hour Party" of "24 Hour Party People", "Jump Street" of
  "21 Jump Street";
- a name split at a slash: "AC" and "DC" of "AC/DC";
- a prize's category: "Best Actress", "Best Supporting Actor".

A run with a function word inside and no head of a body or a place ("Bank of", "Isle of") is a
title (a programme, a film, a festival, a game): its pieces are dropped. A run that starts with
a number is a title too, unless a person's cue is around it ("rapper 50 Cent", "50 Cent said"):
then it is one person's name. Pieces across a slash become one name of the piece's type.

Only proposals made of everyday words ("Frost", "Park", "Hour Party") are read: a piece that is
a name by itself ("Michael Jackson" of "Living with Michael Jackson", "France" of "Europe with
France") stays. Only the few tokens around each proposal are looked at.
Words are data: patterns/entities/title_runs.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups, load_wordlist
from .lexicon import (GAZETTEER_IDS, ORG_NOUNS_AFTER, ORG_SUFFIXES, PLACE_NAME_HEADS, SPEECH_VERBS,
                      WORK_BEFORE, WORK_CATEGORY_HEADS, Lexicon)
from .proposal import Proposal
from .tokens import POSSESSIVES, TokenView

_FIXED_SOURCES = GAZETTEER_IDS | {"honorific", "dateline", "acronym", "caption"}


def _title_words() -> dict[str, frozenset[str]]:
    return load_groups("entities/title_runs.txt")


class TitleRuns:
    """Drops the pieces of titles and joins the halves of names split at a slash."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        # everyday words, also those that are names too ("Frost", "Park"): a title is made of them
        self.common = load_wordlist("entities/common_words.txt") | load_wordlist("entities/common_name_words.txt")
        w = _title_words()
        self.joints = w["joint"]              # function words a title holds: in, with, and, the ...
        self.categories = w["category"] | WORK_CATEGORY_HEADS
        self.inner_joints = w["inner_joint"]  # those no body's name holds: in, with, on
        self.heads = w["head"] | ORG_NOUNS_AFTER | ORG_SUFFIXES | PLACE_NAME_HEADS
        self.known = {x for g in load_groups("entities/political_bodies.txt").values() for x in g}
        self.person_cues = {r for r in lex.person_roles} | w["person_cue"]

    # -- the words -------------------------------------------------------------------------
    def _everyday(self, v: TokenView, s: int, e: int) -> bool:
        """Are tokens [s, e) capitalised everyday words (or single letters), no known name?"""
        name = " ".join(v.lowers[s:e])
        if name in self.lex.gaz_forms or name in self.known or name in self.lex.demonyms:
            return False
        for k in range(s, e):
            x = v.texts[k]
            if not (x[:1].isupper() and x.isalpha()):
                return False
            if len(x) > 1 and x.lower() not in self.common:
                return False
        return True

    def _headed(self, v: TokenView, s: int, e: int) -> bool:
        """Does the run [s, e) hold a body's or a place's head ("Bank", "Council", "Isle")?"""
        return any(v.lowers[k] in self.heads or v.lowers[k] in self.lex.titles
                   for k in range(s, e) if v.texts[k][:1].isupper())

    # -- the runs --------------------------------------------------------------------------
    def _cap_left(self, v: TokenView, j: int) -> int:
        """Start of the capitalised words ending at token j (inclusive), -1 when j is none."""
        T = v.toks
        if j < 0 or not (T[j].is_alpha and T[j].text[:1].isupper()):
            return -1
        s = j
        while s > 0 and j - s < 3 and T[s - 1].is_alpha and T[s - 1].text[:1].isupper() and T[s - 1].whitespace_:
            s -= 1
        return s

    def _cap_right(self, v: TokenView, j: int) -> int:
        """End of the capitalised words starting at token j, j when j is none."""
        T, n = v.toks, len(v.toks)
        e = j
        while e < n and e - j < 4 and T[e].is_alpha and T[e].text[:1].isupper():
            e += 1
        return e

    def _mid_sentence(self, v: TokenView, k: int) -> bool:
        """Is the capitalised token k inside a sentence (or a name opening one)?"""
        t = v.toks[k]
        # a sentence's first word only when it reads as no everyday word ("T in the Park sells
        # out"; not "Flights of Brisket Air Lines", "Shares in ...")
        opener = len(t.text) == 1 or t.pos_ == "PROPN" and not t.is_stop and t.lower_ not in self.common
        return (not v.opens_line(k) or opener) \
            and not (k > 0 and v.texts[k - 1] in ('"', "“", "‘", "'", "(", ":"))

    def _joint_left(self, v: TokenView, s: int, ends: dict[int, Proposal]) -> tuple[int, bool] | None:
        """(start, coordinated) of the capitalised words before the function words ending at s."""
        T, L = v.toks, v.lowers
        j, fw = s - 1, []
        while j >= 0 and len(fw) < 2 and T[j].is_lower and L[j] in self.joints:
            fw.append(L[j])
            j -= 1
        if not fw or fw[-1] in ("the", "a", "an") or T[j].is_stop:
            return None
        left = self._cap_left(v, j)
        if left < 0 or not self._mid_sentence(v, left):
            return None
        other = ends.get(j + 1)
        if other is not None and other.src in _FIXED_SOURCES:
            return None
        return left, fw == ["and"] and (other is not None or j > left or s - j > 2)

    def _joint_right(self, v: TokenView, e: int, starts: dict[int, Proposal]) -> tuple[int, bool] | None:
        """(end, coordinated) of the capitalised words after the function words starting at e."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        j, fw = e, []
        while j < n and len(fw) < 2 and T[j].is_lower and L[j] in self.joints:
            fw.append(L[j])
            j += 1
        if not fw or fw[0] in ("the", "a", "an") or j >= n:
            return None
        right = self._cap_right(v, j)
        other = starts.get(j)
        if right == j or (other is not None and other.src in _FIXED_SOURCES):
            return None
        return right, fw == ["and"] and (other is not None or right > j + 1)

    def _function_run(self, v: TokenView, sp: Proposal, starts: dict[int, Proposal],
                      ends: dict[int, Proposal]) -> tuple[int, int] | None:
        """The title run [s, e) that sp is a piece of, across lowercase function words:
        "Breakfast with | Frost", "T in the | Park", "Tom Weller | and the Keeper of Ashmoor".
        A bare "and" between two names, or before a longer one, is a list ("Bet Direct and Bet
        365", "The Cure and New Order"), not a title ("Hide and Seek"); so is "and" after a comma."""
        s, e = sp.s, sp.e
        single = sp.e - sp.s == 1
        for _ in range(3):
            step = self._joint_left(v, s, ends)
            if step is None:
                break
            if step[1] or (not single and e - s == sp.e - sp.s and v.lowers[s - 1] == "and"):
                return None
            s = step[0]
        for _ in range(3):
            step = self._joint_right(v, e, starts)
            if step is None:
                break
            if step[1] or (not single and e - s == sp.e - sp.s and v.lowers[e] == "and"):
                return None
            e = step[0]
        if (s, e) == (sp.s, sp.e):
            return None
        # "Vista News, Vista Travel and the Garden Channel": the last members of a list
        if s > 1 and v.texts[s - 1] == "," and v.texts[s - 2][:1].isupper() and "and" in v.lowers[s:e]:
            return None
        return s, e

    def _number_run(self, v: TokenView, sp: Proposal) -> tuple[int, int] | None:
        """"24 | Hour Party | People": a small number right before the piece, no count of it."""
        T, n, s = v.toks, len(v.toks), sp.s
        if s < 1 or not (v.texts[s - 1].isdigit() and len(v.texts[s - 1]) <= 3) or not T[s - 1].whitespace_:
            return None
        if s >= 2 and (T[s - 2].is_currency or T[s - 2].like_num or T[s - 2].text[:1].isupper() and not v.opens_line(s - 2)
                       or v.lowers[s - 2] in ("the", "some", "about", "around", "of", "than", "nearly", "almost")):
            return None   # "£50 Cash", "the 25 EU states", "Il Sole 24 Ore": a count or a name's inner number
        e = self._cap_right(v, sp.e)
        if e < n and (T[e].is_lower and T[e].pos_ in ("NOUN", "ADJ", "PROPN") or v.texts[e][:1].isupper()):
            return None   # "34 Grosvenor casinos", "32 Labour MPs": the number counts
        return s - 1, e

    def _person_cue(self, v: TokenView, s: int, e: int) -> bool:
        """"rapper 50 Cent", "50 Cent said", "50 Cent's album": a person's stage name."""
        L, n = v.lowers, len(v.lowers)
        if s >= 1 and L[s - 1] in self.person_cues:
            return True
        return e < n and (L[e] in SPEECH_VERBS or (L[e] in POSSESSIVES and e + 1 < n and L[e + 1] in self.person_cues))

    # -- the step --------------------------------------------------------------------------
    def apply(self, v: TokenView, spans: list[Proposal], headline: list[bool] | None = None,
              sports: bool = False) -> list[Proposal]:
        """The proposals with titles' pieces dropped and slash halves joined. Not in sports
        reports: clubs are named so ("Hearts of Oak", "Queen of the South")."""
        if not spans or sports:
            return spans
        starts = {sp.s: sp for sp in spans}
        ends = {sp.e: sp for sp in spans}
        drop: set[int] = set()     # ids of dropped proposals
        add: list[Proposal] = []
        numbered: list[tuple[int, int, str]] = []   # runs that start with a number
        titles: set[tuple[str, ...]] = set()   # the words of the titles found: their other uses go too
        for sp in spans:
            if id(sp) in drop or sp.src in _FIXED_SOURCES or (headline and headline[sp.s]):
                continue
            if self._slash(v, sp, starts, drop, add):
                continue
            if self._whole_title(v, sp) or self._category(v, sp):
                drop.add(id(sp))
                continue
            if not self._everyday(v, sp.s, sp.e):
                continue
            run = self._function_run(v, sp, starts, ends)
            if run is not None:
                s, e = run
                if self._everyday_run(v, s, e) and not self._headed(v, s, e):
                    drop.update(id(o) for o in spans if s <= o.s and o.e <= e)
                    titles.add(tuple(v.lowers[s:e]))
                continue
            k = self._work_before(v, sp)
            if k >= 0:
                drop.add(id(sp))
                titles.add(tuple(v.lowers[k:sp.e]))
                continue
            run = self._number_run(v, sp)
            if run is not None:
                s, e = run
                if v.lowers[e - 1] in self.heads and not (s > 0 and v.lowers[s - 1] in WORK_BEFORE):
                    continue   # "10 Downing Street", "3 Mills Studios": an address or a body, not "series 21 Jump Street"
                drop.update(id(o) for o in spans if s <= o.s and o.e <= e)
                numbered.append((s, e, sp.src))
        # a stage name is a person's in every use once one use shows it ("rapper 50 Cent")
        people = {tuple(v.lowers[s:e]) for s, e, _ in numbered if self._person_cue(v, s, e)}
        if people:
            add += self._stage_names(v, people, spans, drop)
        titles |= {tuple(v.lowers[s:e]) for s, e, _ in numbered} - people
        if titles:
            self._other_uses(v, titles, spans, drop)
        if not drop:
            return spans
        return [sp for sp in spans if id(sp) not in drop] + add

    def _whole_title(self, v: TokenView, sp: Proposal) -> bool:
        """"Coffee with Marsh", "Lanterns in the Meadow" proposed whole: everyday words joined
        by "in", "with" or "on" and no body's or place's head make a title, not a name."""
        T, L = v.toks, v.lowers
        inner = [k for k in range(sp.s + 1, sp.e - 1) if T[k].is_lower and L[k] in self.inner_joints]
        return bool(inner) and self._everyday_run(v, sp.s, sp.e) and not self._headed(v, sp.s, sp.e)

    def _category(self, v: TokenView, sp: Proposal) -> bool:
        """"Best Actress", "Best Supporting Actor", "Best British Female": a prize's category
        (not "Best Buy": every word after "Best" must be a category's)."""
        L = v.lowers
        return sp.e - sp.s >= 2 and L[sp.s] == "best" and all(L[k] in self.categories for k in range(sp.s + 1, sp.e))

    @staticmethod
    def _stage_names(v: TokenView, people: set[tuple[str, ...]], spans: list[Proposal],
                     drop: set[int]) -> list[Proposal]:
        """Every use of a stage name that starts with a number ("50 Cent"), as a person, with
        what was proposed inside it dropped (later steps would take "Cent" for a surname)."""
        firsts = {p[0]: p for p in people}
        out = []
        for i, x in enumerate(v.lowers):
            p = firsts.get(x)
            if p is not None and tuple(v.lowers[i:i + len(p)]) == p:
                e = i + len(p)
                if any(o.s < e and i < o.e and not (i <= o.s and o.e <= e) for o in spans if id(o) not in drop):
                    continue   # part of a longer name
                drop.update(id(o) for o in spans if i <= o.s and o.e <= e)
                out.append(Proposal(i, e, "people", "title_run"))
        return out

    @staticmethod
    def _other_uses(v: TokenView, titles: set[tuple[str, ...]], spans: list[Proposal], drop: set[int]) -> None:
        """A piece inside another use of a title found ("I appear on Go Digital") goes too."""
        for sp in spans:
            if id(sp) in drop or sp.src in _FIXED_SOURCES:
                continue
            words = tuple(v.lowers[sp.s:sp.e])
            for t in titles:
                for o in range(len(t) - len(words) + 1):
                    if t[o:o + len(words)] == words and sp.s >= o and tuple(v.lowers[sp.s - o:sp.s - o + len(t)]) == t:
                        drop.add(id(sp))

    def _work_before(self, v: TokenView, sp: Proposal) -> int:
        """"the programme Go Digital": a work noun, then capitalised words the piece ends; the
        title's first token, else -1."""
        T, s = v.toks, sp.s
        k = s
        while k > 0 and s - k < 3 and T[k - 1].is_alpha and T[k - 1].text[:1].isupper() and not v.opens_line(k - 1):
            k -= 1
        ok = k < s and k > 0 and T[k - 1].is_lower and v.lowers[k - 1] in WORK_BEFORE and T[k - 1].pos_ == "NOUN"
        return k if ok else -1

    def _everyday_run(self, v: TokenView, s: int, e: int) -> bool:
        """The capitalised words of the run are all everyday words (its function words aside)."""
        return all(self._everyday(v, k, k + 1) for k in range(s, e) if v.lowers[k] not in self.joints)

    def _slash(self, v: TokenView, sp: Proposal, starts: dict[int, Proposal], drop: set[int],
               add: list[Proposal]) -> bool:
        """"AC/DC": two short capitals joined by a slash with no space are one name."""
        T, n, e = v.toks, len(v.toks), sp.e
        if e + 1 >= n or v.texts[e] != "/" or T[e - 1].whitespace_ or T[e].whitespace_:
            return False
        a, b = v.texts[e - 1], v.texts[e + 1]
        if sp.e - sp.s != 1 or not (a.isupper() and b.isupper() and a.isalpha() and b.isalpha()
                                    and len(a) <= 3 and len(b) <= 3):
            return False
        other = starts.get(e + 1)
        if other is not None and (other.e != e + 2 or other.src in _FIXED_SOURCES):
            return False
        drop.add(id(sp))
        if other is not None:
            drop.add(id(other))
        add.append(Proposal(sp.s, e + 2, sp.type, sp.src))
        return True

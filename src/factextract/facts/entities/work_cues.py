"""More evidence, around one use of a name, that the name is a work (read by work_referents.py).

A reader who meets "Celebrity Big Brother", "The Aviator" or "Vera Drake" with no cue in the
sentence finds the cue at another use of the same name in the article:
- a noun of a work's parts before "of X": "the current series of X", "the cast of X", "online
  versions of X" (not "a series of BBC programmes": a noun after the name qualifies it);
- a noun of a show or a film right after the name, with no person after it: "X housemates",
  "X contestant", "the X soundtrack";
- a year's possessive before it: "1995's Lion King";
- a part played in it: "plays Howard Hughes in X", "her performance as Hepburn in X", "appeared
  in X" (not "in Mike Leigh's film");
- an apposition headed by a work noun: "X - Leigh's 1950s drama about ...", "X, a film about"
  (not "the film's star", not "film director": a compound's head is another noun; not "Directed
  by X, the film is ...": a clause's subject);
- its takings: "X took $300m", "X has grossed £20m" in an article that writes "box office";
- a sequel's digit after the name: "Halo 2 has broken records" (not "Channel 4", "2 million");
- a title's shape "X and the Y of Z" ("... and the Prisoner of Azkaban") in an article that
  talks of films, books or games, unless Y is an office or a body ("and the Bank of England").
Never in sports reports; the "in X" cues never for a name that also reads as a place ("played
Hamlet in Stratford").
Words are data: patterns/entities/work_evidence.txt.
"""
from __future__ import annotations

from .lexicon import Lexicon
from .tokens import TokenView, numeric_near, written_in_lower_case

_POSSESSIVE = ("'s", "’s")
_CURRENCY = frozenset("$£€")
_APPOS_DETS = frozenset(("the", "a", "an", "his", "her", "their", "its", "'s", "’s"))


class WorkCues:
    """Work evidence of one use of a name; the words come from WorkReferents' groups."""

    def __init__(self, lex: Lexicon, words: dict[str, frozenset[str]]) -> None:
        self.lex = lex
        self.w = words
        # the rest of each title "X and the Y of Z" found, as (X's words, start, end) of "Y of Z":
        # the pieces the model proposed there go with X (reset per document by the caller)
        self.tails: list[tuple[tuple[str, ...], int, int]] = []

    def around(self, v: TokenView, s: int, e: int, sports: bool, placey: bool) -> int:
        """1 when the use at tokens [s, e) shows a work, else 0."""
        if sports:
            return 0
        T, L = v.toks, v.lowers
        n = len(T)
        b = s - 1
        if b >= 0 and L[b] == "the":
            b -= 1
        # "the Robert Harris best-seller": a noun, or a compound's first word, qualifies the name
        qualified = e < n and T[e].is_lower and (T[e].pos_ == "NOUN" or e + 1 < n and v.texts[e + 1] == "-")
        possessed = e < n and L[e] in _POSSESSIVE
        if b >= 1 and L[b] == "of" and T[b - 1].is_lower and L[b - 1] in self.w["of_work"] \
                and not qualified and not possessed:
            return 1
        # "1995's Lion King", "in 1987's Robocop": a year's possessive before a bare name is a
        # film's or a record's date (not "2003's Wimbledon champion": a noun qualifies the name)
        if s >= 2 and L[s - 1] in _POSSESSIVE and len(L[s - 2]) == 4 and L[s - 2].isdigit() \
                and "1900" <= L[s - 2] <= "2029" and not qualified:
            return 1
        if e < n and T[e].is_lower and L[e] in self.w["after_work"] \
                and not (e + 1 < n and T[e + 1].is_title and T[e + 1].is_alpha):
            return 1
        # "appeared in Kelso Sheriff Court": a body or a building is no work
        body = L[e - 1] in self.w["not_title_head"] or L[e - 1] in self.w["institution_head"]
        if b >= 1 and L[b] == "in" and not possessed and not placey and not body \
                and (L[b - 1] in self.w["appear_in"] or self._part_before(v, b)):
            return 1
        if e + 2 < n and L[e] in ("-", "–", ",") and self._apposition(v, e + 1):
            return 1
        if e + 1 < n and self._sequel(v, s, e):
            return 1
        if e + 2 < n and self._takings(v, e):
            return 1
        if e + 2 < n and L[e] == "and":
            tail = self._and_title(v, e + 1)
            if tail:
                self.tails.append((tuple(v.texts[s:e]), *tail))
                return 1
        return 0

    def _sequel(self, v: TokenView, s: int, e: int) -> bool:
        """Is the use followed by a sequel's digit ("Halo 2 has broken records", "Robocop 2") in an
        article about works? Not "Channel 4", not "2 million", not "Nokia 6600", not "2-1"."""
        T, L = v.toks, v.lowers
        x = v.texts[e]
        # (not in a results line: "Lotte 6 Hyundai 2 Hyundai 6")
        if len(x) != 1 or x not in "23456789" or not T[e - 1].whitespace_ or L[e - 1] in self.w["not_sequel"] \
                or v.texts[s].isupper() or numeric_near(v.numeric, e):
            return False
        nxt = T[e + 1]
        if nxt.like_num or nxt.text in ("-", "–", "%", ".", ":", "/") or (nxt.is_lower and nxt.pos_ == "NOUN"):
            return False
        return any(written_in_lower_case(v.text, w) for w in self.w["work_article"])

    def _takings(self, v: TokenView, e: int) -> bool:
        """Is the use followed by a film's takings ("took $300m", "has grossed £20m") in an
        article about the box office? (The text is searched only when the words match.)"""
        L, n = v.lowers, len(v.toks)
        k = e + 1 if L[e] in ("has", "have", "had") and v.toks[e].is_lower else e
        if k + 1 >= n or L[k] not in self.w["takings_verb"] or not v.toks[k].is_lower \
                or v.texts[k + 1][:1] not in _CURRENCY:
            return False
        return any(written_in_lower_case(v.text, w) for w in ("box office", "box-office"))

    def _part_before(self, v: TokenView, b: int) -> bool:
        """Is "in" at b preceded by a part played: "plays Howard Hughes in", "as Hepburn in"?"""
        T, L = v.toks, v.lowers
        j = b
        while j > 0 and j > b - 4 and T[j - 1].is_title and T[j - 1].is_alpha:
            j -= 1
        if j == b or j == 0:
            return False
        if L[j - 1] in self.w["play_part"]:
            return True
        return L[j - 1] == "as" and j >= 2 and L[j - 2] in self.w["as_part"]

    def _apposition(self, v: TokenView, k: int) -> bool:
        """Is the phrase from k an apposition headed by a work noun ("Leigh's 1950s drama")?"""
        T, L = v.toks, v.lowers
        for j in range(k, min(len(T) - 1, k + 6)):
            if L[j][:1].isdigit():   # "1950s"
                continue
            if T[j].is_lower and T[j].pos_ == "NOUN":
                # "Directed by X, the film is ...": a clause's subject, no apposition
                return L[j] in self.w["work_noun"] and L[j + 1] not in _POSSESSIVE \
                    and not (T[j + 1].is_lower and T[j + 1].pos_ in ("NOUN", "VERB", "AUX"))
            if not (L[j] in _APPOS_DETS or T[j].is_title or T[j].like_num
                    or (T[j].is_lower and T[j].pos_ == "ADJ")):
                return False
        return False

    def _and_title(self, v: TokenView, k: int) -> tuple[int, int] | None:
        """The tokens of the rest of a title "the Y of Z" (or "a Y of Z") that "and" before k
        opens (in an article about works), or None."""
        T, L = v.toks, v.lowers
        if L[k] not in ("the", "a", "an"):   # "explorer Ivan Sorokin and Children of The Flood": two names
            return None
        k += 1
        j = k
        while j < len(T) and j < k + 6 and T[j].is_alpha and (T[j].is_title or (j > k and L[j] in ("of", "the"))):
            j += 1
        while j > k and not T[j - 1].is_title:
            j -= 1
        words = L[k:j]
        # "the Organisation of Islamic Conference (OIC)": an acronym defined after it is a body's
        if j + 1 < len(T) and L[j] == "(" and T[j + 1].is_upper:
            return None
        if "of" not in words[1:-1] or any(x in self.w["not_title_head"] or x in self.lex.titles for x in words):
            return None
        return (k, j) if any(written_in_lower_case(v.text, x) for x in self.w["work_article"]) else None

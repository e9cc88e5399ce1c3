"""Well-known music acts named in an article that talks of music, typed as organisations.

"Led Zeppelin", "Scissor Sisters", "Keane", "the Killers": the model calls a band a person
(a surname's shape), a place ("New Order", "Texas") or nothing at all (a plural, a common
word). A reader who knows the act and sees the article is about music knows it is a band. The
acts are data (patterns/entities/music_acts.txt) in three kinds:
- sure: distinctive names, a band wherever the article talks of music (two music words);
- context: names that are also words, places or people's names ("Queen", "Keane", "Blur"):
  a band only with a music word in the sentence or one beside it, never after "the";
- the: plural or common nouns ("Killers", "Streets"): a band only as "the X", music words near.
Never in sports reports, never part of a longer name ("Roy Keane", "Queen Elizabeth", "Texas
Rangers"), never after an honorific, never a sentence's first word the article also writes in
lower case ("Steps are ..."). Once one use is a band, every use of the name in the article is.
Mentions are proposed with src "band": a band's name is never a person's surname (component.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ...nlp.resources import load_wordlist
from .given_names import given_names
from .lexicon import Lexicon
from .proposal import Proposal, overlapping, replace
from .tokens import TokenView, written_in_lower_case

_FIRST = re.compile(r"[^\W_]+|\S")
_FIXED = ("honorific", "dateline")


def _first(text: str) -> str:
    m = _FIRST.match(text)
    return m.group() if m else text


def _name_word(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


class MusicActs:
    """Proposes the acts of the gazetteer as organisations where the article talks of music."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.words: set[str] = set()
        self.given = given_names()
        self.common = load_wordlist("entities/common_words.txt") | load_wordlist("entities/common_name_words.txt")
        self.plurals: set[str] = set()   # "Sisters", "Fighters": a name that ends so is a group
        self.acts: dict[str, list[tuple[str, str]]] = {}   # first word -> [(name, kind)]
        for row in load_wordlist("entities/music_acts.txt"):
            kind, _, name = row.partition(":")
            kind, name = kind.strip(), name.strip()
            if kind == "word":
                self.words.add(name.lower())
            elif kind == "group":
                self.plurals.add(name)
            elif kind in ("sure", "context", "the") and name:
                self.acts.setdefault(_first(name), []).append((name, kind))
        for names in self.acts.values():
            names.sort(key=lambda nk: -len(nk[0]))   # longest first: "Echo and the Bunnymen" before "Echo"

    def soloist(self, key: tuple[str, ...], types: list[str]) -> bool:
        """A name shaped like one person's: two or more capitalised words the model read as a
        person, not ending in a group's plural, the first a given name or no English word
        ("Kanye West", "Nana Mouskouri" against "Foo Fighters", "Tin Lantern"). A list of
        bands does not make it a band."""
        first = key[0].lower()
        return len(key) >= 2 and all(t == "people" for t in types) and key[-1] not in self.plurals \
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in key) \
            and (first in self.given or first not in self.common)   # "Tin Lantern" may be a band

    # -- reading ----------------------------------------------------------------------------
    def _matches(self, v: TokenView) -> list[tuple[int, int, str, str]]:
        """(s, e, name, kind) of every capitalised use of a known act's name."""
        out = []
        text, idx, n = v.text, v.idx, len(v.toks)
        for s, t in enumerate(v.texts):
            if not (t[:1].isupper() or t[:1].isdigit()):
                continue
            cands = self.acts.get(_first(t))
            if not cands:
                continue
            start = idx[s]
            for name, kind in cands:
                end = start + len(name)
                if not text.startswith(name, start) or (end < len(text) and (text[end].isalnum() or text[end] in "-&")):
                    continue
                e = bisect_left(idx, end, s)
                if e < n and idx[e] < end:   # the name ends inside a token
                    continue
                out.append((s, e, name, kind))
                break
        return out

    def _alone(self, v: TokenView, s: int, e: int, kind: str) -> bool:
        """The name stands alone: no capitalised word runs on into it or out of it ("Roy Keane",
        "Texas Rangers"), no honorific before it, "the" before it only where the kind allows."""
        T, L = v.toks, v.lowers
        if e < len(T) and _name_word(v.texts[e]) and not T[e].is_sent_start:
            return False
        prev = L[s - 1] if s > 0 else ""
        if kind == "the" and prev != "the":
            return False
        if kind == "context" and prev == "the":
            return False
        if s > 0 and prev != "the" and _name_word(v.texts[s - 1]) and not T[s].is_sent_start \
                and not (T[s - 1].is_sent_start and T[s - 1].pos_ not in ("PROPN",)):
            return False
        if prev in self.lex.titles or prev.rstrip(".") in self.lex.titles:
            return False
        first = s - 1 if kind == "the" else s
        if e - s == 1 and T[first].is_sent_start and written_in_lower_case(v.text, v.texts[s]):
            return False
        return True

    def _music_near(self, v: TokenView, s: int) -> bool:
        """A music word in the sentence of token s or the one before or after it."""
        sent = v.toks[s].sent
        lo, hi = sent.start, sent.end
        if lo > 0:
            lo = v.toks[lo - 1].sent.start
        if hi < len(v.toks):
            hi = v.toks[hi].sent.end
        return any(v.lowers[k] in self.words for k in range(lo, hi))

    def _groups(self, v: TokenView, spans: list[Proposal]) -> list[tuple[int, int]]:
        """Names that end in a group's plural ("Scissor Sisters", "Foo Fighters"): the model's
        people (no honorific) and capitalised runs of two or three words it missed."""
        out = []
        for sp in spans:
            if sp.type == "people" and sp.src not in _FIXED and sp.e - sp.s >= 2 and v.texts[sp.e - 1] in self.plurals:
                out.append((sp.s, sp.e))
        for i, t in enumerate(v.texts):
            if t in self.plurals and i > 0 and not overlapping(spans, i, i + 1):
                s = v.cap_run_before(i, 3)
                while s < i and v.toks[s].is_sent_start and v.toks[s].pos_ != "PROPN":
                    s += 1
                if s < i and not (s > 0 and v.lowers[s - 1] in self.lex.titles) \
                        and not (i + 1 < len(v.toks) and _name_word(v.texts[i + 1])):
                    out.append((s, i + 1))
        return out

    # -- deciding ---------------------------------------------------------------------------
    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> None:
        """Adds (or retypes) the acts' mentions as organisations (in place)."""
        if sports:
            return
        found = [m for m in self._matches(v) if self._alone(v, m[0], m[1], m[3])]
        groups = self._groups(v, spans)
        if not found and not groups:
            return
        if sum(w in self.words for w in v.lowers) < 2:   # no talk of music
            return
        for s, e in groups:
            self._propose(v, spans, s, e)
        bands = {name for s, e, name, kind in found if kind == "sure" or self._music_near(v, s)}
        for s, e, name, _ in found:
            if name in bands:
                self._propose(v, spans, s, e)

    @staticmethod
    def _propose(v: TokenView, spans: list[Proposal], s: int, e: int) -> None:
        """The act's span replaces the proposals inside it, and one that runs over it only by
        "the" or a sentence's first word ("Nevertheless Franz Ferdinand"); a longer name stays."""
        for sp in overlapping(spans, s, e):
            if sp.src in _FIXED:
                return
            extra = [k for k in range(sp.s, sp.e) if not s <= k < e]
            if any(not (v.lowers[k] == "the" or (v.toks[k].is_sent_start and k == sp.s and v.toks[k].pos_ != "PROPN"))
                   for k in extra):
                return
        replace(spans, Proposal(s, e, "organisations", "band"))

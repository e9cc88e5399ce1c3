"""Names the article itself says are things, not organisations.

- A name right after a thing's noun and a naming verb is that thing's name: "a technology
  called Ultra Wideband", "a web-based tool called EdgeScape", "a weblog called Dogs without
  Borders", "a format called RSS". The model often calls such names organisations. A body's
  noun ("a company called Akamai", "a firm called Baikal") keeps the name an organisation:
  only things' nouns are listed. Every mention of the name goes, since one referent has one type.
- A proposal cut off before the head of a law's or a plan's name is a piece of that name:
  "Mental Capacity" of "the Mental Capacity Bill", "Crossrail" of "the Crossrail Link Bill".
  Only model proposals: a gazetteer's body stays ("Parliament" of "the Parliament Act" is the
  body the act is named for).
- A name that ends in a policy's, a plan's or a prize's head is no organisation: "the Common
  Agricultural Policy", "its Community Cohesion Strategy", "the Digital Life Index", "the Milton
  Shulman Award"; one that ends in "Programme", "Initiative" or "Project" only after a
  possessive ("the government's Private Finance Initiative"), since "the World Food Programme"
  and "the Global Reporting Initiative" are bodies. The acronym in brackets after such a name
  ("Private Finance Initiative (PFI)") goes with it, every use.

The words are data: patterns/entities/named_things.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS
from .proposal import Proposal
from .tokens import TokenView

ORG = "organisations"
_KEEP_SOURCES = GAZETTEER_IDS | {"acronym", "honorific"}


def _words() -> dict[str, frozenset[str]]:
    return load_groups("entities/named_things.txt")


class NamedThings:
    """Drops organisation proposals that the text names as things or as pieces of a law's name."""

    def __init__(self) -> None:
        w = _words()
        self.cues, self.things, self.documents = w["cue"], w["thing"], w["document"]
        self.plans, self.programmes = w["plan"], w["programme"]

    def _thing_named(self, v: TokenView, s: int) -> bool:
        """Does a thing's noun and a naming verb stand right before token s ("a tool called X",
        "a technology known as X", 'a game dubbed "X"')?"""
        T, L = v.toks, v.lowers
        k = s - 1
        while k >= 0 and T[k].text in ('"', "“", "'", "‘"):
            k -= 1   # a quote mark opens the name
        if k >= 1 and L[k] == "as" and L[k - 1] == "known":
            k -= 1
        elif k < 0 or L[k] not in self.cues:
            return False
        j = k - 1
        if j >= 0 and L[j] == ",":
            j -= 1
        return j >= 0 and T[j].is_lower and L[j] in self.things and T[j].pos_ in ("NOUN", "PROPN")

    def _document_piece(self, v: TokenView, sp: Proposal) -> bool:
        """Is sp followed, on the same line, by capitalised words ending in a document's head
        ("Mental Capacity" + "Bill", "Crossrail" + "Link Bill")?"""
        T, L, n = v.toks, v.lowers, len(v.toks)
        if sp.src in _KEEP_SOURCES:
            return False
        k = sp.e
        for _ in range(3):
            if k >= n or "\n" in T[k - 1].whitespace_ or not T[k - 1].whitespace_:
                return False
            if not (T[k].is_title and T[k].is_alpha):
                return False
            if L[k] in self.documents:
                return True
            k += 1
        return False

    def _plan(self, v: TokenView, sp: Proposal) -> bool:
        """Does sp end in a plan's head ("... Policy", "... Index"), or in a programme's after a
        possessive ("the government's ... Initiative")?"""
        T, L = v.toks, v.lowers
        if sp.e - sp.s < 2 or sp.src in _KEEP_SOURCES or not T[sp.e - 1].is_title:
            return False
        last = L[sp.e - 1]
        if last in self.plans:
            return True
        if last not in self.programmes:
            return False
        b = sp.s - 1
        return b >= 0 and L[b] in ("'s", "’s", "'", "its", "their")

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        L = v.lowers
        named: set[tuple[str, ...]] = set()
        for sp in spans:
            if sp.type == ORG and sp.src not in _KEEP_SOURCES and self._thing_named(v, sp.s):
                named.add(tuple(L[sp.s:sp.e]))
        gone: list[Proposal] = []
        keep = []
        for sp in spans:
            if sp.type == ORG:
                if tuple(L[sp.s:sp.e]) in named and sp.src not in _KEEP_SOURCES:
                    continue
                if self._document_piece(v, sp):
                    continue
                if self._plan(v, sp):
                    gone.append(sp)
                    continue
            keep.append(sp)
        # a plan's acronym in brackets after it is the plan's too: "Private Finance Initiative (PFI)"
        short = {tuple(L[sp.e + 1:k]) for sp in gone for k in range(sp.e + 2, min(len(L), sp.e + 4))
                 if L[sp.e] == "(" and L[k] == ")"}
        if not short:
            return keep
        return [sp for sp in keep if not (sp.type == ORG and tuple(L[sp.s:sp.e]) in short)]

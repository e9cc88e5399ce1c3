"""What the model calls an organisation and a reader would not: a product, a format or a
language ("iPod", "SMS", "Latin"), a law or a paper ("Prevention of Terrorism Bill", "White
Paper"), a building ("Imam Khomeini International Airport" is a place), a portfolio cut off its
title ("Trade and Industry" of "Trade and Industry Secretary"), and a broadcaster cut off its
channel number ("Radio" of "Radio 4", "BBC Radio" of "BBC Radio 4", "BBC" of "BBC One").

The words are data (patterns/entities/not_organisations.txt); the checks look only at the
organisation proposals and the token or two after them, so they cost next to nothing.
"""
from __future__ import annotations


from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS, ORG_NOUNS_AFTER, ORG_SUFFIXES
from .proposal import Proposal, overlapping
from .tokens import TokenView

ORG = "organisations"
# channel numbers in words ("BBC Radio Five Live", "BBC Three")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven"}
# what may follow a channel number inside the name ("Radio Five Live", "BBC 6 Music", "News 24")
_STATION_TAILS = {"live", "extra", "music"}
# a portfolio is no organisation, but these heads make the words before a title one
# ("Home Office Minister", "Foreign Office Secretary")
_INSTITUTION_HEADS = {"office", "executive", "assembly", "government", "treasury", "cabinet", "parliament",
                      "police", "force", "forces", "army", "navy", "service", "services"}


def not_organisation_words() -> dict[str, frozenset[str]]:
    """group ("word", "document", "facility", "role", "station") -> lowercase entries."""
    return load_groups("entities/not_organisations.txt")


class OrgChecks:
    """Completes broadcasters' names, retypes buildings as places and drops what is no organisation."""

    def __init__(self) -> None:
        self.words = not_organisation_words()

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        self._stations(v, spans)
        keep = []
        for sp in spans:
            if sp.type == ORG:
                words = v.lowers[sp.s:sp.e]
                if self._facility(words):
                    sp.type = "places"
                elif self._not_organisation(v, sp, words):
                    continue
            keep.append(sp)
        return keep

    def _not_organisation(self, v: TokenView, sp: Proposal, words: list[str]) -> bool:
        name = v.txt(sp.s, sp.e).lower()
        if name in self.words["word"] or name.removeprefix("the ") in self.words["word"]:
            return True
        if self._document(v, sp, words):
            return True
        return self._portfolio(v, sp, words)

    def _document(self, v: TokenView, sp: Proposal, words: list[str]) -> bool:
        """"Prevention of Terrorism Bill", "European Convention on Human Rights", "Treaty of Nice":
        a document's head ends the name or comes before its "of"/"on"."""
        docs, T = self.words["document"], v.toks
        if len(words) >= 2 and words[-1] in docs and T[sp.e - 1].text[:1].isupper():
            return True
        return any(w in docs and T[sp.s + k].text[:1].isupper() and words[k + 1] in ("of", "on")
                   for k, w in enumerate(words[:-1]))

    def _facility(self, words: list[str]) -> bool:
        return len(words) >= 2 and words[-1] in self.words["facility"]

    def _portfolio(self, v: TokenView, sp: Proposal, words: list[str]) -> bool:
        """"Trade and Industry" before "Secretary": the title's portfolio, not an organisation.
        A name with an organisation's head ("Home Office", "Treasury") or a gazetteer's stays."""
        T = v.toks
        if sp.e >= len(T) or T[sp.e].lower_ not in self.words["role"] or not T[sp.e].is_title:
            return False
        if sp.src in GAZETTEER_IDS or sp.src == "acronym":
            return False
        last = words[-1]
        return not (last in ORG_SUFFIXES or last in ORG_NOUNS_AFTER or last in _INSTITUTION_HEADS
                    or T[sp.e - 1].text.isupper())

    def _stations(self, v: TokenView, spans: list[Proposal]) -> None:
        """"Radio 4", "BBC Radio Five Live", "BBC One", "News 24": a broadcaster's name takes its
        channel number; a "Radio 4" the model missed is proposed."""
        T, lowers, n = v.toks, v.lowers, len(v.toks)
        heads = self.words["station"]
        for i in range(n - 1):
            if lowers[i] not in heads or not T[i].is_title and not T[i].is_upper:
                continue
            e = self._number_end(v, i + 1)
            if e is None:
                continue
            s = i
            while s > 0 and lowers[s - 1] in heads and T[s - 1].whitespace_ and (T[s - 1].is_title or T[s - 1].is_upper):
                s -= 1   # "BBC Radio 4"
            over = overlapping(spans, s, e)
            if any(o.type != ORG and o.src in GAZETTEER_IDS for o in over):
                continue
            if over and any(o.s < s or o.e > e for o in over):
                continue   # part of a longer name ("BBC News 24 Hour ...") : leave it
            src = next((o.src for o in over if o.type == ORG), "shape")
            spans[:] = [o for o in spans if not (o.s < e and s < o.e)]
            spans.append(Proposal(s, e, ORG, src))

    @staticmethod
    def _number_end(v: TokenView, j: int) -> int | None:
        """End of a channel number starting at token j ("4", "Five Live", "6 Music"), else None."""
        T, lowers, n = v.toks, v.lowers, len(v.toks)
        if j >= n or not T[j - 1].whitespace_ or "\n" in T[j - 1].whitespace_:
            return None
        tok = T[j]
        if not ((tok.text.isdigit() and len(tok.text) <= 2) or (lowers[j] in _NUMBER_WORDS and tok.is_title)):
            return None
        e = j + 1
        if e < n and lowers[e] in _STATION_TAILS and T[e].is_title and T[e - 1].whitespace_:
            e += 1
        return e

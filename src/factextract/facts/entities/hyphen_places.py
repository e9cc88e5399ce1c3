"""A place named inside a hyphenated modifier: "Paris-based auction house", "his Los
Angeles-area seat", "the London-born actress", "a Texas-headquartered firm".

The name before the hyphen is where something is, was born or goes: a place mention a reader
counts. Other hyphened adjectives ("Labour-run", "Oscar-nominated", "pro-Moscow") stay no
mentions (exclusions.py asks `spares` before dropping). Only a name the gazetteers or town
lists know as a place, written as they write it, is taken: the model calls "AI" of "AI-based"
a place too; "bound" ("the Chelsea-bound striker")
is skipped in sports reports. The ends are data: patterns/entities/place_compound_ends.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .lexicon import Lexicon
from .proposal import Proposal, propose_or_retype
from .tokens import TokenView

PLACES = "places"
_MOST = 3   # name words before the hyphen


class HyphenPlaces:
    """Keeps and adds place proposals for names before "-based", "-born", "-area" ... (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        self.ends = frozenset(w.lower() for w in load_wordlist("entities/place_compound_ends.txt"))
        self.known = lex.places | lex.towns | lex.countries
        self.forms = lex.gaz_forms
        self.not_place = lex.skip

    def known_at(self, v: TokenView, s: int, e: int) -> bool:
        """Is tokens s..e a place the lists know, in title case or in a gazetteer's own form ("US")?"""
        name = " ".join(v.lowers[s:e])
        if name not in self.known or name in self.not_place:
            return False
        return all(v.toks[k].is_title for k in range(s, e)) or v.txt(s, e) in self.forms.get(name, ())

    def end_at(self, v: TokenView, e: int, sports: bool = False) -> bool:
        """Does a place compound's hyphen and end word follow the name ending at token e?"""
        T, n = v.toks, len(v.toks)
        if not (0 < e < n - 1 and T[e].text == "-" and not T[e - 1].whitespace_ and not T[e].whitespace_):
            return False
        low = v.lowers[e + 1]
        return low in self.ends and T[e + 1].is_lower and not (sports and low == "bound")

    def spares(self, v: TokenView, sp: Proposal) -> bool:
        """A place proposal before a place compound's end is a mention, not part of an adjective."""
        if not self.end_at(v, sp.e):
            return False
        return self.known_at(v, sp.s, sp.e)

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> None:
        T, L = v.toks, v.lowers
        for e in range(1, len(T) - 1):
            if T[e].text != "-" or L[e + 1] not in self.ends or not self.end_at(v, e, sports):
                continue
            s = self._name_start(v, e)
            if s is None:
                continue
            propose_or_retype(spans, s, e, PLACES, "compound")

    def _name_start(self, v: TokenView, e: int) -> int | None:
        """Start of the known place name that ends right before the hyphen at token e (the
        longest one: "Los Angeles", "New York"), or None."""
        T = v.toks
        best = None
        s = e
        while s > 0 and e - s < _MOST:
            t = T[s - 1]
            if not (t.is_alpha and (t.is_title or t.is_upper)) or (s - 1 < e - 1 and not t.whitespace_):
                break
            s -= 1
            if self.known_at(v, s, e):
                best = s
        if best is not None and best > 0 and T[best - 1].text == "-" and not T[best - 1].whitespace_:
            return None   # "Miami-Dade-based": the name goes on before the hyphen
        return best

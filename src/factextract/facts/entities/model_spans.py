"""The statistical model's entities as proposals, trimmed where news copy trips the model.

The model runs names into the scores of a results table, into the words after them and over
a role word before a person; and it stops a hyphenated given name at the hyphen.
"""
from __future__ import annotations

from .compass_edges import trim_compass
from .lexicon import LABEL_TYPES, MONTHS, NAME_PARTICLES, PERSON_BEFORE, Lexicon
from .proposal import Proposal
from .tokens import TokenView, capitalised

CUT_TOKENS = {"(", ")", "[", "]", ",", ";", "v", "vs", "vs.", "at", "AT", "or", "/"}
# lowercase words between two names that no name has inside it ("Henry to Arsenal", "All
# Blacks in Christchurch"); "of", "for", "and", "on" do ("Council on Foreign Relations")
_PREFIXES = {"ex"}   # "Ex-Labour", never "Anti-Doping Agency"
CUT_WORDS = {"to", "in", "into", "from", "against", "joined", "joins", "beat", "beats", "signed", "told", "said"}
# a lowercase word that puts a date after a name ("the Commons on Monday", "Nato by March"): the
# date is no part of the name ("Mail on Sunday" and the like are gazetteer names, matched whole)
DATE_LEADS = {"on", "by", "until", "till", "since", "before", "after", "last", "next", "this"}


class ModelSpans:
    """Proposals from doc.ents: cut at numbers and brackets, lowercase edges and "the" trimmed."""

    def propose(self, v: TokenView, headline: list[bool]) -> list[Proposal]:
        spans = [Proposal(e.start, e.end, LABEL_TYPES[e.label_], "model", weak=headline[e.start])
                 for e in v.doc.ents if e.label_ in LABEL_TYPES]
        spans = self._split_numbers(v, spans)
        for sp in spans:
            if sp.e - sp.s > 1 and v.toks[sp.s].lower_ == "the":
                sp.s += 1
            if sp.type == "places":
                trim_compass(v, sp)   # "north-west London" (compass_edges.py)
        return spans

    @staticmethod
    def _cut(v: TokenView, k: int) -> bool:
        """Tokens a name never runs across: numbers, brackets, " - ", commas, "v", "at", "or", a
        lowercase verb or preposition between two names ("Henry to Arsenal"), and a line break (a headline does not run into the first line of the body)."""
        t = v.toks[k]
        if t.is_lower and t.whitespace_ and k > 0 and v.toks[k - 1].whitespace_ and (
                t.text in CUT_WORDS or t.pos_ in ("VERB", "AUX")):
            return True   # "Bosvelt joined City": two names and a verb
        if t.is_lower and t.text in DATE_LEADS and k + 1 < len(v.toks) and v.lowers[k + 1] in MONTHS:
            return True   # "the Commons on Monday": a name, then a date
        return v.numeric[k] or (t.is_space and "\n" in t.text) or t.text in CUT_TOKENS or (t.text == "-" and t.whitespace_ and k > 0
                                                        and v.toks[k - 1].whitespace_)

    def _split_numbers(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        """In tables the model runs names and scores together ("Ayr 6 Berwick 0"), and names with
        what follows ("Hizbollah (Party of God", "Interfax news"): cut, trim lowercase edges."""
        T = v.toks
        out = []
        for sp in spans:
            s = sp.s
            for k in range(sp.s, sp.e + 1):
                if k == sp.e or self._cut(v, k):
                    a, b = s, k
                    while b > a and T[b - 1].is_lower and T[b - 1].is_alpha and not (
                            b - 2 >= a and T[b - 2].text == "-" and not T[b - 2].whitespace_):
                        b -= 1   # "Interfax news", but not the "myung" of "Jae-myung"
                    while b > a and (T[a].lower_ in MONTHS or (T[a].is_lower and T[a].is_alpha
                                                               and T[a].lower_ != "the")):
                        if T[a].is_lower and T[a].lower_ in NAME_PARTICLES:
                            break
                        a += 1
                    if b - a > 2 and T[a].lower_ in _PREFIXES and T[a + 1].text == "-" and not T[a].whitespace_:
                        a += 2   # "Ex-Labour MP": the prefix is no part of the name
                    if b > a and any(t.is_alpha for t in T[a:b]):
                        # after "in" a name is where something is ("All Blacks in Christchurch")
                        etype = "places" if a > sp.s and T[a - 1].lower_ in ("in", "into") else sp.type
                        out.append(Proposal(a, b, etype, sp.src, sp.weak))
                    s = k + 1
        return out


class PersonEdges:
    """Where a person's name starts and ends: role words and countries off, hyphen halves on."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def fix(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        return [self._extend_hyphen(v, sp) for sp in self._person_prefixes(v, spans)]

    @staticmethod
    def _extend_hyphen(v: TokenView, sp: Proposal) -> Proposal:
        """"Yoon Suk-yeol": the model often stops at the hyphen of a given name."""
        T = v.toks
        e = sp.e
        if (sp.type == "people" and e + 1 < len(T) and T[e].text == "-" and not T[e - 1].whitespace_
                and not T[e].whitespace_ and T[e + 1].text.isalpha() and T[e + 1].text.islower()):
            sp.e = e + 2
        b = sp.s
        if sp.type == "people" and b >= 2 and T[b - 1].text == "-" and not T[b - 1].whitespace_ \
                and not T[b - 2].whitespace_ and T[b - 2].is_alpha and capitalised(T[b - 2].text):
            sp.s = b - 2   # "Joe-Max Moore"
        return sp

    def _person_prefixes(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        """"Broker Khurshid Alam", "Sri Lanka S. Perera": a role word or a country before a person
        is not part of the name (the country is a place of its own)."""
        T, lex = v.toks, self.lex
        out = []
        for sp in spans:
            if sp.type == "people" and sp.src == "model":
                while sp.e - sp.s > 2 and (T[sp.s].lower_ in lex.person_roles or T[sp.s].lower_ in lex.titles
                                           or T[sp.s].lower_ in PERSON_BEFORE or T[sp.s].lower_ in lex.demonyms):
                    sp.s += 1   # "Actress Cate Blanchett", "Californian Thomas Slattery"
                if sp.e - sp.s == 2 and T[sp.s].lower_ in PERSON_BEFORE and T[sp.s + 1].is_title \
                        and T[sp.s + 1].lower_ not in PERSON_BEFORE:
                    sp.s += 1   # "Winger Nitoglia": a position and a surname
                for n in (3, 2, 1):
                    if sp.e - sp.s >= n + 2 and v.txt(sp.s, sp.s + n).lower() in lex.countries:
                        out.append(Proposal(sp.s, sp.s + n, "places", "country"))
                        sp.s += n
                        break
            out.append(sp)
        return out

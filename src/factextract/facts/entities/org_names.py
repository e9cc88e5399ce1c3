"""Organisations the model types as a place or a person, found from what the article itself says.

- A police force is named by its area and a lower-case "police" ("West Yorkshire police said",
  "Norfolk police chief X"): the area the model found becomes the organisation with its "police"
  (a country's or nationality's police is no one force: "UK police", "Chinese police").
- A company named after another one of the article plus a word of its own ("Virgin Megastores"
  after "Virgin", "Biogen Idec", "Lycos Europe"), which the model takes for a first name and a
  surname, is an organisation: its first word is a one-word organisation of the same article,
  none of its words is a given name ("Tory Liam Fox" stays a person), and either that
  organisation is known by more than the model's word (a gazetteer, a cue, a shape) or the name
  ends in a company's word (patterns/entities/company_name_heads.txt: "Megastores", "Europe").

- A firm written as its web address ("OneStat.com", "Plus.net") is an organisation: one
  capitalised token ending in .com, .net, .org or .co.uk (a string test on the token texts, not a
  Matcher pattern: a pattern with no rare word to trigger it would run at every token).

The first two look only at the proposals already made: no pass over the tokens.
"""
from __future__ import annotations

import re

from ...nlp.resources import load_wordlist
from .given_names import given_names
from .lexicon import Lexicon
from .proposal import Proposal
from .tokens import TokenView

# proposals whose type the article's evidence may change: the model's guesses and the words
# propagated from them
_RETYPABLE = ("model", "prop")
_WEB_ADDRESS = re.compile(r"^[A-Z][A-Za-z0-9-]*\.(?:com|net|co\.uk|org)$")
COMPANY_HEADS = frozenset(w.lower() for w in load_wordlist("entities/company_name_heads.txt"))


class OrgNames:
    """Police forces and companies named after an organisation of the same article."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.national = lex.countries | lex.demonyms | {"uk", "us", "u.s.", "britain", "british"}

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        """Retypes (and for a police force extends) proposals in place."""
        self._police(v, spans)
        self._company_people(v, spans)
        self._web_addresses(v, spans)

    @staticmethod
    def _web_addresses(v: TokenView, spans: list[Proposal]) -> None:
        """ "OneStat.com said": the address alone is the firm, whatever the model made of it."""
        for i, x in enumerate(v.texts):
            if "." not in x or not _WEB_ADDRESS.match(x):
                continue
            over = [sp for sp in spans if sp.s <= i < sp.e]
            if not over:
                spans.append(Proposal(i, i + 1, "organisations", "shape"))
            for sp in over:
                if (sp.s, sp.e) == (i, i + 1):
                    sp.type, sp.src = "organisations", "shape"

    def _police(self, v: TokenView, spans: list[Proposal]) -> None:
        texts, n = v.texts, len(v.texts)
        starts = {sp.s for sp in spans}
        for sp in spans:
            if sp.type != "places" or sp.e >= n or texts[sp.e] != "police" or sp.e in starts:
                continue
            if v.lowers[sp.s] == "the" or v.txt(sp.s, sp.e).lower() in self.national:
                continue
            sp.e += 1
            sp.type, sp.src = "organisations", "shape"

    def _company_people(self, v: TokenView, spans: list[Proposal]) -> None:
        orgs: dict[str, bool] = {}   # one-word organisation -> known by more than the model's word
        for sp in spans:
            if sp.type == "organisations" and sp.e - sp.s == 1:
                orgs[v.texts[sp.s]] = orgs.get(v.texts[sp.s], False) or sp.src not in _RETYPABLE
        if not orgs:
            return
        given = given_names()
        for sp in spans:
            if (sp.type == "people" and sp.src in _RETYPABLE and 2 <= sp.e - sp.s <= 4
                    and v.texts[sp.s] in orgs
                    and (orgs[v.texts[sp.s]] or v.lowers[sp.e - 1] in COMPANY_HEADS)
                    and not any(w in given for w in v.lowers[sp.s:sp.e])):
                sp.type = "organisations"

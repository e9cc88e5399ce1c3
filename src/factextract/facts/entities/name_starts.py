"""A person's name the model cut at the start: the words it dropped go back in.

The model often leaves out an unusual first given name or the first of three names ("Charlize
Theron" found as "Theron", "Armand Marie Leroi" as "Marie Leroi", "JM Coetzee" as "Coetzee").
A capitalised word right before a person's span belongs to the name when it reads as a name
(a given name, initials, or a word the tagger calls a proper noun) and is none of what stands
before names in news copy: a title or honorific, a role noun, a party member's or a nation's
adjective, a place, a body, a month or day, a function word, a sentence's first word (unless
it is a given name). When the span already starts with a given name, only another given name
or initials extend it ("Blairite Alan Milburn" stays "Alan Milburn"). The grouping then names
the person by the fullest form, and the lone surnames elsewhere join it. Headlines (every word capitalised)
are left alone, and so are words that make a name found as something else in the article.
"""
from __future__ import annotations

import re

from .given_names import given_names
from .lexicon import GAZETTEER_IDS, MONTHS, NAME_PARTICLES, PARTY_MEMBERS, PERSON_BEFORE, Lexicon
from .proposal import Proposal
from .tokens import TokenView, written_in_lower_case

_INITIALS = re.compile(r"^(?:[A-Z]{1,2}|(?:[A-Z]\.){1,3})$")
_MOST_WORDS = 4


class NameStarts:
    """Extends people's spans leftwards over the name words the model dropped."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.given = given_names()
        self.not_name = ({t.lower() for t in lex.titles} | lex.person_roles | PERSON_BEFORE | lex.demonyms
                         | PARTY_MEMBERS | MONTHS | lex.places | lex.bodies | lex.skip)

    def apply(self, v: TokenView, spans: list[Proposal], headline: list[bool]) -> None:
        T = v.toks
        covered = {k for sp in spans for k in range(sp.s, sp.e)}
        # names found as other things elsewhere ("Directors Guild"): not a person's words
        others = [v.txt(sp.s, sp.e).lower() for sp in spans if sp.type != "people"]
        for sp in spans:
            if sp.type != "people" or sp.src in GAZETTEER_IDS or sp.src == "honorific" or headline[sp.s]:
                continue
            starts_given = sp.e - sp.s >= 2 and v.lowers[sp.s] in self.given
            k = sp.s
            while k > 0 and sp.e - (k - 1) <= _MOST_WORDS and k - 1 not in covered \
                    and self._name_word(v, k - 1, starts_given):
                k -= 1
            if k == sp.s or (k > 0 and self._capital_word(v, k - 1) and not T[k - 1].is_sent_start):
                continue   # a longer capitalised run ("District Attorney Bruce ..."): not ours to cut
            whole = v.txt(k, sp.e).lower()
            if any(whole in o for o in others):
                continue
            covered.update(range(k, sp.s))
            sp.s = k

    @staticmethod
    def _capital_word(v: TokenView, k: int) -> bool:
        t = v.toks[k]
        return t.is_alpha and t.text[:1].isupper() and v.lowers[k] not in ("the", "a", "an")

    def _name_word(self, v: TokenView, k: int, starts_given: bool) -> bool:
        t, low = v.toks[k], v.lowers[k]
        initials = bool(_INITIALS.match(t.text))
        if not (t.is_alpha or initials) or not t.text[:1].isupper() or low in NAME_PARTICLES:
            return False
        if low in self.not_name or t.is_stop:
            return False
        if low in self.given or (initials and not starts_given):
            return not t.is_sent_start or low in self.given
        if starts_given or t.is_sent_start or t.pos_ != "PROPN" or not t.text[1:].islower():
            return False
        # a word the article also writes in lower case is a common word ("Desperate")
        return not written_in_lower_case(v.text, low)

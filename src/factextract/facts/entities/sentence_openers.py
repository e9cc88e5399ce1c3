"""A sentence's first word is capitalised whatever it is: an adjective or a function word there
is no part of the name after it, and alone it is no name.

"Wary Republicans in the state speculated …" names the Republicans, not a body called "Wary
Republicans"; "Between 2014 and 2021 …" names nobody. A proposal that starts a sentence (or a
line, or a quote) loses its first word when the tagger reads that word as a function word
(preposition, conjunction, determiner, pronoun, auxiliary) or as a common adjective or adverb
(a dictionary word, or one the article writes in lower case) that the article never capitalises away from a
sentence's start; a proposal of that one word goes.
Only the model's and the shapes' proposals are judged (gazetteers, cues and honorifics know
better); headlines, given names ("Will Smith", "May") and names the lexicon knows whole
("Liberal Democrats", "Royal Marines") are left alone.
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .aliases import alias_table
from .exclusions import _at_start
from .given_names import given_names
from .lexicon import PARTY_MEMBERS, Lexicon
from .proposal import Proposal
from .tokens import TokenView, written_in_lower_case

_FUNCTION_TAGS = {"ADP", "SCONJ", "DET", "PRON", "CCONJ", "AUX", "PART"}
_MODIFIER_TAGS = {"ADJ", "ADV"}


class SentenceOpeners:
    """Trims a sentence-initial function word or adjective off a proposal (or drops it)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.given = given_names()
        self.common = load_wordlist("entities/common_words.txt")
        canon = alias_table().canon   # "Liberal Democrat", "Lib Dems": the alias table's names
        self.known = lex.places | lex.bodies | lex.demonyms | PARTY_MEMBERS | set(canon) | set(canon.values())

    def apply(self, v: TokenView, spans: list[Proposal], headline: list[bool]) -> list[Proposal]:
        T, lowers = v.toks, v.lowers
        capital_inside = {lowers[i] for i, t in enumerate(T)
                          if t.is_title and not _at_start(v, i, headline)}
        out = []
        for sp in spans:
            s = sp.s
            t = T[s]
            low = lowers[s]
            if sp.src not in ("model", "shape") or headline[s] or not t.is_title \
                    or low in self.given or low in self.known or not _at_start(v, s, headline) \
                    or v.txt(sp.s, sp.e).lower() in self.known:
                out.append(sp)
                continue
            function = t.pos_ in _FUNCTION_TAGS and t.is_stop
            # an adjective, or any word before a party's members ("Wary Republicans": the tagger
            # calls "Wary" a proper noun there), that the article never capitalises inside a sentence
            # ("Rhian Beynon": a name the tagger calls an adjective is no common word)
            modifier = ((t.pos_ in _MODIFIER_TAGS and (low in self.common or written_in_lower_case(v.text, low)))
                        or lowers[sp.e - 1] in PARTY_MEMBERS) and sp.e - s >= 2 \
                and low not in capital_inside and not t.is_stop and T[s + 1].is_title
            if not (function or modifier):
                out.append(sp)
                continue
            if sp.e - s == 1:
                continue   # "Between", "Although": no name at all
            sp.s = s + 1
            out.append(sp)
        return out

"""The edges of a person's span: what the model fused to a name comes off, what it cut goes back.

News copy puts roles, parties and speech verbs right before a name and letters after it; the
model often takes them in ("Broadcaster Chris Evans", "Lib Dem Norman Baker", "Said Mr Bysshe",
"Ian Pike QC"), and then one person is two entities and the name is wrong. It also runs a name
into the word a possessive owns ("Bill Cosby's TV", "Lord Dubs' Succession") and stops before
the particles or the hyphenated half of a surname ("Albert" of "Albert van den Bergh",
"Nadia Magnenat" of "Nadia Magnenat-Thalman"). Each of these is fixed here on the proposal's
token span, before honorifics.py strips the honorific that may then lead the span.
"""
from __future__ import annotations

import re

from ...nlp.resources import load_groups, load_wordlist
from .aliases import alias_table
from .given_names import given_names
from .lexicon import NAME_PARTICLES, PARTY_MEMBERS, PERSON_BEFORE, SPEECH_VERBS, Lexicon
from .proposal import Proposal
from .tokens import POSSESSIVES as _POSSESSIVE, TokenView, capitalised

_INITIALS = re.compile(r"^(?:[A-Z]{1,2}|(?:[A-Z]\.){1,3})$")
_QUOTES = {'"', "'", "”", "’"}


class PersonSpans:
    """Trims and extends people proposals at their edges (token indices, in place)."""

    def __init__(self, lex: Lexicon) -> None:
        words = load_groups("entities/person_edges.txt")
        self.given = given_names()
        self.common = load_wordlist("entities/common_words.txt")
        # a nation's adjective ("Russian"), not its noun ("Dane", also a given name)
        nations = {d for d in lex.demonyms if " " not in d and d.endswith(("an", "ese", "ish", "ch", "i"))}
        self.lead = (set(words["lead"]) | lex.person_roles | PERSON_BEFORE | PARTY_MEMBERS | SPEECH_VERBS
                     | nations) - self.given - set(words["not_lead"])
        self.tail = set(words["tail"])
        self.aliases = alias_table()

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        starts = {sp.s: sp for sp in spans}
        covered = {k for sp in spans for k in range(sp.s, sp.e)}
        gone: list[Proposal] = []
        for sp in spans:
            if sp.type != "people" or sp in gone:
                continue
            self._cut_possessive(v, sp)
            self._trim_lead(v, sp)
            self._trim_tail(v, sp)
            gone += self._extend(v, sp, covered, starts)
            gone += self._nickname(v, sp, covered, starts)
        return [sp for sp in spans if sp.e > sp.s and not any(sp is g for g in gone)]

    def _nickname(self, v: TokenView, sp: Proposal, covered: set[int], starts: dict[int, Proposal]) -> list[Proposal]:
        """Marion "Suge" Knight, Brian 'Head' Welch: a given name, a nickname in quotes, then the
        surname the model found alone are one name (the given name's own proposal goes)."""
        T, k = v.toks, sp.s
        if k < 4 or T[k - 1].text not in _QUOTES:
            return []
        close = k - 1
        open_ = next((i for i in range(close - 1, max(close - 4, 0), -1) if T[i].text == T[close].text
                      or (T[i].text, T[close].text) in (("“", "”"), ("‘", "’"))), None)
        if open_ is None or open_ == close - 1 or not all(capitalised(T[i].text) and T[i].is_alpha for i in range(open_ + 1, close)):
            return []
        g = open_ - 1
        if g < 0 or not (T[g].is_alpha and capitalised(T[g].text)) or not (v.lowers[g] in self.given or g in covered):
            return []
        other = next((o for o in starts.values() if o.s <= g < o.e), None)
        if other is not None and (other.type != "people" or other.e not in (g + 1, open_ + 1, close, k)):
            return []
        sp.s = other.s if other is not None else g
        covered.update(range(sp.s, k))
        return [other] if other is not None else []

    def cut_possessives(self, v: TokenView, spans: list[Proposal]) -> None:
        """After honorifics.py typed what follows "Lord" a person: "Lord Dubs' Succession"."""
        for sp in spans:
            if sp.type == "people" and sp.src == "honorific":
                self._cut_possessive(v, sp)

    def _cut_possessive(self, v: TokenView, sp: Proposal) -> None:
        """"Bill Cosby's TV": the name ends at its possessive."""
        for k in range(sp.s + 1, sp.e - 1):
            t = v.toks[k]
            if t.text in _POSSESSIVE and (t.text.startswith(("'s", "’s")) or v.toks[k - 1].text.endswith("s")):
                sp.e = k
                return

    def _name_start(self, v: TokenView, k: int, e: int) -> bool:
        """Tokens [k, e) read as a person's name: an honorific then a capitalised word, or a given
        name or initials then at least one more capitalised word."""
        if k >= e or not capitalised(v.texts[k]):
            return False
        n = self.aliases.honorific_at(v.lowers, k)
        if n and k + n < e:
            return True
        return e - k >= 2 and (v.lowers[k] in self.given or bool(_INITIALS.match(v.texts[k]))) \
            and capitalised(v.texts[k + 1])

    def _trim_lead(self, v: TokenView, sp: Proposal) -> None:
        """"Lib Dem Norman Baker" -> "Norman Baker", "Balco boss Vic Conte" -> "Vic Conte",
        "Russian Korzhanenko" -> "Korzhanenko": role, party, nation and speech words off the
        front; a sentence's first word that is a common word only before a given name or an
        honorific."""
        k, sure = sp.s, True
        while k < sp.e - 1:
            low, t = v.lowers[k], v.toks[k]
            if not t.is_alpha or low in self.given or self.aliases.honorific_at(v.lowers, k):
                break
            if low in self.lead:
                k += 1
            elif t.is_sent_start and low in self.common and k == sp.s:
                k, sure = k + 1, False
            else:
                break
        if k == sp.s:   # "Balco boss Vic Conte": a role word inside, a name after it
            inner = [j for j in range(sp.s + 1, sp.e - 1) if v.lowers[j] in self.lead and v.toks[j].is_lower]
            if inner and self._name_start(v, inner[-1] + 1, sp.e):
                sp.s = inner[-1] + 1
            return
        rest = range(k, sp.e)
        if all(v.lowers[j] in self.lead for j in rest) or self.aliases.honorific_at(v.lowers, k) >= sp.e - k:
            return   # "Lib Dem", "Said Mr": no name left
        rest_capitalised = all(v.toks[j].is_alpha and capitalised(v.texts[j]) for j in rest)
        if self._name_start(v, k, sp.e) or (sure and rest_capitalised):
            sp.s = k

    def _trim_tail(self, v: TokenView, sp: Proposal) -> None:
        """"Ian Pike QC" -> "Ian Pike": post-nominal letters off the end."""
        while sp.e - sp.s >= 3 and v.lowers[sp.e - 1] in self.tail and v.texts[sp.e - 1].isupper():
            sp.e -= 1
        if sp.e - sp.s == 2 and v.lowers[sp.e - 1] in self.tail and v.texts[sp.e - 1].isupper():
            sp.e -= 1

    @staticmethod
    def _extend(v: TokenView, sp: Proposal, covered: set[int], starts: dict[int, Proposal]) -> list[Proposal]:
        """"Albert" + "van den Bergh", "Nadia Magnenat" + "-Thalman": the rest of the surname
        (a one-word proposal there, "Merwe" of "Pieter van der Merwe", is that rest, and goes)."""
        T = v.toks
        e = k = sp.e
        while k < len(T) and v.lowers[k] in NAME_PARTICLES and T[k].is_lower and k - e < 3:
            k += 1
        if k == e and e + 1 < len(T) and T[e].text == "-" and not T[e - 1].whitespace_ and not T[e].whitespace_:
            k = e + 1
        if k == e or k >= len(T) or not (T[k].is_alpha and T[k].text[:1].isupper()) or any(j in covered for j in range(e, k)):
            return []
        other = starts.get(k) if k in covered else None
        if k in covered and (other is None or other.e != k + 1):
            return []
        sp.e = k + 1
        covered.update(range(e, k + 1))
        return [other] if other is not None else []

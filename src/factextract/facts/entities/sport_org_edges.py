"""Organisation spans of sports reports that run over a player's name or a word before a club.

Sports copy stacks a club, a role and a player before the verb, and the model often takes the
whole stack for one organisation:
- "Barcelona star Ronaldinho admitted", "Arsenal's Edu has": a club, a role noun or a
  possessive, then the player: the club is the organisation, the player a person;
- "Midfielder Edu reduced", "American Dent surviving": a role noun or a nationality first,
  then a name that is no club: a person;
- "the British and Irish Lions": the model's span starts at the second nationality; the
  coordinated pair before one head is one name, kept whole;
- "sent off at Eastmoor when Wexbridge had ...", "a scrap with Wexbridge for the
  league title": a conjunction never found inside a name, or "for" after a club or a single
  word ("Court of Arbitration for Sport" stays), ends the name: clubs on either side stay;
- "Injured Chelsea winger ...", "New Southampton manager ...": a capitalised sentence-initial
  word that is a common word or that the article also writes in lower case, before a club of
  the clubs list: the club alone.
Only in sports reports (sport_reports.is_sports), only model spans, and never a name a gazetteer knows
whole ("New York", "Real Madrid").
"""
from __future__ import annotations

from .lexicon import ORG_HEADS, ORG_SUFFIXES, Lexicon
from .proposal import Proposal
from .sport_clubs import club_names
from .tokens import POSSESSIVES, TokenView, capitalised, written_in_lower_case
from ...nlp.resources import load_wordlist


# subordinating conjunctions: no organisation's name has one inside
_NEVER_IN_NAMES = frozenset({"when", "while", "whilst", "after", "before", "because", "if", "than",
                             "since", "until", "though", "although", "as", "but"})


class SportOrgEdges:
    """Cuts a player's name, a role or a sentence-initial adjective off sports organisation spans."""

    def __init__(self, lex: Lexicon) -> None:
        self.clubs = club_names()
        self.roles = lex.person_roles | {w.lower() for w in load_wordlist("entities/sport_roles.txt")}
        # a compass adjective is on the demonyms list but names a region's or a firm's part
        # ("Southern California Edison", "Northern Rock"), never a player's nationality
        self.demonyms = lex.demonyms
        self.nationalities = lex.demonyms - {w.lower() for w in load_wordlist("entities/compass_words.txt")}
        self.known = lex.named | lex.towns
        self.common = {w.lower() for w in load_wordlist("entities/common_words.txt")}

    def _club(self, name: str) -> bool:
        return name.lower() in self.clubs or name.lower() in self.known

    def _name(self, v: TokenView, s: int, e: int) -> bool:
        """Tokens [s, e) are one to three capitalised words, none a common word ("Olympic
        Committee", "Champions"), that are no club, body or place."""
        return 0 < e - s <= 3 and all(v.toks[i].is_alpha and capitalised(v.texts[i])
                                      and v.lowers[i] not in self.common for i in range(s, e)) \
            and not self._club(v.txt(s, e))

    def _ends_name(self, v: TokenView, s: int, k: int) -> bool:
        """Tokens [s, k) before a "for" are a whole name: a club, or one word, and no body's
        head among them ("Court of Arbitration for Sport", "Campaign for ...")."""
        return (k - s == 1 or v.txt(s, k).lower() in self.clubs) \
            and not any(w in ORG_HEADS or w in ORG_SUFFIXES for w in v.lowers[s:k])

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        out: list[Proposal] = []
        for sp in spans:
            out.extend(self._cut(v, sp) if sp.type == "organisations" and sp.src == "model"
                       and sp.e - sp.s >= 2 and not self._club(v.txt(sp.s, sp.e)) else [sp])
        return out

    def _cut(self, v: TokenView, sp: Proposal) -> list[Proposal]:
        L, s, e = v.lowers, sp.s, sp.e
        # a conjunction, or "for" after no body's head, cuts two names apart
        for k in range(s + 1, e - 1):
            if v.texts[k] in _NEVER_IN_NAMES or (v.texts[k] == "for" and self._ends_name(v, s, k)):
                left = v.txt(s, k)
                right = k + 2 if L[k + 1] == "the" and k + 2 < e else k + 1
                out = [Proposal(s, k, "organisations", "club")] if left.lower() in self.clubs else []
                if v.txt(right, e).lower() in self.clubs:
                    out.append(Proposal(right, e, "organisations", "club"))
                return out
        # two players fused by "and" or "on": "half-backs Kemi Lato and Dan Reese", "a trip by
        # Sione Vaka on Tom Bright": two names of two words (given name and surname) around it,
        # none a club's, a body's, a place's or a common word (a club of two words is listed)
        if e - s == 5 and v.texts[s + 2] in ("and", "on") and self._name(v, s, s + 2) and self._name(v, s + 3, e):
            return [Proposal(s, s + 2, "people", "cue"), Proposal(s + 3, e, "people", "cue")]
        # "the British and Irish Lions": two nationalities coordinated before one head are one name
        if s >= 2 and L[s] in self.demonyms and L[s - 1] in ("and", "&") and L[s - 2] in self.demonyms \
                and capitalised(v.texts[s - 2]):
            return [Proposal(s - 2, e, "organisations", sp.src)]
        # club + 's or role noun + player: "Arsenal's Edu", "Barcelona star Ronaldinho"
        for k in range(s + 1, e - 1):
            if (v.texts[k] in POSSESSIVES or L[k] in self.roles) and self._club(v.txt(s, k)) \
                    and self._name(v, k + 1, e):
                return [Proposal(s, k, "organisations", "club"), Proposal(k + 1, e, "people", "cue")]
        # role noun or nationality + a name: "Midfielder Edu", "American Dent"
        if (L[s] in self.roles or L[s] in self.nationalities) and self._name(v, s + 1, e):
            return [Proposal(s + 1, e, "people", "cue")]
        # "non-League Yeading": a lower-case prefix hyphened to a capital is an adjective before the name
        # (the span may start at the prefix or at its hyphen)
        dash = s + 1 if v.texts[s].islower() else s if s and v.texts[s - 1].islower() else -1
        if dash >= 0 and dash + 2 < e and v.texts[dash] == "-" and self._name(v, dash + 2, e):
            return [Proposal(dash + 2, e, "organisations", sp.src)]
        # sentence-initial adjective + club: "Injured Chelsea", "New Southampton"
        if v.toks[s].is_sent_start and L[s] not in self.demonyms and v.txt(s + 1, e).lower() in self.clubs \
                and (L[s] in self.common or written_in_lower_case(v.text, v.texts[s])):
            return [Proposal(s + 1, e, "organisations", "club")]
        return [sp]

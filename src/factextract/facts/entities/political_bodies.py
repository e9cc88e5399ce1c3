"""Political parties and bodies the model misses, proposed as organisations.

The statistical model reads "Tory", "the Conservatives" and the "Labour" of "Labour MP X" as
nationality adjectives (a label no entity type takes) or as nothing, and "the Commons" often
not at all. In an article about politics (one of a few political words in it) a reader takes:
- a party's name ("Tory", "Tories", "Conservative", "Labour", "Lib Dems") as the party, also as
  an adjective before a role ("Tory leader", "the Conservative candidate"); at a sentence start
  only before a role word or a name ("Conservative leader X"; not "Conservative estimates");
- a one-word body ("Commons", "Lords", "Cabinet", "Parliament") after "the" or before a
  lowercase noun ("a Commons vote"), never after another capitalised word ("Law Lords").
A span of the model that already covers the word is left alone; one of the same words typed
otherwise is retyped. The alias table joins the party's names ("Tories" = "Conservative Party").
Words are data: patterns/entities/political_bodies.txt.
"""
from __future__ import annotations


from ...nlp.resources import load_groups
from .proposal import Proposal, overlapping
from .tokens import TokenView


def _words() -> dict[str, frozenset[str]]:
    return load_groups("entities/political_bodies.txt")


class PoliticalBodies:
    """Proposes parties and one-word political bodies as organisations (in place)."""

    def __init__(self) -> None:
        self.w = _words()
        self.parties = {tuple(p.split()) for p in self.w["party"]}
        self.longest = max(len(p) for p in self.parties)

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        T, L = v.toks, v.lowers
        if not self.w["politics"] & v.lower_set:
            return
        n = len(T)
        for i in range(n):
            if not T[i].is_title and not T[i].is_upper:
                continue
            found = 0
            for k in range(self.longest, 0, -1):
                if tuple(L[i:i + k]) in self.parties and all(not T[j].is_lower for j in range(i, i + k)):
                    found = k
                    break
            if found:
                e = i + found
                if T[i].is_sent_start and not (e < n and (L[e] in self.w["role"] or (T[e].is_title and T[e].is_alpha))):
                    continue
                if i > 0 and L[i - 1] in ("new", "old") and T[i - 1].is_title:
                    continue   # "New Labour": the model's or nobody's
            elif L[i] in self.w["house"] and T[i].is_title:
                e = i + 1
                after_the = i > 0 and L[i - 1] == "the"
                before_noun = e < n and T[e].is_lower and T[e].pos_ == "NOUN"
                prev_cap = i > 0 and T[i - 1].is_title and not T[i - 1].is_sent_start and L[i - 1] != "the"
                if prev_cap or not (after_the or before_noun or L[i] == "parliament"):
                    continue
            else:
                continue
            over = overlapping(spans, i, e)
            if not over:
                spans.append(Proposal(i, e, "organisations", "politics"))
            else:
                for sp in over:
                    if sp.s == i and sp.e == e and sp.type != "organisations":
                        sp.type, sp.weak = "organisations", False

"""Sports competitions named "X League" or "X Nations" in a sports report: "the Champions
League", "the Celtic League", baseball's "American League", "the Tri-Nations".

A competition is neither person, organisation nor place; cups, opens and championships are
already dropped by their last word (event_heads.txt, exclusions.py), but "League" also ends the
names of bodies ("the Arab League", "the Football League said"). So only in a sports report, and
only when no mention of the name shows the body that runs it: a body word after it ("a Premier
League spokesman", "the league's chief executive") or the name as the subject of an act ("the
Premier League said", or the agent after "by"), and none known by an acronym ("the NFL"). Every mention of the name goes together.
Words are data: patterns/entities/competitions.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS
from .proposal import Proposal
from .tokens import TokenView

_POSSESSIVE = frozenset(("'s", "’s", "'"))


class Competitions:
    """Drops the competitions of a sports report, every mention (returns a new list)."""

    def __init__(self) -> None:
        groups = load_groups("entities/competitions.txt")
        self.heads, self.body, self.acts = groups["head"], groups["body"], groups["act"]

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> list[Proposal]:
        if not sports:
            return spans
        keyed = [(sp, _key(v, sp)) for sp in spans]
        keys = {key for sp, key in keyed if self._named(sp, key)}
        if not keys:
            return spans
        bodies = {key for sp, key in keyed if key in keys and self._acts_as_body(v, sp)}
        texts = set(v.texts)
        bodies |= {k for k in keys if _initials(k) in texts}   # "CPL": a body known by its acronym
        drop = keys - bodies
        return [sp for sp, key in keyed if sp.type == "people" or key not in drop]

    def _named(self, sp: Proposal, key: tuple[str, ...]) -> bool:
        return sp.type == "organisations" and len(key) >= 2 and sp.src not in GAZETTEER_IDS and key[-1] in self.heads

    def _acts_as_body(self, v: TokenView, sp: Proposal) -> bool:
        L, T, k = v.lowers, v.toks, sp.e
        before = sp.s - 1 if sp.s and L[sp.s - 1] == "the" else sp.s
        if before and L[before - 1] == "by":
            return True   # "organised by the X League", "fined by the Football League"
        if k < len(T) and T[k].text in _POSSESSIVE:
            k += 1
        if k >= len(T):
            return False
        if L[k] in self.body or T[k].text == "(":
            return True   # "a Premier League spokesman"; "the Cyberathlete Professional League (CPL)"
        return L[k] in self.acts and T[sp.e - 1].dep_ in ("nsubj", "nsubjpass")


def _initials(key: tuple[str, ...]) -> str:
    return "".join(w[0] for w in key if w not in ("of", "the", "and")).upper()


def _key(v: TokenView, sp: Proposal) -> tuple[str, ...]:
    """The name's words, whatever punctuation a rule took along ("League." before a quote mark)."""
    return tuple(w for w in (t.strip(".,;:!?'\"") for t in v.lowers[sp.s:sp.e]) if w)

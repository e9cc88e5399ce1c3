"""A museum, foundation, library or university named in its own language is an organisation.

English news copy keeps "the Musée d'Orsay", "the Fondation Louis Vuitton" or "the Museo del
Prado" as written; the model reads "Louis Vuitton" as a person, "Orsay" as a place, or nothing.
A capitalised first word of such a name (patterns/entities/foreign_institution_heads.txt)
followed by capitalised words, with the particles these languages put between them ("d'",
"de", "del", "della", "für"), is one organisation, replacing whatever overlapped it.
"""
from __future__ import annotations

from ...nlp.resources import load_wordlist
from .proposal import Proposal, replace
from .tokens import TokenView

_PARTICLES = {"de", "du", "des", "d'", "d’", "del", "della", "dello", "dei", "di", "da", "do", "dos", "das",
              "la", "le", "les", "y", "e", "für", "der"}
_MOST_WORDS = 6


def _elided(text: str) -> bool:
    """"d'Orsay", "d’Art": an elided particle glued to a capitalised word."""
    return len(text) > 2 and text[:2].lower() in ("d'", "d’", "l'", "l’") and text[2:3].isupper()


class ForeignInstitutions:
    """Proposes "Musée d'Orsay", "Fondation Louis Vuitton" as organisations."""

    def __init__(self) -> None:
        self.heads = {w.lower() for w in load_wordlist("entities/foreign_institution_heads.txt")}

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        if not self.heads & v.lower_set:
            return spans
        T, X = v.toks, v.texts
        for i, low in enumerate(v.lowers):
            if low not in self.heads or not X[i][:1].isupper():
                continue
            e, k = i + 1, i + 1
            while k < len(T) and k - i < _MOST_WORDS:
                if X[k][:1].isupper() and X[k][:1].isalpha() or _elided(X[k]):
                    k += 1
                    e = k
                elif v.lowers[k] in _PARTICLES and k + 1 < len(T) and X[k + 1][:1].isupper():
                    k += 1
                else:
                    break
            if e > i + 1:
                replace(spans, Proposal(i, e, "organisations", "cue"))
        return spans

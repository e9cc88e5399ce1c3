"""Context words that settle a type: a role after a name ("X, a senior analyst at ..."), nouns
of places ("the Guaiba river", "the town of Uyo") and of organisations ("Acme Corp", "firm X").

Gazetteer hits keep their type; everything else bends to the words around it.
"""
from __future__ import annotations

from .corporate import JOB_OR_COMPANY
from .given_names import given_names
from .lexicon import (GAZETTEER_IDS, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE, ORG_POSSESSED, PERSON_BEFORE, PLACE_NAME_HEADS,
                      PLACE_NOUNS_AFTER, PLACE_NOUNS_OF, Lexicon)
from .proposal import Proposal, overlapping, replace
from .tokens import TokenView


class ContextCues:
    """Retypes proposals by the words next to them and proposes names the cue nouns introduce."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        self._retype(v, spans)
        self._place_nouns_of(v, spans)
        self._org_nouns_before(v, spans)

    def _role_after(self, v: TokenView, e: int) -> bool:
        """", a senior analyst at ..." right after the name."""
        T = v.toks
        if e + 2 >= len(T) or T[e].text != "," or T[e + 1].lower_ not in ("a", "an", "the"):
            return False
        for t in T[e + 2:e + 7]:
            if t.lower_ in self.lex.person_roles:
                return True
            if not t.is_alpha or t.lower_ in ("at", "of", "for", "in", "with", "and", "who", "which"):
                return False
        return False

    @staticmethod
    def _age_after(v: TokenView, e: int) -> bool:
        """"Mara Quell, 34, said ...", "Quell (34)": only a person's name has an age after it."""
        T = v.toks
        if e + 2 >= len(T) or T[e].text not in (",", "(") or not T[e + 1].text.isdigit():
            return False
        return 14 <= int(T[e + 1].text) <= 105 and T[e + 2].text == ("," if T[e].text == "," else ")")

    def _retype(self, v: TokenView, spans: list[Proposal]) -> None:
        T = v.toks
        for sp in list(spans):
            if sp.type != "people" and sp.src not in GAZETTEER_IDS and self._age_after(v, sp.e) \
                    and all(t.is_title or not t.is_alpha for t in T[sp.s:sp.e]):
                sp.type, sp.weak, sp.src = "people", False, "cue"
            if sp.type != "places" and sp.src not in GAZETTEER_IDS and T[sp.e - 1].lower_ in PLACE_NAME_HEADS \
                    and sp.e - sp.s >= 2:
                sp.type = "places"   # "Northern Limit Line", "Demilitarised Zone"
            if sp.type != "places" and sp.src not in GAZETTEER_IDS and sp.e < len(T) \
                    and T[sp.e].lower_ in PLACE_NOUNS_AFTER and T[sp.e].is_lower:
                sp.type = "places"   # "the Guaiba river", "Huize county"
            if sp.type != "people" and sp.src not in GAZETTEER_IDS and self._role_after(v, sp.e) and sp.e - sp.s >= 2:
                sp.type, sp.weak = "people", False
            nxt = T[sp.e].lower_ if sp.e < len(T) else ""
            prev = T[sp.s - 1].lower_ if sp.s > 0 else ""
            if sp.type != "organisations" and sp.src not in GAZETTEER_IDS and (
                    nxt in ORG_NOUNS_AFTER or self._possessed(v, sp.e)
                    or (prev in ORG_NOUNS_BEFORE and T[sp.s - 1].is_lower and not self._given_named(v, sp))):
                sp.type, sp.weak, sp.src = "organisations", False, "cue"
            if sp.type != "people" and sp.src not in GAZETTEER_IDS and prev in PERSON_BEFORE \
                    and T[sp.s - 1].is_lower and sp.e - sp.s >= 2:
                sp.type, sp.weak, sp.src = "people", False, "cue"   # "actress Cate Blanchett"

    @staticmethod
    def _given_named(v: TokenView, sp: Proposal) -> bool:
        """The model's person whose name starts with a given name after a noun of a job or a company
        (job_or_company.txt): "publisher Jason O-Grady" is the man ("games publisher Eidos" a firm)."""
        return sp.type == "people" and sp.src == "model" and sp.e - sp.s >= 2 and v.lowers[sp.s] in given_names() \
            and v.lowers[sp.s - 1] in JOB_OR_COMPANY

    @staticmethod
    def _possessed(v: TokenView, e: int) -> bool:
        """"BT's chief executive", "Kazaa's owners": what only a company has."""
        T = v.toks
        if e + 1 >= len(T) or T[e].lower_ not in ("'s", "’s"):
            return False
        nxt = T[e + 1].lower_
        return nxt in ORG_POSSESSED or (nxt == "chief" and e + 2 < len(T) and T[e + 2].lower_ == "executive")

    def _place_nouns_of(self, v: TokenView, spans: list[Proposal]) -> None:
        """"the town of Uyo", "the western state of Michoacan"."""
        for i, low in enumerate(v.lowers[:-2]):
            if low in PLACE_NOUNS_OF and v.lowers[i + 1] == "of" and v.texts[i].islower():
                e = v.cap_run(i + 2, 3)
                if e > i + 2 and v.txt(i + 2, e).lower() not in self.lex.bodies:
                    over = overlapping(spans, i + 2, e)
                    if all(o.src == "model" and i + 2 <= o.s and o.e <= e for o in over):
                        replace(spans, Proposal(i + 2, e, "places", "cue"))

    @staticmethod
    def _org_nouns_before(v: TokenView, spans: list[Proposal]) -> None:
        """An unnamed-by-the-model name right after "firm", "daily"..."""
        for i, low in enumerate(v.lowers[:-1]):
            if low in ORG_NOUNS_BEFORE and v.texts[i].islower():
                e = v.cap_run(i + 1, 3)
                if e > i + 1 and not overlapping(spans, i + 1, e):
                    spans.append(Proposal(i + 1, e, "organisations", "cue"))

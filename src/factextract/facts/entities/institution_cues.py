"""A school or a club the model typed a person or a place, known from the words around it.

- "educated at Eton", "schooled at Harrow": the capitalised name after the verb and "at" is a
  school, an organisation ("Eton" is otherwise read as a surname or a town).
- "a former Eton pupil", "the Harrow schoolboy": the name right before a pupil's noun, after
  "a"/"the" (and "former"), is the school.
- "the South Shropshire Hunt", "the Lancashire Cricket Club": a name the model typed a place
  that ends in a club's or a society's word is the club (the place-shaped first words fooled
  the place checks); a gazetteer's place over the whole name is left alone. A place after
  "the" that the model stopped before such a word ("the [South Shropshire] Hunt") takes it in.
The words are data: patterns/entities/institution_cues.txt.
Only tokens that are a cue word, and place proposals, are looked at.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS
from .proposal import Proposal, propose_or_retype
from .tokens import TokenView

ORGS = "organisations"
_MOST = 3   # words of a school's name
_RETYPABLE = ("model", "prop")


class InstitutionCues:
    """Adds or retypes organisation proposals for schools and clubs (in place)."""

    def __init__(self) -> None:
        self.w = load_groups("entities/institution_cues.txt")

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        L = v.lowers
        for k, low in enumerate(L):
            if low in self.w["school_verb"]:
                self._school(v, spans, self._name_after(v, k))
            elif low in self.w["school_member"] and v.toks[k].is_lower:
                self._school(v, spans, self._name_before(v, k))
        starts = {sp.s for sp in spans}
        for sp in spans:
            if sp.type != "places":
                continue
            if sp.e - sp.s >= 2 and sp.src not in GAZETTEER_IDS \
                    and L[sp.e - 1] in self.w["org_last"] and v.toks[sp.e - 1].is_title:
                sp.type, sp.src = ORGS, "cue"
            elif sp.e < len(L) and L[sp.e] in self.w["org_last"] and v.toks[sp.e].is_title \
                    and sp.e not in starts and sp.s > 0 and L[sp.s - 1] == "the" \
                    and not (sp.e + 1 < len(L) and v.toks[sp.e + 1].is_title):
                sp.e += 1   # "the South Shropshire Hunt": the model stopped at the place's words
                sp.type, sp.src = ORGS, "cue"

    @staticmethod
    def _name_after(v: TokenView, k: int) -> tuple[int, int] | None:
        """ "educated at Eton College": the name after "<verb> at"."""
        s = k + 2
        if s >= len(v.toks) or v.lowers[k + 1] != "at":
            return None
        e = v.title_words(s, _MOST)
        return (s, e) if e > s else None

    @staticmethod
    def _name_before(v: TokenView, k: int) -> tuple[int, int] | None:
        """ "a former Eton pupil": one or two capitalised words between the article (and
        "former"/"old") and the noun."""
        L = v.lowers
        s = v.title_words_before(k, 2)
        if s == k:
            return None
        b = s - 1
        if b >= 0 and L[b] in ("former", "old", "ex"):
            b -= 1
        return (s, k) if b >= 0 and L[b] in ("a", "an", "the") else None

    @staticmethod
    def _school(v: TokenView, spans: list[Proposal], found: tuple[int, int] | None) -> None:
        if found is None:
            return
        propose_or_retype(spans, *found, ORGS, "cue", retyped_src="cue")

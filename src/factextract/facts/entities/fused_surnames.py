"""A person's surname run on into a body's name is two names: "Blair Labour's longest-serving
PM" (a headline's shorthand for "Blair: Labour's ..."), "Lib Dems David Laws" reversed.

The model proposes "Blair Labour" as one name (a person's, or a body's); every "Mr Blair" then
joins that body.
A reader sees the surname of the person the article names in full ("Tony Blair") and the
party the article names alone ("Labour"). An organisation proposal of two or more words is
(or a person proposal) is split when its first word is the last word of a person's full name proposed in the article
and the rest (an "'s" aside) is a name the article proposes alone as an organisation: the first word becomes
a person, the rest stays the organisation.
"""
from __future__ import annotations

from .given_names import given_names
from .lexicon import GAZETTEER_IDS
from .proposal import Proposal
from .tokens import TokenView

ORG = "organisations"
_PERSON = "people"
_POSS = frozenset(("'s", "’s", "'"))
_KEEP = GAZETTEER_IDS | {"honorific", "dateline"}


class FusedSurnames:
    """Splits "Surname Body" organisation proposals into a person and a body."""

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        L = v.lowers

        def key(s: int, e: int) -> tuple[str, ...]:
            return tuple(L[s:e - 1] if L[e - 1] in _POSS else L[s:e])

        surnames = {key(sp.s, sp.e)[-1] for sp in spans if sp.type == _PERSON and len(key(sp.s, sp.e)) >= 2}
        if not surnames:
            return spans
        bodies = {key(sp.s, sp.e) for sp in spans if sp.type == ORG}
        given = given_names()
        out: list[Proposal] = []
        changed = False
        for sp in spans:
            if sp.type in (ORG, _PERSON) and sp.src not in _KEEP and len(key(sp.s, sp.e)) >= 2 \
                    and L[sp.s] in surnames and v.texts[sp.s][:1].isupper() \
                    and key(sp.s + 1, sp.e) in bodies \
                    and not (sp.type == _PERSON and L[sp.s] in given):
                # a person's name that starts with a given name ("Bobby Scott" beside "Tim Scott"
                # and a model's organisation "Scott") is that person's, not "Bobby" + a body
                out.append(Proposal(sp.s, sp.s + 1, _PERSON, "fused_surname"))
                out.append(Proposal(sp.s + 1, sp.e, ORG, sp.src, sp.weak))
                changed = True
            else:
                out.append(sp)
        return out if changed else spans

"""“…” found by "the Superior Court ruling in San Diego, which found …": the place closing the
phrase is not what "which" stands for.

Why its own module: "which said/found" goes to the head of the relative clause, and the parser
hangs a relative clause after "NOUN in PLACE," on the place, the last word before the comma.
A place does not speak; the clause describes the whole phrase (the ruling, the report, the
meeting), so the quote came out as the place's ("San Diego"), a wrong speaker a reader sees at
once. When the antecedent is a place that is the object of a preposition completing a noun,
"which" stands for that noun ("the police department in Chicago, which" is the department).
"""
from __future__ import annotations

from spacy.tokens import Token

_PLACES = ("GPE", "LOC", "FAC")


def place_in_phrase(antecedent: Token) -> bool:
    """Is `antecedent` (the head a relative clause hangs on) a place named as the object of a
    preposition that completes a noun ("the ruling in San Diego")?"""
    if antecedent.ent_type_ not in _PLACES or antecedent.dep_ != "pobj":
        return False
    prep = antecedent.head
    return prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.ent_type_ not in _PLACES

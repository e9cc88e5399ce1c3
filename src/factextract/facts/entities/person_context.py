"""What one mention's own words say against a person (for person_check.py).

A name the model called a person with no person's evidence of its own is a company, a product or
a place when its mention reads like one: a company noun before it ("futures exchange Liffe",
"publishers Sega", "toy Tamagotchi"), a thing's or a place's noun after it ("its Encarta
encyclopaedia", "Luton airports", "Loch Lomond" aside, "the Tarn river"), "its" in its own
clause ("Acpo made its call"), or a place's preposition before it ("close to Bouira", "near
Tiaret"). Only used where no honorific, role, given name or age says person.
"""
from __future__ import annotations

import re

from ...nlp.resources import load_groups
from .corporate import COMPANY_NOUNS
from .lexicon import ORG_NOUNS_AFTER, PLACE_NOUNS_AFTER

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_TWO_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+([A-Za-z]+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([a-z][\w'’-]*)")
# a verb, then "its": "Acpo made its call", "Quillo posted its results"; not "X is its chairman"
# nor "X on its roster"
_ITS_AFTER = re.compile(r"^\s(?!(?:is|was|as|has|this|his)\s)(?:[a-z]+ed|[a-z]+s|made|cut|set|put|won|lost|paid|kept|sold|"
                        r"bought|saw|gave|took|began|held|unveiled)\sits\b")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")



class PersonContext:
    """Says "organisations" or "places" when a mention's own words make it no person's."""

    def __init__(self) -> None:
        words = load_groups("entities/person_edges.txt")
        self.thing_after = words["thing_after"]
        self.place_before = words["place_before"]
        self.company_before = COMPANY_NOUNS | words["company_before"]
        # "bring in X" brings a person in; "her debut in X", "starred in X" name a work
        self.phrasal = words["phrasal_in"] | load_groups("entities/place_evidence.txt")["not_place_before_in"]
        self.place_nouns = words["place_noun"]

    def against(self, text: str, s: int, e: int) -> str | None:
        after = text[e:e + 50].split("\n", 1)[0]
        m = _WORD_BEFORE.search(text, max(0, s - 30), s)
        before = m.group(1) if m else ""
        m2 = _WORD_AFTER.match(after)
        nxt = m2.group(1) if m2 else ""
        if before in self.company_before or nxt in ORG_NOUNS_AFTER or _ITS_AFTER.match(after):
            return "organisations"
        if nxt in PLACE_NOUNS_AFTER:
            return "places"
        if nxt in self.thing_after:
            return "organisations" if nxt in ("exchange", "index") else "drop"
        if _POSSESSIVE_AFTER.match(after):
            return None
        m3 = _TWO_BEFORE.search(text, max(0, s - 30), s)
        if before in self.place_before and not (m3 and m3.group(1).lower() in self.phrasal):
            return "places"   # "near Tiaret"; not "bring in Zajec", "her debut in X"
        if m3 and m3.group(2) == "to" and m3.group(1).lower() == "close":
            m4 = re.search(r"([A-Za-z]+)[ \t]+close[ \t]+to[ \t]+$", text[max(0, s - 40):s])
            if m4 and m4.group(1).lower() in self.place_nouns:
                return "places"   # "the towns close to Bouira", not "very close to Ted"
        return None

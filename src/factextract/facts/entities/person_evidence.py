"""Is a referent typed as an organisation or a place a person? The mirror of person_check.py.

The model types a name it has not seen by its letters, and club, table and headline rules
retype what is near scores and capitals: "Taylor Dent" after "victory over", "Finlay Calder"
in a rugby story, "Bernie Ebbers" in a business story come out as organisations or places. A
reader sees a person from either of two things: the name's shape (a given name first, then
capitalised words, and nothing that names a body or a place: no "Bank", "Park", no gazetteer
entry, never "the" before it) or what a mention has around it (an honorific "Mr", an age
", 45,", "his" or "her" in its own clause, a role noun such as "striker" right before it).
One such mention makes the whole referent a person, as one "Mr" does in honorifics.py.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .given_names import given_names
from .lexicon import AWARD_WORDS, ORG_NOUNS_AFTER, PERSON_BEFORE, PLACE_NOUNS_AFTER, Lexicon
from .corporate import COMPANY_NOUNS
from .person_check import PersonCheck
from .tokens import WORD_AFTER as _WORD_AFTER, WORD_BEFORE as _WORD_BEFORE
from .name_forms import fullest_form

# "retailer John Lewis": a company named like a person (an honorific elsewhere still makes a person)
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "baroness", "mr.", "mrs.", "ms.", "dr."}
_AGE_AFTER = re.compile(r"^,\s\d{2},")
# "Finlay Calder fears for his ...", "X said her ...": his or her in the mention's own clause
_PRONOUN_AFTER = re.compile(r"^(?:\s[a-z]+){0,4}\s(?:his|her|himself|herself)\b")
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$|^Mc[A-Z][a-z]+$|^Mac[A-Z][a-z]+$|^O['’][A-Z][a-z]+$")
# initials before a surname: "JP McManus", "A.E. Stoddart" (the first word of a name only)
_INITIALS_WORD = re.compile(r"^(?:[A-Z]\.?){1,3}$")
# role nouns that come before companies as often as before people ("market leader Vodafone")
_ROLES_OF_BODIES = {"leader", "producer", "member", "champion", "champions", "star", "boss", "chief", "veteran",
                    "newcomer", "player", "designer", "artist", "fellow"}


class PersonEvidence:
    """Says which organisation or place referents a reader would take for people."""

    def __init__(self, lex: Lexicon, check: PersonCheck) -> None:
        self.lex = lex
        self.check = check
        self.given = given_names()
        # "Scotland international Finlay Calder": a capped player, here where the name's shape
        # is checked too (before an award, "international Booker Prize", it is no cue)
        self.roles = (lex.person_roles | PERSON_BEFORE | {"international"}) - _ROLES_OF_BODIES

    def is_person(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        full = fullest_form(text, spans)   # never a set's order (name_forms.py)
        words = full.split()
        if self.check.known_by_one_name(full):
            return True   # "Morrissey said": a person by one name
        if full.lower() in self.lex.places or full.lower() in self.lex.bodies or self.check._by_shape(words) \
                or any(self._not_name_word(w.lower()) for w in words):
            return False
        if self._evidence(text, words, spans):
            return True
        if self._against(text, spans) or not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words):
            return False
        return words[0].lower() in self.given

    def _evidence(self, text: str, words: list[str], spans: Sequence[tuple[int, int]]) -> bool:
        """A mention with an honorific or an age ("Mr Ingram", "Ebbers, 63,"), or, for a name of
        two words or more, a role noun before it or his or her in its clause ("scrum-half Dwayne
        Peel", "Finlay Calder fears for his ...")."""
        for s, e in spans:
            m = _WORD_BEFORE.search(text, max(0, s - 30), s)
            before = m.group(1) if m else ""
            after = text[e:e + 60].split("\n", 1)[0]
            if before.lower() in _HONORIFICS and before[:1].isupper() or _AGE_AFTER.match(after):
                return True
            if len(words) >= 2 and not self._organisation_context(text, s, e) \
                    and (_PRONOUN_AFTER.match(after) or (before.islower() and before in self.roles)):
                return True
        return False

    def _against(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        return any(self._organisation_context(text, s, e) for s, e in spans)

    @staticmethod
    def _organisation_context(text: str, s: int, e: int) -> bool:
        """"the Tampa Bay", "Cubic Expression investment vehicle", "retailer John Lewis": a
        body's or a place's context (the company nouns are those corporate.py reads as cues)."""
        m = _WORD_BEFORE.search(text, max(0, s - 30), s)
        m2 = _WORD_AFTER.match(text[e:e + 40])
        return bool(m and (m.group(1) == "the" or m.group(1) in COMPANY_NOUNS)) or bool(
            m2 and m2.group(1).islower() and m2.group(1) in ORG_NOUNS_AFTER | PLACE_NOUNS_AFTER)

    def join_surnames(self, text: str, groups: list[dict]) -> list[dict]:
        """"Sundar Katwala" typed a place and "Mr Katwala" a person, or "Taylor Dent" an
        organisation and "Dent" a person: a full name whose last word is a lone-surname person of
        the same article is that person, all its mentions together (component.py's groups).
        Initials may stand for the given name ("JP McManus" and "Mr McManus") when a mention has a
        person's evidence (an honorific, an age, a role noun)."""
        lone = {next(iter(g["keys"])): g for g in groups
                if g["type"] == "people" and len(g["keys"]) == 1 and " " not in next(iter(g["keys"]))}
        if not lone:
            return groups
        gone = []
        for g in groups:
            if g["type"] == "people":
                continue
            full = max((text[s:e] for s, e in g["mentions"]), key=lambda n: (len(n.split()), len(n)))
            words = full.split()
            owner = lone.get(words[-1].lower()) if 2 <= len(words) <= 4 else None
            initials = _INITIALS_WORD.match(words[0]) is not None
            if owner is None or owner in gone or not all(_NAME_WORD.match(w) for w in words[initials:]) \
                    or not ((words[0].lower() in self.given and not initials)
                            or self._evidence(text, words, g["mentions"] + owner["mentions"])) \
                    or full.lower() in self.lex.places or full.lower() in self.lex.bodies \
                    or self.check._by_shape(words) or any(self._not_name_word(w.lower()) for w in words):
                continue
            g["type"], g["keys"] = "people", g["keys"] | owner["keys"]
            g["mentions"] = g["mentions"] + owner["mentions"]
            g["votes"] = Counter({"people": sum(g["votes"].values()) + sum(owner["votes"].values())})
            gone.append(owner)
        return [g for g in groups if not any(g is o for o in gone)]

    def _not_name_word(self, low: str) -> bool:
        """A role, a title, a nation's word, an award's or an event's word inside the name:
        "Labour MP", "Irish Lions", "Londoners West Ham", "Booker Prize" are no one's names."""
        return low in self.roles or low in self.lex.titles or low in self.lex.demonyms or low in AWARD_WORDS \
            or low in self.lex.event_heads \
            or (low.endswith("s") and low[:-1] in self.lex.demonyms)

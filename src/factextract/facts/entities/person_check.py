"""Is a referent the grouping typed "people" a person? Weighed over all its mentions.

The model types an unknown capitalised word by its letters, so clubs ("the Gunners"), leagues,
towns, products ("Xbox 2", "Spider-Man 2"), programmes ("Pop Idol") and words a sentence or a
headline capitalised ("League", "Mother") come out as people. A person has evidence a reader
sees: an honorific or a role noun before the name ("Mr", "striker", "actress"), a given name
first, a speech verb next to it, an age after it. What is not a person has other evidence:
"the" before the name, a name that ends in a word that names a place or an organisation, a
gazetteer entry, a sequel number after it, an acronym, or a word the text also writes in lower
case (a common noun) or that a dictionary knows as a common word and as no name (one word
alone). A referent is a person unless counter-evidence outweighs its evidence; then it takes the gazetteer's type, or the shape's, or it is no entity at all.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...nlp.resources import load_groups, load_wordlist
from .given_names import given_names
from .org_descriptions import OrgDescriptions
from .person_context import PersonContext
from .lexicon import (NOT_PERSON_END, ORG_SUFFIXES, PERSON_BEFORE, PLACE_NAME_HEADS, SPEECH_VERBS, Lexicon)
from .tokens import WORD_AFTER as _WORD_AFTER, written_in_lower_case
from .name_forms import fullest_form

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]*$")
_SEQUEL_AFTER = re.compile(r"^ [2-9](?![\d.,:/-]| ?[-–]|\w)")   # "Shrek 2", not "Smith 4-2" or "Jones 75"
_AGE_AFTER = re.compile(r"^,\s\d{2},")
_LIST_AFTER = re.compile(r"^\s\((?:[A-Z][\w.' -]*|\d{1,3})\)")   # "Coyne (Burnley)", "Rice (Foster 27)"
_APPOSITION = re.compile(r"^,\s(?:a|an|the|his|her|their)\s((?:[\w'’-]+\s?){1,5})")
_POSSESSOR = re.compile(r"^['’]s ([A-Z][a-z]+) [A-Z][\w'’-]+")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
# one word of a person's name as news writes it: "Kilroy-Silk", "McManus", "O'Neill"
NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+"
_NAME_SHAPE = re.compile(rf"^(?:{NAME_WORD}|[a-z]{{1,3}})$")   # or a particle: "de", "van", "bin"
_ACRONYM = re.compile(r"[A-Z]{2,}s?$")
# a model or version code: letters and digits in one word ("3080s", "A380", "BA.2"), or a
# number closing the name ("RTX 3080", "Windows 95"); "50 Cent", "Il Sole 24 Ore" and a name with a
# footnote number ("Shor.3", "Shor3") are no codes
_CODE_WORD = re.compile(r"^(?![A-Z][a-z]+[.]?\d{1,2}$)(?:[A-Z]+\.\d[\w.]*|[A-Za-z]+\d[\w.]*|\d+[A-Za-z][\w.]*)$")
_NUMBER_LAST = re.compile(r"^\d[\d.,]*$")
_SAY_AFTER = SPEECH_VERBS | {"say", "says", "claims", "believes", "thinks", "admits", "insists", "adds"}

DROP = "drop"
# a body's regional arm ("Lycos Europe"); a country's name ends people's names too ("Jools Holland")
_CONTINENTS = {"europe", "asia", "africa", "america", "americas", "australasia", "international", "uk"}


def _not_person_words() -> dict[str, str]:
    """patterns/entities/not_people.txt (and not_people_heads.txt): "type: word" lines, a word that as a name's last word
    says the name is no person's (type "drop": no entity either)."""
    return {word: etype for f in ("entities/not_people.txt", "entities/not_people_heads.txt")
            for etype, words in load_groups(f).items() for word in words}


class PersonCheck:
    """Keeps, retypes or drops a people referent, from the words around all its mentions."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.given = given_names()
        self.before_person = {t.lower() for t in lex.titles} | lex.person_roles | PERSON_BEFORE
        self.not_person = _not_person_words()
        self.common = load_wordlist("entities/common_words.txt")
        self.context = PersonContext()
        self.descriptions = OrgDescriptions()
        self.mononyms = {w.lower() for w in load_wordlist("entities/mononyms.txt")}

    def verdict(self, text: str, spans: Sequence[tuple[int, int]], listed_with: str | None = None,
                towns: bool = True) -> str | None:
        """None when the referent stays a person, else its type ("organisations", "places")
        or DROP. `listed_with`: the one type of the names its mentions are listed with
        (coordination.py), read like a mention's own context. `towns`: whether the towns list
        counts as a gazetteer (not in sports reports, where a town's name is mostly its club)."""
        names = {text[s:e] for s, e in spans}
        strong, medium, listed, context_against, reading = self._signals(text, spans, listed_with)
        full = fullest_form(text, spans)   # never a set's order (name_forms.py)
        if self.known_by_one_name(full):
            return None   # "Bono", "Mozart": a person the name alone tells
        words = full.split()
        if any(_CODE_WORD.match(w) for w in words) or (len(words) > 1 and _NUMBER_LAST.match(words[-1])):
            return self._gazetteer(full, towns) or DROP   # "RTX 3080s", "Omicron BA.2": a product's or a variant's code
        if not strong and self.descriptions.described(text, spans) \
                and not any(self._given_first(n.split()) for n in names):
            return "organisations"   # "auction house Artcurial", "X, a kamaboko store" (org_descriptions.py)
        words = full.split()
        shape = self._by_shape(words)
        # a given name first, in a name that is not shaped like a place's or a body's:
        # "Robert Kilroy-Silk" beside the mock "Robert Kilroy-Silk Party" keeps the person
        if any(self._given_first(n.split()) and not self._by_shape(n.split()) for n in names):
            return None
        if shape and (strong or medium) and self._given_first(words):
            return None   # "Mike Lake, a spokesman for ..."
        if shape and (shape != DROP or not strong or words[-1].lower() in self.not_person):
            return shape   # the listed words decide ("Premier League": "Premier" is no title there)
        if strong or (len(words) == 1 and full.lower() in self.lex.titles):
            return None   # "the Queen", "the Pope": a title that names its one holder
        if context_against:
            return self._gazetteer(full, towns) or DROP
        if reading and not medium and not listed and self._thing_shaped(words):
            return self._gazetteer(full, towns) or reading
        if medium:
            return None
        gaz = self._gazetteer(full, towns)
        if gaz:
            return gaz
        if len(words) > 1 and not listed and all(w.lower() in self.common for w in words):
            return DROP   # "Intellectual Property", "Tsunami Blog": common words, no one's name
        if len(words) == 1 and not listed:
            if full.lower() in self.common:
                return DROP   # "Symbolically", "Housewives": a common word with no person's evidence
            if (_ACRONYM.match(full) and self._in_running_text(text, spans)) or written_in_lower_case(text, full):
                return DROP
        return None

    def _signals(self, text: str, spans: Sequence[tuple[int, int]], listed_with: str | None = None):
        """(strong, medium, listed, context_against, reading) over all the mentions."""
        strong = medium = listed = False
        context_against = False
        reading = listed_with   # "organisations", "places" or DROP: a mention that reads as a thing's (person_context.py)
        for s, e in spans:
            reading = reading or self.context.against(text, s, e)
            m = _WORD_BEFORE.search(text, max(0, s - 30), s)
            before = m.group(1) if m else ""
            after_text = text[e:e + 40]
            m = _WORD_AFTER.match(after_text)
            after = m.group(1).lower() if m else ""
            low_before = before.lower()
            if low_before in self.before_person and (before.islower() or low_before in self.lex.titles):
                strong = True
            if low_before in SPEECH_VERBS or after in _SAY_AFTER or _AGE_AFTER.match(after_text):
                medium = True
            if self._role_after(after_text):
                strong = True
            if _LIST_AFTER.match(after_text):
                listed = True
            if low_before == "the" or _SEQUEL_AFTER.match(after_text) or self._owns_a_person(after_text):
                context_against = True
        return strong, medium, listed, context_against, reading

    def _thing_shaped(self, words: list[str]) -> bool:
        """One word, a common word inside, or a word not written like a name ("TiVo", "DVR"):
        a name its context may retype; "Carlos Moya" is a person's whatever surrounds it."""
        return len(words) == 1 or any(w.lower() in self.common or not _NAME_SHAPE.match(w) for w in words)

    def weak(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """A person kept with no evidence of its own: one word, or words one of which is a common
        word ("Jet Star"), and no honorific, role, speech verb, age, line-up, given name or
        initials first (warned about in the record)."""
        full = max((text[s:e] for s, e in spans), key=lambda n: (len(n.split()), len(n))).split()
        if self.known_by_one_name(" ".join(full)):
            return False
        # a name of two words or more is shaped like a person's unless one word is a common word
        if len(full) > 1 and not any(w.lower() in self.common for w in full):
            return False
        strong, medium, listed, _, _ = self._signals(text, spans)
        return not (strong or medium or listed) and not any(self._given_first(text[s:e].split()) for s, e in spans)

    def known_by_one_name(self, name: str) -> bool:
        """A person news names by one word (patterns/entities/mononyms.txt)."""
        return name.lower() in self.mononyms

    def strong_evidence(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """A role noun or honorific before a mention, or a role in its apposition."""
        return self._signals(text, spans)[0]

    def given_first(self, words: list[str]) -> bool:
        """Public face of _given_first: a given name or initials before the last word."""
        return self._given_first(words)

    def _role_after(self, after: str) -> bool:
        """", a spokesman for ...", ", the club's captain": a role noun in the apposition."""
        m = _APPOSITION.match(after)
        return bool(m) and any(w.lower() in self.before_person for w in m.group(1).split())

    @staticmethod
    def _in_running_text(text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """Capitals mean an acronym only in a line that has lower case too: a headline or a
        wire in capitals ("JOHNSON WINS") writes names the same way."""
        for s, e in spans:
            start = text.rfind("\n", 0, s) + 1
            end = text.find("\n", e)
            if any(ch.islower() for ch in text[start:end if end >= 0 else len(text)]):
                return True
        return False

    def _owns_a_person(self, after: str) -> bool:
        """"Parma's Sebastien Frey", "Gloucester's Andy Gomarsall": a club or a place whose
        person follows, not a person."""
        m = _POSSESSOR.match(after)
        return bool(m) and m.group(1).lower() in self.given

    def _given_first(self, words: list[str]) -> bool:
        """A given name, or initials with their stops, before the last word ("Tony Blair",
        "Rt Rev Michael Scott-Joynt", "S. Waugh", "J.R.R. Tolkien")."""
        return len(words) >= 2 and any((w.lower() in self.given or _INITIALS.match(w)) and w[:1].isupper()
                                       for w in words[:-1])

    def _by_shape(self, words: list[str]) -> str | None:
        """A name whose last word names a place or an organisation ("Johnny Carson Theater",
        "Labour Party", "Preston North End")."""
        last = words[-1].lower().strip(".,")
        if last in self.not_person:
            return self.not_person[last]
        if len(words) < 2:
            return None
        if last in ORG_SUFFIXES:
            return "organisations"
        if last in PLACE_NAME_HEADS:
            return "places"
        if last in NOT_PERSON_END:
            return DROP
        if last in _CONTINENTS and words[0].lower() not in self.given and not _INITIALS.match(words[0]):
            return "organisations"   # "Lycos Europe", "Amnesty UK"; not "Jools Holland", "Jason Scotland"
        return None

    def _gazetteer(self, name: str, towns: bool = True) -> str | None:
        low = name.lower()
        if low in self.lex.places or (towns and low in self.lex.towns):
            return "places"
        if low in self.lex.bodies:
            return "organisations"
        return None

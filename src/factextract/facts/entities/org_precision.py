"""What a careful reader would not list as an organisation, though the model did.

Two mechanisms the study set shows most often after works and products:

- a sentence's first word capitalised only because it starts the sentence is fused to the name
  after it ("But Democrats", "Past Congressional Budget Office", "Five Bank of America"), or
  stands alone as a one-word "organisation" ("Controversial new casinos", "At 3-0 we ...",
  "Mystery firm Baikal ..."), or modifies a demonym ("Banned American sprinter X");
- a person's name the model typed as an organisation although an apposition says who the person
  is ("Rinat Akhmetov, the country's richest man", "Maeve Sherlock, chief executive of ...").

The words are data (patterns/entities/org_precision.txt, plus person_roles.txt); the checks
read only the proposal's own first token, the token after it, or the few characters after a
mention, so they cost next to nothing.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...nlp.resources import load_groups, load_wordlist
from .corporate import COMPANY_NOUNS as _COMPANY_NOUNS
from .exclusions import _at_start
from .lexicon import GAZETTEER_IDS, ORG_NOUNS_AFTER, ORG_SUFFIXES
from .proposal import Proposal
from .tokens import WORD_BEFORE as _WORD_BEFORE, TokenView, capitalised

ORG = "organisations"
# parts of speech a name's lone word never has: "Controversial", "At", "Meanwhile"
_NOT_NAME_POS = {"ADJ", "ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART", "NUM"}
# a sentence's first word that modifies a demonym after it ("Banned American sprinter")
_MODIFIER_TAGS = frozenset(("JJ", "JJR", "JJS", "VBN", "VBD", "RB"))
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")


def _words() -> dict[str, frozenset[str]]:
    return load_groups("entities/org_precision.txt")


class OrgLeads:
    """Takes a sentence's capitalised first word off an organisation's front, or drops a lone
    one (a step of candidates.py, run after exclusions)."""

    def __init__(self) -> None:
        self.lead = _words()["lead"]
        self.common = load_wordlist("entities/common_words.txt")
        self.demonyms = {w.lower() for w in load_wordlist("entities/demonyms.txt")}
        self.parties = load_groups("entities/political_bodies.txt")["party"]   # "Liberal Democrat"

    def apply(self, v: TokenView, spans: list[Proposal], headline: list[bool]) -> list[Proposal]:
        T, lowers = v.toks, v.lowers
        keep = []
        for sp in spans:
            if sp.type == "places" or sp.src in GAZETTEER_IDS or not _at_start(v, sp.s, headline):
                keep.append(sp)
                continue
            low = lowers[sp.s]
            if self._modified_demonym(v, sp):
                sp.s += 1        # "Banned American sprinter X": a demonym alone, dropped when cleaned
            elif sp.type == ORG and sp.e - sp.s >= 2 and low in self.lead and capitalised(T[sp.s + 1].text):
                sp.s += 1        # "But Democrats" -> "Democrats"
            elif sp.type == ORG and sp.e - sp.s == 1 and (sp.src == "model" or low in self.lead) \
                    and self._lone_common(v, sp.s):
                continue         # "Controversial", "Mystery firm X", a score rule's '"At 3-0'"
            keep.append(sp)
        return keep

    def _modified_demonym(self, v: TokenView, sp: Proposal) -> bool:
        """A sentence's first word modifying a demonym before a lower-case noun: "Banned American
        sprinter", "Veteran Welsh forward" are no name ("Anglo American said" is)."""
        T = v.toks
        first = T[sp.s].tag_ in _MODIFIER_TAGS or v.lowers[sp.s] in self.common   # "Legendary" may be NNP
        return sp.e - sp.s == 2 and v.lowers[sp.s + 1] in self.demonyms and first and sp.e < len(T) and T[sp.e].is_lower and " ".join(v.lowers[sp.s:sp.e]) not in self.parties

    def _lone_common(self, v: TokenView, i: int) -> bool:
        """A common word, capitalised here only as a sentence's first word, that reads as no
        name: not a noun ("Controversial", "At"), or a noun before a company noun and a name
        ("Mystery firm Baikal")."""
        T, low = v.toks, v.lowers[i]
        if low not in self.common and low not in self.lead:
            return False
        if T[i].pos_ in _NOT_NAME_POS:
            return True
        if low in self.lead and i + 1 < len(T) and T[i + 1].pos_ not in ("VERB", "AUX"):
            return True   # '"At 3-0 we ...', never "Next said sales rose"
        nxt = i + 1
        return nxt + 1 < len(T) and T[nxt].is_lower and v.lowers[nxt] in _COMPANY_NOUNS \
            and capitalised(T[nxt + 1].text)


_WORD_AFTER = re.compile(r"^(['’]s?|[ \t]*[A-Za-z][\w-]*)")


class PersonAppositions:
    """Says a referent typed as an organisation is a person when one of its mentions has a
    person's apposition after it ("X, the country's richest man", "X, chief executive of Y")."""

    def __init__(self, person_roles: set[str]) -> None:
        nouns = set(person_roles) | set(_words()["person"])
        alt = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
        # ", (the|a|an)? up to three words (possessives, adjectives) ROLE" and then "of", "at",
        # a comma, a full stop or the end of the line: the role's own noun phrase ends there
        self.after = re.compile(
            rf"^,[ \t]+(?:(?:the|a|an|its|his|her)[ \t]+)?(?:[\w'’-]+[ \t]+){{0,3}}?(?:{alt})"
            rf"(?=[ \t]+(?:of|at|for|with|in)\b|[,.;]|$)", re.IGNORECASE)

    def is_person(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        full = max((text[s:e] for s, e in spans), key=lambda n: (len(n.split()), len(n)))
        words = full.split()
        if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
            return False
        if any(w.lower() in ORG_SUFFIXES or w.lower() in ORG_NOUNS_AFTER for w in words):
            return False
        if any(self._body_before(text, s) for s, _ in spans):
            return False   # "investment firm Grant Samuel, the independent expert"
        for s, e in spans:
            after = text[e:e + 80].split("\n", 1)[0]
            m = self.after.match(after)
            if m and m.group(0)[1:].strip().split()[0].islower():
                return True
        return False

    @staticmethod
    def _body_before(text: str, s: int) -> bool:
        m = _WORD_BEFORE.search(text, max(0, s - 30), s)
        return bool(m and (m.group(1) == "the" or m.group(1) in _COMPANY_NOUNS))


class WeakOrganisations:
    """Names an organisation kept on the model's word alone, for the record's warnings: one
    mention, one common English word ("Rings", "Tribute", "Edge"), none of them after a company
    noun ("firm X"), before a possessive or a body's word ("X's", "X spokesman"), and no
    gazetteer knows it. Companies named by common words ("Shell", "Orange") with no such cue in
    the article are named too: the reader is told to check them, nothing is dropped."""

    def __init__(self, bodies: set[str], person_roles: set[str]) -> None:
        self.common = load_wordlist("entities/common_words.txt")
        self.bodies = bodies | _words()["body"]
        self.roles = person_roles   # "X spokesman", "X chief"

    def weak(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        names = {text[s:e] for s, e in spans}
        if len(spans) != 1:   # a name the article keeps using ("Arsenal", "Google") is seldom a stray word
            return False
        if any(" " in n or "-" in n or n.isupper() or n.lower() not in self.common or n.lower() in self.bodies
               for n in names):
            return False
        for s, e in spans:
            m = _WORD_BEFORE.search(text, max(0, s - 30), s)
            if m and m.group(1) in _COMPANY_NOUNS:
                return False
            after = _WORD_AFTER.match(text[e:e + 30])
            word = after.group(1).strip() if after else ""
            if word[:1] in ("'", "’") or word.lower() in ORG_NOUNS_AFTER or word.lower() in self.roles:
                return False
        return True

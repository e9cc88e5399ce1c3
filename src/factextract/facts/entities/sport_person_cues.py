"""Organisations of a sports report that a reader takes for people from what is written beside them.

In sports copy the model types many player and coach names as organisations, and often the
article gives no other form of the name to join them to (org_person_names.py does that when it
does): "Juninho deserves respect", "Federer admitted", "sister Venus", "Souness's side".
person_evidence.py reads honorifics, ages, "his"/"her" and roles before names of two words or
more; a lone surname has only this stronger, specific evidence, any one mention of which makes
the whole referent a person:
- the subject of a verb of a person's own voice ("X admitted", "X countered:", "insisted X"),
  or "said"/"says" with the name right next to it and a quote or a colon on that side
  ("X said:", '"...," said X.'); a club speaks only "in a statement", never with those;
- a noun right before the name that only a person has ("sister Venus", "striker Robben",
  "team-mate Gerrard"): a club comes after "champions", "leaders", "rivals", never "striker";
- a noun after the name's possessive that only a person has ("Souness's side" is not one:
  a club's side too; "Robben's foot", "X's wife", "Diop's superb 25-yard header");
- an age after it (", 23,"), the name's apposition with a sports role (", the Celtic striker"),
  or a passive "named" with one ("X was named player of the year", "X, named coach of the century");
- a list of people only that it stands in ("Phil Vickery and Hill", coordination.py).
Sports reports only; a name on the clubs list, a gazetteer's body or place, an acronym, or a
name with a body's word in it is never retyped. The words are data
(patterns/entities/sport_person_cues.txt, sport_roles.txt).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...nlp.resources import load_groups, load_wordlist
from .person_check import NAME_WORD
from .sport_clubs import club_names

_NAME_WORD = re.compile(rf"^(?:{NAME_WORD})$")
_WORD_BEFORE = re.compile(r"(?:^|[\s\"“‘(])([A-Za-z][\w'’-]*)[ \t]+$")
_AGE_AFTER = re.compile(r"^,[ \t]\d{2},")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
# a name of two words or more right after a place's preposition is likely a place fused onto the
# subject ("speaking in Lisbon Federer admitted"): retyped, it would take over the person's name
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|into)[ \t]+$")
# the inverted subject ends its clause: '"...," said X.', not '"...," said X chairman Y'
_CLAUSE_END = re.compile(r"^(?:[ \t]*$|[.,;:!?])")
# the subject of a modal or auxiliary whose clause has his or her: "X could reconsider his future",
# "X has had her best season" (a club's clause has "its" or "their"); not "X will be his destination"
_OWN_PRONOUN = re.compile(r"^[ \t]+(?:could|would|will|should|may|might|must|can|has|had|is|was)[ \t]+"
                          r"(?!be\b|been\b)(?:[a-z]+[ \t]+){0,2}?(?:his|her|himself|herself)\b")


class SportPersonCues:
    """Says an organisation referent of a sports report is a person, from one mention's cue."""

    def __init__(self, known: frozenset[str] | set[str]) -> None:
        words = load_groups("entities/sport_person_cues.txt")
        self.speak = words["speak"]
        self.roles = words["role"]
        self.owned = words["owned"]
        self.known = known   # lower-cased names (Lexicon.named)
        self.clubs = club_names()
        self.body_words = load_wordlist("entities/body_name_words.txt")   # "Team GB", "World Indoor"
        sport_roles = {w.lower() for w in load_wordlist("entities/sport_roles.txt")}
        roles = "|".join(sorted((re.escape(w) for w in sport_roles | self.roles), key=len, reverse=True))
        # ", the Celtic striker", ", the former Bolton coach": up to three words, then the role
        self.apposition = re.compile(rf"^,[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?:{roles})\b(?![-'’])")
        # "X was named player of the year", "X, named coach of the century": passive only ("Valencia
        # named coach Y" is the club naming someone)
        self.named = re.compile(rf"^(?:,|[ \t]+(?:was|has been|had been|is))[ \t]+named[ \t]+(?:as[ \t]+)?"
                                rf"(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){{0,2}}?(?:player|{roles})\b(?![-'’])")
        owned = "|".join(sorted((re.escape(w) for w in self.owned), key=len, reverse=True))
        # "X's wife", "X's hamstring", "X's superb 25-yard header": two words at most between
        self.possessed = re.compile(rf"^['’]s?[ \t]+(?:[a-z0-9][\w-]*[ \t]+){{0,2}}?(?:{owned})\b(?![-'’])")
        speak = "|".join(sorted((re.escape(w) for w in self.speak), key=len, reverse=True))
        say = "|".join(sorted(re.escape(w) for w in words["say"]))
        self.speaks_after = re.compile(rf"^[ \t]+(?:(?:{speak})\b|(?:{say})[ \t]*[:,]?[ \t]*[\"“'‘:])")
        # '"...," said X', '"...!" insisted X': the inverted subject right after a quote's end
        self.said_before = re.compile(r"[,!?\"”'’][ \t]*(?:said|says|added|insisted|admitted|explained|countered)[ \t]+$")

    def is_person(self, text: str, spans: Sequence[tuple[int, int]], listed_with_people: bool = False) -> bool:
        """A name shaped like a person's, no club's or body's, with one mention a cue marks, or
        listed with people only (coordination.py: "Phil Vickery and Hill")."""
        names = {text[s:e] for s, e in spans}
        if not names or any(not self._name_shaped(n) for n in names):
            return False
        if any(_THE_BEFORE.search(text, max(0, s - 5), s) for s, _ in spans):
            return False   # "The Independent, Wenger ...": a body's "the"
        if any(" " in text[s:e].strip() and _PLACE_BEFORE.search(text, max(0, s - 8), s) for s, e in spans):
            return False   # "in Lisbon Federer admitted": a place fused onto the subject
        return listed_with_people or any(self._cue(text, s, e) for s, e in spans)

    def _name_shaped(self, name: str) -> bool:
        words = name.split()
        low = name.lower()
        if not 1 <= len(words) <= 3 or low in self.clubs or low in self.known:
            return False
        return all(_NAME_WORD.match(w) and w.lower() not in self.body_words for w in words)

    def _cue(self, text: str, s: int, e: int) -> bool:
        after = text[e:e + 80].split("\n", 1)[0]
        before = text[max(0, s - 40):s].rsplit("\n", 1)[-1]
        if _AGE_AFTER.match(after) or self.apposition.match(after) or self.possessed.match(after) \
                or self.named.match(after):
            return True
        if self.speaks_after.match(after) or _OWN_PRONOUN.match(after):
            return True
        if self.said_before.search(before) and _CLAUSE_END.match(after):
            return True   # '"...," said Segas chairman X' is the chairman's
        m = _WORD_BEFORE.search(before)
        return bool(m and m.group(1).islower() and m.group(1) in self.roles)

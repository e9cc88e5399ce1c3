"""The word lists and gazetteer tables the entity rules consult, loaded once.

They are data under patterns/entities/ (read through nlp.resources); this module only gives
them the shapes the rules look them up in, so no rule reads a file itself.
"""
from __future__ import annotations

from ...nlp.resources import jsonl_files, load_groups, load_jsonl, load_wordlist

LABEL_TYPES = {"PERSON": "people", "ORG": "organisations", "GPE": "places", "LOC": "places", "FAC": "places"}
GAZETTEER_IDS = {"country", "city", "region", "body", "venue"}


def _cue_words() -> dict[str, frozenset[str]]:
    return load_groups("entities/cue_words.txt")


_CUES = _cue_words()
MONTHS = _CUES["months"]
ORG_NOUNS_AFTER = _CUES["org_after"]
ORG_NOUNS_BEFORE = _CUES["org_before"]
PLACE_NAME_HEADS = _CUES["place_name_head"]
PLACE_NOUNS_AFTER = _CUES["place_after"]
PLACE_NOUNS_OF = _CUES["place_of"]
PLACE_HEADS = _CUES["acronym_place_head"]
ORG_HEADS = _CUES["acronym_org_head"]
SPEECH_VERBS = _CUES["speech_verb"]
NAME_PARTICLES = _CUES["name_particle"]
ORG_SUFFIXES = _CUES["org_suffix"]
WORK_BEFORE = _CUES["work_before"]
WORK_AFTER = _CUES["work_after"]
PERSON_BEFORE = _CUES["person_before"]
ORG_POSSESSED = _CUES["org_possessed"]
PARTY_MEMBERS = _CUES["party_member"]
NOT_PERSON_END = _CUES["not_person_end"]
WORK_CATEGORY_HEADS = _CUES["work_category_head"]
WORK_POSSESSED = _CUES["work_possessed"]
AWARD_WORDS = _CUES["award_word"]
WORK_SENTENCE_NOUNS = _CUES["work_sentence_noun"]
TITLE_FUNCTION_WORDS = _CUES["title_function_word"]


class Lexicon:
    """Roles, titles, sports words, club cues, event heads and the gazetteers' names, as sets."""

    def __init__(self) -> None:
        self.person_roles = {w.lower() for w in load_wordlist("entities/person_roles.txt")}
        # never names by themselves: not propagated
        self.skip = {w.lower() for f in ("demonyms", "not_entities") for w in load_wordlist(f"entities/{f}.txt")}
        self.demonyms = {w.lower() for w in load_wordlist("entities/demonyms.txt")}
        # UK and Irish towns, counties and boroughs: places for a no-evidence "person" and for
        # place_support, never ruler patterns (clubs, surnames)
        self.towns = {w.lower() for f in ("towns", "towns_more") for w in load_wordlist(f"entities/{f}.txt")}
        # words of sports reports by how much they say (sport_reports.py): sport, leaning, everyday
        self.sport_tiers = load_groups("entities/sports_words.txt")
        self.club_cues: dict[tuple[str, bool], set[str]] = {}
        for row in load_wordlist("entities/club_cues.txt"):
            where, _, word = row.partition(":")
            strong = word.startswith("strong:")
            self.club_cues.setdefault((where, strong), set()).add(word.removeprefix("strong:").lower())
        self.event_heads = {w.lower() for w in load_wordlist("entities/event_heads.txt")}
        self.titles: set[str] = set()
        self.gaz_forms: dict[str, set[str]] = {}
        self.countries: set[str] = set()
        self.cities: frozenset[str] = frozenset()   # the cities gazetteer alone ("Munich", not "North America")
        cities: set[str] = set()
        self.places: set[str] = set()
        self.bodies: set[str] = set()
        for path in jsonl_files("entities"):
            for row in load_jsonl(path):
                pat = row.get("pattern")
                if isinstance(pat, str):
                    self.gaz_forms.setdefault(pat.lower(), set()).add(pat)
                    if row.get("id") == "country":
                        self.countries.add(pat.lower())
                    elif row.get("id") == "city":
                        cities.add(pat.lower())
                    if row.get("label") in ("GPE", "LOC", "FAC"):
                        self.places.add(pat.lower())
                    elif row.get("label") == "ORG":
                        self.bodies.add(pat.lower())
                elif row.get("id") == "person_title":
                    self.titles |= set(pat[0]["LOWER"]["IN"])
        self.cities = frozenset(cities)
        # every gazetteer body, place and country (lower-cased, as all the sets above): a name a
        # gazetteer knows whole, which no sport cue retypes and no person absorbs
        self.named = frozenset(self.bodies | self.places | self.countries)

"""Organisations that are a person of the article under another form of the name, joined to the person.

In sports copy the model types many player and coach names as organisations (they stand where
clubs stand: "a finish from Giannakopoulos", "sign Juninho"). Two forms recur where the article
itself says who is meant, because the same person is also named as a person:
- a given name alone ("Benitez said: 'It was difficult for Jerzy'", "Carlton will be out") of
  exactly one person of the article whose full name starts with it ("Jerzy Dudek");
- a full name typed organisation whose short form is the person ("from Shola Ameobi's cross"
  beside "Ameobi ... scored"; "El Guerrouj's record" beside "Hicham El Guerrouj"; "Cobus Visagie"
  beside the team list's "C Visagie").
The organisation group joins that person's group (component.py) when exactly one person fits.
Sports reports only: there names of people stand where clubs stand; a business report's
"Morgan Stanley" beside a "Stanley" is not to be risked.
A name on the clubs list, a known body or place (the gazetteers) never joins: "Preston" is the
club even in an article that names "Preston North End" players.
"""
from __future__ import annotations

from collections.abc import Sequence

from ...nlp.resources import load_wordlist
from .sport_clubs import club_names



class OrgPersonNames:
    """Joins organisation groups that are a person's given name or full name to that person."""

    def __init__(self, known: frozenset[str] | set[str]) -> None:
        self.known = known   # lower-cased names (Lexicon.named)
        self.clubs = club_names()
        self.body_words = load_wordlist("entities/body_name_words.txt")   # never a person's name

    def join(self, groups: list[dict]) -> list[dict]:
        """`groups` with every organisation that is a person's other name folded into the person."""
        people = [g for g in groups if g["type"] == "people"]
        if not people:
            return groups
        gone: list[dict] = []
        for g in groups:
            if g["type"] != "organisations" or not g["keys"]:
                continue
            if any(k in self.clubs or k in self.known or set(k.split()) & self.body_words for k in g["keys"]):
                continue
            owners = [p for p in people if self._owns(p["keys"], g["keys"])]
            if len(owners) != 1:
                continue
            owner = owners[0]
            owner["keys"] = owner["keys"] | g["keys"]
            owner["mentions"] = owner["mentions"] + g["mentions"]
            gone.append(g)
        return [g for g in groups if not any(g is x for x in gone)]

    def _owns(self, person_keys: Sequence[str] | set[str], org_keys: set[str]) -> bool:
        """Every name of the organisation is a given name, or a fuller or shorter form, of the person,
        and no full name of the person contradicts it ("Thaliand Hingis", a place fused onto the
        surname, is not "Martina Hingis" though both end in her "Hingis")."""
        return all(any(self._same(k.split(), p.split()) for p in person_keys)
                   and not any(self._other_full_name(k.split(), p.split()) for p in person_keys)
                   for k in org_keys)

    @staticmethod
    def _other_full_name(org: list[str], person: list[str]) -> bool:
        """Two full names of as many words, the same surname, other words before it."""
        return len(org) >= 2 and len(person) == len(org) and org[-1] == person[-1] \
            and not all(a == b or (len(b) == 1 and a.startswith(b)) for a, b in zip(org[:-1], person[:-1]))

    def _same(self, org: list[str], person: list[str]) -> bool:
        if org == person:
            return True
        if len(org) == 1:
            # a given name alone: the first word of a full name of two or more words
            return len(person) >= 2 and person[0] == org[0] and len(org[0]) > 1
        if len(org) > 3:
            return False
        # "el guerrouj" of "hicham el guerrouj": the surname of several words
        if len(person) > len(org) and person[-len(org):] == org:
            return True
        # "shola ameobi" of "ameobi"; "cobus visagie" of "c visagie": the same surname, and
        # one word before it (its initial, when the person has one)
        if org[-1] != person[-1]:
            return False
        if len(person) == 1:
            return len(org) == 2
        return len(person) == 2 and len(person[0]) == 1 and org[0].startswith(person[0]) and len(org) == 2

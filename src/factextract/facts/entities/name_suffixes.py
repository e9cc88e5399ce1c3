"""One person under two spellings of the same name, in one article, joined.

- a surname of two words or a hyphen alone ("Lo Cicero", "Lewis-Francis", "Van Commenee",
  "Mr Baez Silva") is the person whose full name ends with it ("Andrea Lo Cicero"): component.py
  joins a one-word surname to its person, but a surname of several words has spaces in its key
  (hyphens fold to spaces) and so was left as a second person;
- an initial for the given name ("F Pelous" in a team list, "Fabien Pelous" in the text), a
  short form of it ("Dave Collins", "David Collins"; patterns/entities/given_name_forms.txt) or
  a middle initial left out ("George W Bush", "George Bush") is the same person.

Each joins only when exactly one other person of the article fits.
"""
from __future__ import annotations

from collections import Counter

from ...nlp.resources import load_wordlist


def _forms() -> dict[str, set[str]]:
    """Given name -> the given names it may be written as (both ways)."""
    forms: dict[str, set[str]] = {}
    for row in load_wordlist("entities/given_name_forms.txt"):
        short, _, full = (w.strip().lower() for w in row.partition(":"))
        forms.setdefault(short, set()).add(full)
        forms.setdefault(full, set()).add(short)
    return forms


class NameSuffixes:
    """Joins people groups that are another person's name written another way (component.py groups)."""

    def __init__(self) -> None:
        self.forms = _forms()

    def join(self, groups: list[dict]) -> list[dict]:
        people = [g for g in groups if g["type"] == "people"]
        gone: list[dict] = []
        for g in people:
            words = max((k.split() for k in g["keys"]), key=len)
            if len(words) < 2:
                continue
            owners = [h for h in people if h is not g and not any(h is x for x in gone)
                      and any(self._same(words, k.split()) for k in h["keys"])]
            if len(owners) != 1 or any(o is g for o in gone):
                continue
            owner = owners[0]
            owner["keys"] = owner["keys"] | g["keys"]
            owner["mentions"] = owner["mentions"] + g["mentions"]
            owner["votes"] = owner["votes"] + Counter({"people": sum(g["votes"].values())})
            gone.append(g)
        return [g for g in groups if not any(g is x for x in gone)]

    def _same(self, words: list[str], other: list[str]) -> bool:
        """`words` is `other` written shorter: its tail, an initial or short form first, or
        without a middle initial."""
        if len(other) > len(words) and other[-len(words):] == words:
            return True
        if len(words) != 2 or len(other) < 2 or words[-1] != other[-1] or words == other:
            return False
        first, their = words[0], other[0]
        if len(other) == 2 and len(first) == 1 and len(their) > 1 and their.startswith(first):
            return True   # "f pelous" of "fabien pelous"
        if len(other) == 2 and their in self.forms.get(first, ()):
            return True   # "dave collins" of "david collins"
        return len(other) == 3 and first == their and len(other[1]) == 1   # "george bush" of "george w bush"

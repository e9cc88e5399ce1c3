"""A woman's honorific never joins a man's full name, nor a man's a woman's.

component.py joins a lone surname, with or without an honorific, to the person whose full name
ends with it. In an article about "Michael Howard" and "his wife, Sandra", "Mrs Howard" is
not Michael Howard: a female honorific (Mrs, Ms, Miss, Lady, Baroness, Dame, Congresswoman) never joins a
person whose given name is a man's (patterns/entities/male_given_names.txt) or who is called
Mr, Sir or Lord elsewhere in the article, and the other way round. Such a mention joins the
person of the same surname and the right sex ("Sandra Howard"), else the woman the article names
by her given name as a relative ("his wife, Sandra"), else stands alone.
"""
from __future__ import annotations

import re

from ...nlp.resources import load_wordlist

_FEMALE = {"mrs", "ms", "miss", "lady", "baroness", "dame", "congresswoman", "assemblywoman", "councilwoman"}
_MALE = {"mr", "sir", "lord", "congressman", "assemblyman", "councilman"}
# the honorific that ends the text right before a mention ("Mrs ", "Mr. "), capitalised
_BEFORE = re.compile(r"\b(" + "|".join(sorted(w.capitalize() for w in _FEMALE | _MALE)) + r")\.?\s+$")
# "his wife, Sandra", "her husband Denis": a relative named by given name alone
_RELATIVE_SEX = {"wife": "f", "widow": "f", "husband": "m", "widower": "m"}
_RELATIVE = re.compile(r"\b(" + "|".join(_RELATIVE_SEX) + r")\s*,?\s+$", re.I)


class HonorificGender:
    """The sex an article gives its people (honorifics, given names), and joins that respect it."""

    def __init__(self) -> None:
        self.female = load_wordlist("entities/female_given_names.txt")
        self.male = load_wordlist("entities/male_given_names.txt")

    @staticmethod
    def of_mention(text: str, start: int) -> str | None:
        """"f" or "m" for a mention right after a gendered honorific, else None."""
        m = _BEFORE.search(text, max(0, start - 16), start)
        if m is None:
            return None
        word = m.group(1).lower()
        return "f" if word in _FEMALE else "m" if word in _MALE else None

    def of_group(self, text: str, group: dict) -> set[str]:
        """Every sex the group's mentions' honorifics and full names' given names say."""
        sexes = {self.of_mention(text, s) for s, _ in group["mentions"]}
        for key in group["keys"]:
            words = key.split()
            if len(words) >= 2:
                sexes.add("f" if words[0] in self.female else "m" if words[0] in self.male else None)
        sexes.discard(None)
        return sexes

    def fits(self, text: str, group: dict, sex: str | None) -> bool:
        """False when the group is surely of the other sex than the mention's honorific says."""
        return sex is None or ({"f", "m"} - {sex}).isdisjoint(self.of_group(text, group))

    def relative(self, text: str, groups: list[dict], sex: str) -> dict | None:
        """The one person named by a given name alone as someone's wife (or husband): "his
        wife, Sandra" is the article's "Mrs Howard"."""
        found = []
        for g in groups:
            if g["type"] != "people" or len(g["keys"]) != 1:
                continue
            key = next(iter(g["keys"]))
            if " " in key or key not in (self.female if sex == "f" else self.male):
                continue
            if any((m := _RELATIVE.search(text, max(0, s - 20), s)) and _RELATIVE_SEX[m.group(1).lower()] == sex
                   for s, _ in g["mentions"]):
                found.append(g)
        return found[0] if len(found) == 1 else None

    def join_relatives(self, text: str, groups: list[dict], diverted: list[tuple[dict, str]]) -> list[dict]:
        """A "Mrs Howard" kept apart from "Michael Howard" and still alone joins "his wife,
        Sandra" even when the wife is named after "Mrs Howard" is (component.py's groups)."""
        gone: list[dict] = []
        for g, sex in diverted:
            if any(g is o for o in gone) or any(" " in k for k in g["keys"]) or len(g["keys"]) != 1:
                continue
            rel = self.relative(text, groups, sex)
            if rel is None or rel is g:
                continue
            s, e = min(rel["mentions"])
            rel["name"] = text[s:e]   # "Sandra", not "Howard": the surname is her husband's name too
            rel["keys"] |= g["keys"]
            rel["mentions"] = rel["mentions"] + g["mentions"]
            rel["votes"] = rel["votes"] + g["votes"]
            gone.append(g)
        return [g for g in groups if not any(g is o for o in gone)]

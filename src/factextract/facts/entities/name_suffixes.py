"""A surname of two words or a hyphen alone ("Lo Cicero", "Lewis-Francis", "Van Commenee",
"Mr Baez Silva") is the person whose full name ends with it ("Andrea Lo Cicero").

component.py joins a one-word surname to its person; a surname of several words has spaces in
its key (hyphens fold to spaces) and so was left as a second person. Here a people group whose
name is the last words of exactly one other person's longer name joins that person.
"""
from __future__ import annotations

from collections import Counter


class NameSuffixes:
    """Joins people groups named by the tail of another person's full name (component.py groups)."""

    def join(self, groups: list[dict]) -> list[dict]:
        people = [g for g in groups if g["type"] == "people"]
        gone: list[dict] = []
        for g in people:
            words = max((k.split() for k in g["keys"]), key=len)
            if len(words) < 2:
                continue
            owners = [h for h in people if h is not g and not any(h is x for x in gone)
                      and any(len(k.split()) > len(words) and k.split()[-len(words):] == words for k in h["keys"])]
            if len(owners) != 1:
                continue
            owner = owners[0]
            owner["keys"] = owner["keys"] | g["keys"]
            owner["mentions"] = owner["mentions"] + g["mentions"]
            owner["votes"] = owner["votes"] + Counter({"people": sum(g["votes"].values())})
            gone.append(g)
        return [g for g in groups if not any(g is x for x in gone)]

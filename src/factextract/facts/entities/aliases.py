"""One referent under several names: the alias table (patterns/entities/aliases.txt).

"US", "USA", "America" and "United States" are one place; "Labour" is the "Labour Party" and
"Guantanamo" is "Guantanamo Bay" (a generic last word a name may drop); an honorific before a
surname ("Ms Boynton") is no part of the name. The grouping compares names through `canonical`.
"""
from __future__ import annotations

from functools import lru_cache

from ...nlp.resources import load_wordlist


class AliasTable:
    """Canonical keys for normalised names, and the honorifics kept out of persons' names."""

    def __init__(self) -> None:
        self.canon: dict[str, str] = {}
        self.suffixes: set[str] = set()
        self.honorifics: set[tuple[str, ...]] = set()
        for row in load_wordlist("entities/aliases.txt"):
            head, _, rest = row.partition(":")
            head, rest = head.strip().lower(), rest.strip().lower()
            if head == "suffix":
                self.suffixes.add(rest)
            elif head == "honorific":
                self.honorifics.add(tuple(rest.split()))
            else:
                for alias in [head, *rest.split("|")]:
                    alias = alias.strip()
                    if alias:
                        self.canon[alias] = head
        self.longest_honorific = max((len(h) for h in self.honorifics), default=1)

    def canonical(self, key: str) -> str:
        """The key every name of the same referent maps to ("america" -> "united states")."""
        key = self.canon.get(key, key)
        words = key.split()
        if len(words) >= 2 and words[-1] in self.suffixes:
            key = " ".join(words[:-1])
            key = self.canon.get(key, key)
        return key

    def honorific_at(self, lowers: list[str], i: int) -> int:
        """Number of tokens of an honorific starting at lowers[i] ("Mr", "Dr.", "Prime Minister"),
        with its abbreviation point; 0 if none."""
        for n in range(self.longest_honorific, 0, -1):
            if tuple(lowers[i:i + n]) in self.honorifics:
                return n + (1 if i + n < len(lowers) and lowers[i + n] == "." else 0)
        return 0


@lru_cache(maxsize=1)
def alias_table() -> AliasTable:
    return AliasTable()

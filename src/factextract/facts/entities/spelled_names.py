"""Long organisation names that an initialism in brackets spells by the first letters of its words,
or by their first few letters: "the Network Authority for Registered Names and Codes (Narnac)",
"Shoppers Against Loyalty Tracking and Surveillance (Salts)", "the Association for Payment
Clearing Services (Apacs)".

Why: a word-shaped initialism ("Icann", "Apacs") is often built from more than the initials, or
takes a letter from "and"; the plain initials test misses it, the long name is then cut by the
model ("Network Authority") and the initialism never joins it. Spelling by consecutive word
prefixes is strict (every capitalised word gives at least its first letter, in order), so a
bracketed name ("Sylvia (Kate)") or a nickname never passes.

A spelled run is an organisation only when it bears an organisation's sign: a head word
("Council", "Corporation") that a remit follows ("Corporation for ..."), or a group named for its
members and its cause ("Shoppers Against ...", "Parents for ..."). "Global System for Mobiles
(GSM)" and "Music of Black Origin (Mobo)" have neither.
"""
from __future__ import annotations

from functools import lru_cache

_MINOR = frozenset({"of", "and", "the", "for", "on", "in", "&", "to", "at", "against", "a"})
_REMIT_LINKS = frozenset({"of", "for", "on"})
_CAUSE_LINKS = frozenset({"against", "for"})


def spelled_by_prefixes(acronym: str, words: list[str]) -> bool:
    """True when the acronym's letters are the first letters (one or more) of the words in order:
    each capitalised word gives at least one, a minor word ("and", "for") none or some."""
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    words = [w for w in words if w and w[0].isalpha()]
    if len(letters) < 3 or sum(1 for w in words if w[0].isupper()) < 2:
        return False
    return _spell(letters, tuple(w.lower() for w in words), tuple(w[0].isupper() for w in words))


@lru_cache(maxsize=256)
def _spell(letters: str, words: tuple[str, ...], must: tuple[bool, ...]) -> bool:
    if not words:
        return not letters
    word, rest, rest_must = words[0], words[1:], must[1:]
    if not must[0] and _spell(letters, rest, rest_must):
        return True   # a minor word may give no letter
    k = 1
    while k <= min(len(word), len(letters)) and word[k - 1] == letters[k - 1]:
        if _spell(letters[k:], rest, rest_must):
            return True
        k += 1
    return False


def organisation_sign(words: list[str], heads: frozenset[str] | set[str]) -> bool:
    """Does a spelled run read as an organisation's name? An organisation's head word followed by
    "of"/"for"/"on" ("Network Authority for ..."), or a plural noun first followed by
    "Against"/"for" ("Shoppers Against ...")."""
    low = [w.lower() for w in words]
    if any(w in heads and nxt in _REMIT_LINKS for w, nxt in zip(low, low[1:])):
        return True
    return len(low) >= 3 and low[0].endswith("s") and words[0][0].isupper() and low[1] in _CAUSE_LINKS


def is_minor(word: str) -> bool:
    """A word that may stand lower-case inside a spelled name."""
    return word.lower() in _MINOR

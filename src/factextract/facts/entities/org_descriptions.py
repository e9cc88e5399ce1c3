"""A name the text describes as a business, a publication or an institution is an organisation.

News copy tells the reader what an unfamiliar name is: a noun before it ("Paris-based auction
house Artcurial", "online retailer Newegg", "magazine InStyle") or an apposition or copula after
it ("Dezuka Suisan, a kamaboko store in Monbetsu", "X is a fish cake factory/store"). When that
noun's head is a business's or a publication's (patterns/entities/org_descriptions.txt), the
referent is an organisation in all its mentions, whatever the model made of its letters; a head
noun that names a person ("a store manager", "the magazine's editor") says nothing here.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...nlp.resources import load_groups

# ", a …", "), a …", " is an …", " was the …" right after the mention
_DESCRIBED_AFTER = re.compile(r"^\)?(?:,[ \t]+|[ \t]+(?:is|was|has been|remains|became)[ \t]+)(?:a|an|the)[ \t]+"
                              r"((?:[\w'’/&-]+[ \t]?){1,6})")
# the one or two lower-case words right before the mention, in its own line
_NOUNS_BEFORE = re.compile(r"(?:([a-z][\w-]*)[ \t]+)?([a-z][\w-]*)[ \t]+$")


class OrgDescriptions:
    """Says whether a referent's mentions are described by a business's or publication's noun."""

    def __init__(self) -> None:
        words = load_groups("entities/org_descriptions.txt")
        self.heads = words["head"]
        self.stops = words["stop"]

    def _is_head(self, words: list[str]) -> bool:
        """The last word (or two) of a describing phrase is an organisation's noun;
        "factory/store" is read as either."""
        if not words:
            return False
        last = words[-1].strip(".,;:")
        two = " ".join(words[-2:]).strip(".,;:")
        return two in self.heads or any(part in self.heads for part in last.split("/"))

    def after(self, text: str, s: int, e: int) -> bool:
        """", a kamaboko store in Monbetsu", " is an online retailer": the phrase's head noun."""
        m = _DESCRIBED_AFTER.match(text[e:e + 80].split("\n", 1)[0])
        if m is None:
            return False
        words: list[str] = []
        for w in m.group(1).split():
            low = w.lower()
            if low in self.stops:
                break   # "a store in …", "a retailer based in …": the phrase ends
            if "'" in low or "’" in low:
                return False   # "the magazine's editor": the head is what the body has
            words.append(low)
            if w.endswith((",", ".", ";", ":")):
                break
        return self._is_head(words)

    def before(self, text: str, s: int) -> bool:
        """"auction house Artcurial", "online retailer Newegg": the noun right before the name."""
        m = _NOUNS_BEFORE.search(text, max(0, s - 40), s)
        if m is None:
            return False
        return self._is_head([w for w in m.groups() if w])

    def described(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """Any mention of the referent described by an organisation's noun."""
        return any(self.after(text, s, e) or self.before(text, s) for s, e in spans)

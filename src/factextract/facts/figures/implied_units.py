"""Units a reader supplies from the words around a bare number: ages ("died aged 72", "at the
age of eight", "when she was 14", "He was 84, and", "she might be 33 next month", "I'm 30 now", "the Wales star, 30,") are years; "12 times what was on sale", "1.9 times more
likely" are multiples ("times").

Why apart from units.py: units.py reads a unit written next to the number; these read a unit
that the sentence implies, from the words before (ages) or a multiplier word after."""
from __future__ import annotations

import re

from ...nlp.resources import load_wordlist

# "aged 44", "at the age of 80", "age 18", "ages of 25 and 30", "at the age of just 28"
_AGE_BEFORE = re.compile(r"\b(?:aged|age(?:s)?(?:\s+of)?)\s+(?:(?:just|only|barely)\s+)?$", re.I)
# "when she was 14", "who was 13 at the time", "since I was eight", "before he turned 30"
_WAS_BEFORE = re.compile(r"\b(?:when|while|since|until|before|after|who|as)\s+(?:(?:I|he|she|"
                         r"they|we|you)\s+)?(?:was|were|turned|turns|is)\s+$", re.I)
# "He was 84, and ...", "She might be 33 next month": he or she, then a form of "be" or "turn"
_PRONOUN_BE = re.compile(r"(?:^|[.!?\"“”:;]\s*|\b(?:and|but|now|then)\s+)(?:he|she)\s+(?:was|is|"
                         r"turned|turns|(?:will|would|might|could|may|must)\s+(?:be|turn))\s+$"
                         r"|\b(?:I['’]m|I\s+am|he['’]s|she['’]s)\s+$", re.I)
# after an age in a "was" clause: the clause ends, or a time phrase follows (not "was 5% up")
_AGE_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”]|$|\s(?:at the time|when|and|or|then|years?\b|"
                        r"(?:next|this|last) (?:month|week|year)|on \w+day|now\b))")
# "the Wales star, 30,", "The England international, 24,": a role noun, then the age in commas
_ROLE_BEFORE = re.compile(r"\b(?:the|a|an|[A-Z][\w'’]*)\s+(?:[\w'’-]+\s+){0,3}(?P<role>[a-z-]+),\s*$")
_TIMES_AFTER = re.compile(r"[^\S\n]+times\b")


def age_unit(text: str, start: int, end: int, value: float | None) -> str | None:
    """"year" when the bare number at text[start:end] is a person's age."""
    if value is None or not 0 < value < 120 or value != int(value):
        return None
    if re.match(r"\s*(?:to|-|–|and)\s*\d", text[end:end + 8]):
        return None               # "aged 18 to 34": a range of ages, read as a range
    before = text[max(0, start - 24):start]
    if _AGE_BEFORE.search(before):
        return "year"
    role = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if role and role.group("role") in load_wordlist("figures/age_roles.txt") \
            and re.match(r"\s*,", text[end:end + 2]) and value >= 10:
        return "year"
    if (_WAS_BEFORE.search(before) or _PRONOUN_BE.search(before)) and _AGE_AFTER.match(text, end):
        return "year"
    return None


def times_after(text: str, end: int) -> int | None:
    """End of "times" right after a bare number: "three times the size", "won it six times"."""
    m = _TIMES_AFTER.match(text, end)
    return m.end() if m else None

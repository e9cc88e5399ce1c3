"""Shares of the people a survey asked: "29% of those asked", "of people questioned",
"Of those polled, 40% said": the group is "those asked", a phrase a reader can check, though
its head is a pronoun the counted readers leave empty. The same for a share in words right
before "of GROUP" ("half of those questioned", "More than three-quarters of those questioned",
"a third of the people asked") and for the bare group "respondents" ("40% of respondents").
A survey's group also counts the bare subject shares before it in its paragraph ("Almost 50%
said ..., while 29% of those asked ...").

Why apart from shares_chain.py: that module carries a group forward; this names the survey
group (from the few words around a share) and carries it back, only for survey groups."""
from __future__ import annotations

import re

from ...records import Figure
from .poll_shares import is_share

_ASKED = r"(?:asked|questioned|surveyed|polled|interviewed|quizzed|consulted|sampled)"
_WHO = r"(?:those|people|adults|voters|respondents|customers|consumers|firms|businesses|companies|" \
       r"workers|employees|managers|parents|students|children|women|men|users|members|readers|viewers)"
# right after a share: "of those asked", "of the 1,000 people questioned"
_AFTER = re.compile(rf"\s+of\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?P<g>{_WHO}\s+{_ASKED}|respondents)\b", re.I)
# earlier in the share's sentence: "Of those polled, 40%"; "Among adults surveyed, a third"
_BEFORE = re.compile(rf"\b(?:of|among|amongst)\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?P<g>{_WHO}\s+{_ASKED})"
                     rf"(?:\s+\w+){{0,4}},\s+(?:(?:some|about|around|almost|nearly|just|only|over|more\s+than)\s+)?$",
                     re.I)


def name_groups(text: str, figures: list[Figure]) -> None:
    """Fill an empty `counted` of a share that names a survey's group next to it."""
    for f in figures:
        if not is_share(f):
            continue
        m = _AFTER.match(text, f.end)
        if m and (not f.counted or f.counted.lower() == m.group("g").split()[0].lower()):
            f.counted = m.group("g")      # "of people surveyed": not just "people"
            continue
        if f.counted or f.unit != "percent":
            continue
        b = _BEFORE.search(text[max(0, f.start - 80):f.start])
        if b and not re.search(r"[.!?\n]", b.group(0)):
            f.counted = b.group("g")


def carry_back(text: str, figures: list[Figure], subject_after: re.Pattern) -> None:
    """Give a survey group to the bare subject shares before it in its paragraph, while no
    other figure with a counted noun stands between."""
    group: str | None = None
    for nxt_start, f in reversed(list(zip([g.start for g in figures[1:]] + [len(text)], figures))):
        if "\n" in text[f.end:nxt_start]:
            group = None                 # a new paragraph starts after this figure
        if f.counted:
            group = f.counted if f.unit == "percent" and re.fullmatch(rf"{_WHO}\s+{_ASKED}", f.counted, re.I) \
                else None
            continue
        if f.unit != "percent":
            continue
        if group and subject_after.match(text, f.end):
            f.counted = group

"""Acronyms defined in parentheses ("the Joint Chiefs of Staff (JCS)"): when a long form spells
an acronym, and what type every use of the acronym then takes.

The grouping (component.py) uses the same test to join an acronym to its long form.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .lexicon import ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS
from .proposal import Proposal, replace
from .spelled_names import spelled_by_prefixes
from .tokens import TokenView

ACRONYM_DEF = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,9}[A-Z]|[A-Z]{2,})\s*\)")

# a word-shaped acronym ("Elspa", "Alva", "Mel"): only when the words before spell it exactly
_WORD_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][a-z]{2,7})\s*\)")

_MINOR_WORDS = {"of", "and", "the", "for", "on", "in", "de", "du", "des", "la", "le", "&", "to", "at"}


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w.lower() not in _MINOR_WORDS and w[0].isalpha()).upper()


def acronym_matches(acronym: str, long_form: str) -> bool:
    """True when the capitals of the long form spell the acronym ("Joint Chiefs of Staff" ~ JCS)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = re.split(r"[\s-]+", long_form)
    if initials(words) == "".join(letters):
        return True
    caps = "".join(c for c in long_form if c.isupper())
    if len(letters) >= 2 and caps == "".join(letters):
        return True
    return len(letters) >= 2 and len(words) >= 2 and _letters_in_order(acronym, long_form)


def defines(acronym: str, long_form: str) -> bool:
    """True when "(acronym)" right after the long form defines it: its capitals spell it, and
    a word-shaped acronym ("Pipa", "Elspa") only when the words' initials spell it exactly, so
    that "Sylvia (Kate)" is no definition; or when the words' first letters spell it ("Network
    Authority for Registered Names and Codes" ~ Narnac, "Association for Payment ..." ~ Apacs)."""
    if spelled_by_prefixes(acronym, re.split(r"[\s-]+", long_form)):
        return True
    if not acronym_matches(acronym, long_form):
        return False
    return not acronym[1:].islower() or initials(re.split(r"[\s-]+", long_form)) == acronym.upper()


@lru_cache(maxsize=2)
def definitions(text: str) -> tuple[re.Match, ...]:
    """Every "(ACR)" or "(Acr)" of the text, in order of position: found once per article,
    though the typing (candidates.py) and the grouping (component.py, twice) all ask."""
    return tuple(sorted(itertools.chain(ACRONYM_DEF.finditer(text), _WORD_ACRONYM_DEF.finditer(text)),
                        key=lambda m: m.start()))


def _letters_in_order(acronym: str, long_form: str) -> bool:
    """Schwartz & Hearst's test: the acronym's letters occur in the long form in order (read
    from the end), the first at the start of a word ("Demilitarised Zone" ~ DMZ)."""
    a, long_form = acronym.lower(), long_form.lower()
    j = len(long_form) - 1
    for i in range(len(a) - 1, -1, -1):
        c = a[i]
        if not c.isalnum():
            continue
        while j >= 0 and (long_form[j] != c or (i == 0 and j > 0 and long_form[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return True


def type_acronyms(v: TokenView, spans: list[Proposal]) -> None:
    """An acronym takes its long form's type; one defined after common words names a place
    when its head is "line", "zone"..., an organisation for "agency"..., else nothing."""
    text = v.text
    by_end = {v.toks[sp.e - 1].idx + len(v.toks[sp.e - 1]): sp for sp in spans}
    for m in definitions(text):
        acr = m.group(1)
        before = text[:m.start()].rstrip()
        long = by_end.get(len(before)) or _unfound_long_form(v, spans, acr, len(before))
        if long is not None:
            if not defines(acr, v.txt(long.s, long.e)):
                continue   # "WASHINGTON (AP)", "Sylvia (Kate)" are no definitions
            if long.type != "organisations" and _org_head(v, long.e):
                long.type = "organisations"   # the model's place "Bay Area Lab Co-Operative"
            etype = long.type
        else:
            words = before.split()[-len(acr):]
            if len(words) < 2 or "".join(w[0] for w in words).upper() != acr.upper() or not words[-1].islower():
                continue
            head = words[-1].lower()
            etype = "places" if head in PLACE_HEADS else "organisations" if head in ORG_HEADS else None
        for sp in list(spans):
            if v.txt(sp.s, sp.e) == acr:
                if etype is None:
                    spans.remove(sp)
                else:
                    sp.type, sp.weak = etype, False


def _unfound_long_form(v: TokenView, spans: list[Proposal], acr: str, end: int) -> Proposal | None:
    """The capitalised words before "(ACR)" that the model did not find, proposed as an
    organisation when they define the acronym and end in an organisation's head: "the Bay Area
    Lab Co-Operative (Balco)", "the Northern Rail Users Association (NRUA)"."""
    T = v.toks
    e = next((k + 1 for k in range(len(T)) if T[k].idx + len(T[k]) == end), None)
    if e is None:
        return None
    s = e
    while s > 0 and (T[s - 1].is_title or T[s - 1].is_upper or T[s - 1].text == "-"
                     or T[s - 1].lower_ in _MINOR_WORDS and s - 1 > 0 and T[s - 2].is_title):
        s -= 1
    while s < e and (T[s].lower_ in _MINOR_WORDS or T[s].text == "-"):
        s += 1
    if e - s < 2 or not defines(acr, v.txt(s, e)) or not _org_head(v, e):
        return None
    long = Proposal(s, e, "organisations", "cue")
    replace(spans, long)
    return long


def _org_head(v: TokenView, e: int) -> bool:
    """The name ending before token e ends in an organisation's head ("Association", "Lab")."""
    head = v.lowers[e - 1]
    return head in ORG_HEADS or head in ORG_SUFFIXES

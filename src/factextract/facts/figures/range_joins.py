"""Two numbers that are one figure: a range ("between 20 and 30", "$10 to $15 billion"), a
spread of alternatives ("two or three weeks"), and the pairs that only look like one: a change
and the level reached ("fell $28 to $38"), a tally ("an eight to one majority").
"""
from __future__ import annotations

import re

from . import alternatives, changes
from .hits import Hit
from .numbers import Number

# verbs of change before "X to Y": a change and the level reached, not a range ("fell $3 to $38")
CHANGE_BEFORE = re.compile(r"\b(?:by|up|down|rose|rise|rising|rises|fell|fall|falling|falls|gained|"
                           r"gaining|gains|added|adding|adds|lost|losing|loses|shed|shedding|jumped|"
                           r"climbed|dropped|slipped|slid|sank|tumbled|plunged|soared|surged|eased|"
                           r"edged|increased|decreased|declined|grew|cut|raised|lifted|lowered|"
                           r"higher|lower)\s+$", re.I)
# the same verb with an article and a few modifiers before the amount ("rose a higher than
# forecast 23,000 to 3.912 million", "fell a further 2,000 to 98,000")
CHANGE_BEFORE_ART = re.compile(r"\b(?:rose|fell|gained|added|lost|shed|jumped|climbed|dropped|slipped|slid|"
                               r"sank|tumbled|plunged|soared|surged|eased|edged|increased|decreased|"
                               r"declined|grew)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}$", re.I)


def join_ranges(text: str, hits: list[Hit], scores: list[tuple[int, int]]) -> list[Hit]:
    """"between 20 and 30", "15-22 mph", "$10 to $15 billion": one figure with low/high;
    "eight or nine euros": the unit of the second number carried back to the first.
    Numbers of a score ("won 3-1", see scores.py) are dropped: a result is not a figure."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        if not h.unit and any(s <= h.num.start and h.num.end <= e for s, e in scores):
            i += 1
            continue
        if i + 1 < len(hits):
            n = hits[i + 1]
            gap = text[h.end:n.start]
            if h.unit is None and n.unit is not None and re.fullmatch(r"\s*(?:or|-?\s*to-?|-|–|and)\s*", gap):
                h.unit, h.money = n.unit, n.money
            elif h.unit is None and n.unit is not None and re.fullmatch(r"\s*to\s+(?:just|only)\s+", gap) \
                    and re.search(r"\bfrom\s+$", text[max(0, h.start - 6):h.start]):
                h.unit, h.money = n.unit, n.money    # "fell from 36 to just 21 days": 36 days
            merged = _range(text, h, n, gap)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(h)
        i += 1
    return out


def _range(text: str, a: Hit, b: Hit, gap: str) -> Hit | None:
    if a.num.value is None or b.num.value is None:
        return None
    lead = text[max(0, a.start - 12):a.start].lower()
    conn = gap.strip().lower()
    conn = re.sub(r"^-\s*(?=to\b)", "", conn)   # "8- to 16-metre"
    if conn == "to-" and gap == "-to-" and b.unit is not None:
        conn = "to"                # "its 0-to-60-mph time", "a 10-to-15-year term": one compound
    if not conn and b.qualifier == "up to" and re.match(r"up\s+to\b", text[b.start:b.start + 6], re.I) \
            and re.search(r"\bfrom\s+$", lead):
        conn = "to"                # "flats from 520 sq ft up to 1,100 sq ft": the spread's top
    if conn == "and":
        if not re.search(r"\bbetween\s+$", lead):
            return None
    elif conn in ("-", "–", "—"):
        if gap != conn and not re.search(r"\bfrom\s+$", lead):
            return None  # spaced dash: "5 - 10" is a list/aside unless "from"
    elif conn in ("to", "through"):
        if CHANGE_BEFORE.search(text[max(0, a.start - 30):a.start]) and not _by_span(text, a, b):
            return None   # "fell $28 to $38": a change, then the level reached
        if CHANGE_BEFORE_ART.search(text[max(0, a.start - 45):a.start]) and a.num.value \
                and b.num.value > 10 * a.num.value:
            return None   # "rose a bigger than forecast 23,000 to 3.912 million": far apart, a change
        if a.unit_explicit and b.unit and a.unit != b.unit:
            return None
        if a.unit and b.unit is None and not re.search(r"\bfrom\s+$", lead):
            return None
        if a.num.value > b.num.value and not re.search(r"\bfrom\s+$", lead):
            return None   # "an eight to one majority", "by 39% to 34%": a tally, not a range
    elif conn != "or" or not alternatives.is_alternative(a.num.value, b.num.value, a.unit or b.unit,
                                                         a.qualifier is not None):
        return None                # "two or three" (alternatives.py), else no range
    if a.money != b.money and not (a.money and b.unit is None) and a.unit != b.unit:
        return None
    lo, hi = a.num.value, b.num.value
    if b.num.scaled and not a.num.scaled and a.num.raw is not None and b.num.raw is not None \
            and a.num.raw < b.num.raw:
        lo = a.num.raw * b.num.scale    # "$10 to $15 billion"
    # "cut from 70% to 49%": a change keeps both ends and gives the level reached as value
    reached = b.num.value if changes.is_change(text, a.start, lo, hi) else None
    num = Number(a.num.start, b.num.end, reached, min(lo, hi), max(lo, hi), scaled=True)
    qualifier = a.qualifier   # "two or three": the text says no "about" (alternatives.py)
    return Hit(a.start, b.end, num, unit=b.unit or a.unit, qualifier=qualifier,
                money=a.money or b.money, unit_explicit=b.unit_explicit)


def _by_span(text: str, a: Hit, b: Hit) -> bool:
    """"increase its seats by 25 to 30", "cut costs by $2.6m to $3.1m": after "by", two close
    rising amounts of one kind are the spread of the change; "rise by $19bn to $419.3bn" (far
    apart), "by 2.7% to 717,000" (two kinds) and "lead by 39% to 34%" (a tally) are not."""
    if not re.search(r"\bby\s+$", text[max(0, a.start - 4):a.start]):
        return False
    lo, hi = a.num.value, b.num.value
    return a.unit == b.unit and a.money == b.money and lo is not None and hi is not None \
        and 0 < lo < hi <= 2 * lo

"""Is the article a sports report? Only there do the club, line-up and sport-person rules apply
("Norwich striker": the club; "Pompey" the nickname of Portsmouth; "7 - Didier Deschamps").

Why weighted evidence rather than three sports words: many sports words are everyday words of
other news ("final", "stage", "beat", "round", "points", "manager", "race", "goal"), and a
business, politics or tech story has three of them as often as not ("the final stage of the
race for the White House", "the manager beat the target"); the club and person rules then
retype towns and people in stories that are not about sport. So each word counts by what it
says (patterns/entities/sports_words.txt): a word of sport only 2, a word mostly of sport 1, an
everyday word 0.5 (1 at most for all of them); and sport's own facts count 2 each: a result
("won 2-1", "a 24-17 defeat", "6-4 6-3", a results table "1. Olaf Ludwig (Germany) ... 2. ...")
and a race distance ("the 800m", "10,000m champion", "4x100m relay"). Evidence of 3
makes a sports report, unless the article is about the arts (arts_reports.py).
"""
from __future__ import annotations

import re

from .arts_reports import arts_outweigh
from .lexicon import Lexicon
from .tokens import TokenView

NEED = 3.0
WEIGHTS = {"sport": 2.0, "leaning": 1.0, "everyday": 0.5}
EVERYDAY_CAP = 1.0   # everyday words add at most this: the rest must be words or facts of sport
FACT_WEIGHT = 2.0   # a result or a race distance
FACTS_COUNTED = 2   # of each kind at most: one page of results is as much a report as two
_DECIDED = "factextract_sports_report"   # doc.user_data key: the answer, once per document

# a result: a pair of scores with a result word before it in the same sentence ("beat Wales
# 24-17", "won 2-1 at home") or a result noun after it ("a 3-0 win"), or tennis sets ("6-4 6-3")
_PAIR = r"(?<![\w.,/$£€-])\d{1,3}[-–]\d{1,3}(?![\w/%-]|[.,]\d|\s?%)"
_RESULT = re.compile(
    r"\b(?:won|win|wins|beat|beats|beaten|beating|lost|lose|loses|losing|drew|drawn|thrashed|"
    r"edged|trailed|trailing|led|leading)\b[^.!?\n\d]{0,40}?" + _PAIR + r"(?!\s+[a-z]+s\b)"   # "won 10-15 seats"
    + r"|" + _PAIR + r"\s+(?:win|wins|victory|defeat|draw|loss|thrashing|hammering|drubbing|"
    r"home\s+win|away\s+win|lead|scoreline)\b")
_SETS = re.compile(r"(?<![\w.,-])[67][-–][0-7](?:\s?\(\d{1,2}\))?,?\s+[0-7][-–][0-7](?![\w%-])")
# a race distance: a distance of athletics or swimming written with "m" or "metres", with no
# currency before it, after a class of race ("the men's 800m", "Olympic 10,000m") or before a
# race noun ("the 400m hurdles", "10,000m title"), or a relay ("4x100m"): a bare "50m" may be
# a lift's height or 50 million
_RACE_CLASS = r"(?:men|women|boys|girls)['’]s?|olympic|world|indoor|outdoor|european|commonwealth|junior|senior"
_RACE_NOUN = (r"title|titles|champion|champions|championship|final|finals|race|races|hurdles|heat|heats|"
              r"freestyle|backstroke|breaststroke|butterfly|medley|relay|record|gold|silver|bronze|medal|"
              r"semi-final|runner|runners|specialist|steeplechase")
_METRES = r"(?:50|60|100|110|200|400|800|1,?500|3,?000|5,?000|10,?000)(?:m|\s?metres)\b"
_DISTANCE = re.compile(
    r"(?i:\b(?:" + _RACE_CLASS + r")\s+)" + _METRES
    + r"|(?<![\w$£€.,])" + _METRES + r"(?=\s+(?i:" + _RACE_NOUN + r")\b)"
    + r"|(?<![\w$£€.,])4\s?x\s?(?:100|200|400)(?:m|\s?metres)\b")

# a results table: places 1, 2 and 3 each before a name and a bracket ("1. Anna Berg (Sweden)
# 2:31.04", "2. Tom Hale (U.S.), Ford"), as wire services list a race
_PLACING = r"(?<![\w.,])%d\.\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*)+\s+\("
_TABLE = re.compile(_PLACING % 1 + r".{0,300}?" + _PLACING % 2 + r".{0,300}?" + _PLACING % 3, re.S)


def sport_words(v: TokenView, lex: Lexicon) -> dict[str, set[str]]:
    """The sports words of the article, by group: {"sport": {...}, "leaning": ..., "everyday": ...}."""
    words = v.lower_set | v.hyphen_words
    return {group: set(words & tier) for group, tier in lex.sport_tiers.items()}


def sport_facts(text: str) -> tuple[set[str], set[str]]:
    """The article's results and race distances, as written (different ones only)."""
    spans = sorted(m.span() for rx in (_RESULT, _SETS) for m in rx.finditer(text))
    merged: list[tuple[int, int]] = []   # "lost 6-4" and "6-4 6-3" are one result
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    results = {text[s:e] for s, e in merged}
    table = _TABLE.search(text)
    if table:
        results.add(table.group(0))
    distances = {re.sub(r"[^\dx]", "", m.group(0).lower()) for m in _DISTANCE.finditer(text)}
    return results, distances


def sport_evidence(v: TokenView, lex: Lexicon) -> float:
    """How much the article reads as a sports report (3 or more is one)."""
    found = sport_words(v, lex)
    score = sum(WEIGHTS[group] * len(words) for group, words in found.items() if group != "everyday")
    score += min(EVERYDAY_CAP, WEIGHTS["everyday"] * len(found.get("everyday", ())))
    if score >= 2 * NEED:   # plenty already: the regexes need not run
        return score
    results, distances = sport_facts(v.text)
    return score + FACT_WEIGHT * (min(FACTS_COUNTED, len(results)) + min(FACTS_COUNTED, len(distances)))


def is_sports(v: TokenView, lex: Lexicon) -> bool:
    """Sport evidence of 3 or more, and no more arts words than that evidence (arts_reports.py:
    a story on a football video game or a film about a boxer is no sports report). Decided
    once per document: the candidates and the grouping both ask."""
    known = v.doc.user_data.get(_DECIDED)
    if known is None:
        evidence = sport_evidence(v, lex)
        known = v.doc.user_data[_DECIDED] = evidence >= NEED and not arts_outweigh(v.lowers, evidence)
    return known

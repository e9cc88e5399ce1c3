"""Betting odds: "at 10/1", "the 5-2 favourite", "a 7-1 shot", "odds of 3-1". A reader checks
them as one figure (unit "odds", value = the fraction, 10/1 = 10.0), not as a date, a label
or a score.

Why apart from the component: "10/1" is blocked as a date or label and "5-2" read as a score
by the generic rules; only a betting word next to the pair says it is odds, and that is one
question asked of the words around the pair."""
from __future__ import annotations

import re

# a pair of whole numbers written as odds, with a betting word right after it or before it
_PAIR = r"(?<![\d/.,-])(?P<a>\d{1,3})(?:/|-|–)(?P<b>\d{1,3})(?![\d/,%]|\.\d|-\d)"
_AFTER = re.compile(_PAIR + r"(?=\s*(?:on\b|joint[\s-]|co-|second[\s-]|)\s*(?:favourites?|favorites?|"
                    r"shot|outsider|chance|(?:and\s+\d{1,3}[/-]\d{1,3}\s+)?odds\b|with\s+(?:the\s+)?(?:bookmakers|bookies|"
                    r"[A-Z]\w+\s+Hill|Ladbrokes|Coral)))", re.I)
_BEFORE = re.compile(r"\b(?:odds\s+of|odds\s+at|odds\s+to|priced\s+at|quoted\s+at|backed\s+at|"
                     r"price\s+of|(?:cut|slashed|shortened|drifted|lengthened|eased)\s+(?:from\s+\d{1,3}[/-]\d{1,3}\s+)?"
                     r"to|\d{1,3}[/-]\d{1,3}\s+to|is\s+(?:now\s+)?|at|from)\s+$", re.I)
# a betting word somewhere in the sentence, needed when only "at"/"to"/"is" stands before
_BETTING = re.compile(r"\b(?:odds|bookmakers?|bookies|betting|bets?|punters|favourites?|"
                      r"Ladbrokes|William\s+Hill|Coral|Paddy\s+Power)\b", re.I)
_STRONG_BEFORE = re.compile(r"\b(?:odds\s+(?:of|at|to)|priced\s+at|quoted\s+at|backed\s+at|"
                           r"went\s+off\s+at|sent\s+off\s+at)\s+$", re.I)


def odds_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every pair in `text` written as betting odds."""
    out: list[tuple[int, int, float]] = []
    for m in re.finditer(_PAIR, text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b == 0:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        sentence = _sentence(text, m.start(), m.end())
        if _AFTER.match(text, m.start()) or _STRONG_BEFORE.search(before) or \
                (_BEFORE.search(before) and _BETTING.search(sentence)):
            out.append((m.start(), m.end(), a / b))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (cut at . ! ? and line breaks)."""
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    his = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return text[lo:min(his) if his else len(text)]

"""Names among numbers: results lists, scorecards and standings tables.

A competitor before "(Country)", a bowler before his figures and a scorer before the minute
are people; in results and standings a club followed by its scores is an organisation, even
when it is named after a city (a country stays a place: national teams).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .proposal import Proposal, overlapping, replace
from .tokens import TokenView, capitalised, numeric_near

CRICKET_CUES = {"b", "c", "st", "lbw"}
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d$")
_BOWLING = re.compile(r"\d+(?:\.\d)?-\d+-\d+-\d+$")   # overs-maidens-runs-wickets
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")


class ResultsPeople:
    """People of results lists and scorecards, whatever the model made of them."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        self._competitors(v, spans)
        self._scorecards(v, spans)
        self._cricket(v, spans)

    def _competitors(self, v: TokenView, spans: list[Proposal]) -> None:
        """"Name (Country)" in results lists: a competitor."""
        T, lex = v.toks, self.lex
        for i, x in enumerate(v.texts):
            if x != "(" or i == 0 or i + 2 >= len(T):
                continue
            j = i + 1
            while j < len(T) and j < i + 5 and v.texts[j] != ")":
                j += 1
            if j >= len(T) or v.texts[j] != ")" or v.txt(i + 1, j).lower() not in lex.countries:
                continue
            s = i
            while s > 0 and s > i - 4 and capitalised(T[s - 1].text) and (T[s - 1].is_alpha or T[s - 1].text in ("-", "'")):
                s -= 1
            if i - s < 2 or v.txt(s, i).lower() in lex.places:
                continue
            over = overlapping(spans, s, i)
            if all(o.src in ("model", "shape") and s <= o.s for o in over):
                replace(spans, Proposal(s, i, "people", "competitor"))
                if not overlapping(spans, i + 1, j):
                    spans.append(Proposal(i + 1, j, "places", "country"))

    @staticmethod
    def _scorecards(v: TokenView, spans: list[Proposal]) -> None:
        """Bowling figures "Jones 10-0-41-2" and scorers "Ion Popescu (75th)": people."""
        for i, x in enumerate(v.texts):
            if (x[:1].isdigit() and _BOWLING.match(x)) or (x == "(" and i + 1 < len(v.toks) and _ORDINAL.match(v.texts[i + 1])):
                s = v.cap_run_before(i, 4)
                if s < i and (x != "(" or i - s >= 2):
                    over = overlapping(spans, s, i)
                    if all(o.src == "model" and s <= o.s and o.e <= i for o in over):
                        replace(spans, Proposal(s, i, "people", "scorecard"))

    @staticmethod
    def _cricket(v: TokenView, spans: list[Proposal]) -> None:
        """Cricket scorecards: "c Smith b Jones", "lbw b Jones"."""
        for i, x in enumerate(v.texts[:-1]):
            if x in CRICKET_CUES and numeric_near(v.numeric, i) and not v.toks[i].is_sent_start:
                nxt = v.toks[i + 1]
                if capitalised(nxt.text) and nxt.is_alpha and nxt.text not in CRICKET_CUES:
                    e = i + 2
                    over = overlapping(spans, i + 1, e)
                    if not over or all(o.src == "model" for o in over):
                        replace(spans, Proposal(i + 1, e, "people", "scorecard"))


# labels of a match report's scorer lists: "Goals: Bowyer 35, Dyer 69", "Tries: Cueto 12"
_SCORER_LABELS = frozenset({"goals", "goal", "scorers", "scorer", "tries", "try", "pens", "cons", "booked"})


def _after_scorers_label(v: TokenView, s: int) -> bool:
    """Token s stands in a scorer list ("Goals: Giannakopoulos 41"): a player and his minute,
    not a club and its score. Looks back to the label within the sentence."""
    for k in range(s - 1, max(-1, s - 16), -1):
        if v.texts[k] in (".", "\n", "\n\n") or "\n" in v.texts[k]:
            return False
        if v.texts[k] == ":" and k > 0 and v.lowers[k - 1] in _SCORER_LABELS:
            return True
    return False


class Tables:
    """In results and standings, a club followed by its scores is an organisation."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> None:
        T, numeric, countries = v.toks, v.numeric, self.lex.countries
        starts = {sp.e: sp for sp in spans}
        n = len(T)
        i = 0
        while i < n:
            if not (numeric[i] and i > 0 and not _ISO_DATE.match(v.texts[i]) and numeric_near(numeric, i, need=2)):
                i += 1
                continue
            sp = starts.get(i)
            if sp is not None:
                if sp.type == "places" and sp.src != "country" and sp.src != "dateline" and v.txt(sp.s, sp.e).lower() not in countries:
                    sp.type, sp.weak, sp.src = "organisations", False, "table"
                elif sp.type == "people" and sp.src == "model" and sp.e - sp.s == 1 and sports and T[i].text.isdigit() \
                        and not _after_scorers_label(v, sp.s):
                    sp.type, sp.src = "organisations", "table"
            else:
                s = v.cap_run_before(i, 3)
                # a club named "X of Y" before its score: "Hearts of Oak 3-2", "Queen of the South 1-0"
                k = s - 2 if s >= 2 and v.lowers[s - 1] == "the" else s - 1
                if s < i and k >= 1 and v.texts[k] == "of" and v.cap_run_before(k, 2) < k \
                        and not overlapping(spans, v.cap_run_before(k, 2), i):
                    s = v.cap_run_before(k, 2)
                if sports and s < i and not overlapping(spans, s, i) and len(T[s].text) > 1 \
                        and not _after_scorers_label(v, s) \
                        and v.txt(s, i).lower() not in countries:
                    spans.append(Proposal(s, i, "organisations", "table"))
            i += 1

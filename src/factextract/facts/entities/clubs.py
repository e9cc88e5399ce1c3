"""Sports articles: clubs named after their towns, fixtures, venues and line-ups.

In a sports article "against Essex", "Norwich striker", "Birmingham v Barnsley" and "the
Florida Marlins" name clubs (organisations), not places; "7 - Didier Deschamps" is a player.
"""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS, Lexicon
from .proposal import Proposal, overlapping, replace
from .tokens import POSSESSIVES, TokenView


class Clubs:
    """Places that are clubs: by club cue, nickname, fixture, and by another mention as a club."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def _club_cue(self, v: TokenView, sp: Proposal, strong_only: bool) -> bool:
        T, club_cues = v.toks, self.lex.club_cues
        before = T[sp.s - 1].lower_ if sp.s > 0 else ""
        k = sp.e + (1 if sp.e < len(T) and T[sp.e].lower_ in ("'s", "’s") else 0)
        after = T[k].lower_ if k < len(T) else ""
        kinds = (True,) if strong_only else (True, False)
        return any(before in club_cues.get(("before", st), ()) or after in club_cues.get(("after", st), ())
                   for st in kinds)

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        """In a sports article a city or county with a club cue ("against Essex", "Norwich
        striker") is the club; a lone "person" with a strong one ("Deportivo were") too."""
        T, countries = v.toks, self.lex.countries
        for sp in spans:
            if sp.type == "places" and sp.src not in ("country", "dateline", "region", "venue") \
                    and v.txt(sp.s, sp.e).lower() not in countries and self._club_cue(v, sp, False):
                sp.type, sp.weak, sp.src = "organisations", False, "club"
            elif sp.type == "people" and sp.src == "model" and sp.e - sp.s == 1 and self._club_cue(v, sp, True):
                sp.type, sp.src = "organisations", "club"
        # "the Florida Marlins", "Bradford Bulls": a place and a plural nickname make a club
        for sp in list(spans):
            if sp.type == "places" and sp.src not in ("country", "dateline"):
                e = v.cap_run(sp.e, 2)
                if e > sp.e and T[e - 1].text.endswith("s") and not T[e - 1].text.isupper() \
                        and T[sp.e - 1].text not in POSSESSIVES \
                        and all(o is sp or (o.src == "model" and o.s >= sp.e and o.type != "people")
                                for o in overlapping(spans, sp.s, e)):   # not "West Ham's Gavin Williams"
                    replace(spans, Proposal(sp.s, e, "organisations", "club"))
        # venues of results: "At Hove: Sussex 363 ..."
        for i, x in enumerate(v.texts[:-1]):
            if x in ("At", "at"):
                e = v.cap_run(i + 1, 3)
                if e > i + 1 and e < len(T) and v.texts[e] == ":":
                    over = overlapping(spans, i + 1, e)
                    if all(o.src not in ("country",) and i + 1 <= o.s and o.e <= e for o in over):
                        replace(spans, Proposal(i + 1, e, "places", "venue"))
        # fixtures: "Birmingham v Barnsley"
        for i, t in enumerate(T):
            if t.text in ("v", "vs", "vs.") and 0 < i < len(T) - 1:
                for s, e in ((v.cap_run_before(i, 3), i), (i + 1, v.cap_run(i + 1, 3))):
                    if s >= e or v.txt(s, e).lower() in countries:
                        continue
                    over = overlapping(spans, s, e)
                    if not over:
                        spans.append(Proposal(s, e, "organisations", "club"))
                    for sp in over:
                        if sp.src not in ("country", "dateline") and sp.type != "people" or (sp.src == "model" and sp.e - sp.s == 1):
                            sp.type, sp.src = "organisations", "club"
        # every other mention of a club is the club too, but a town after "at"/"in" (the venue)
        # and a lone word the model took for a person ("Norwich have signed": "Norwich")
        clubs = {v.txt(sp.s, sp.e).lower() for sp in spans if sp.src in ("club", "table")}
        for sp in spans:
            venue = sp.s > 0 and T[sp.s - 1].lower_ in ("at", "in")
            if sp.src in ("dateline", "country", "venue") or v.txt(sp.s, sp.e).lower() not in clubs:
                continue
            if (sp.type == "places" and not venue) or (sp.type == "people" and sp.src == "model" and sp.e - sp.s == 1):
                sp.type, sp.weak, sp.src = "organisations", False, "club"


class TeamSheets:
    """Line-ups and scorers in sports articles: "7 - Didier Deschamps", "Romania - Ion Popescu
    (31st)", "(Nico Vandam, 81st)": people, whatever the model made of them."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        T, numeric = v.toks, v.numeric
        n = len(T)
        for i, t in enumerate(T[:-2]):
            start = None
            if t.text == "-" and i > 0 and (numeric[i - 1] or any(sp.e == i and sp.src == "country" for sp in spans)):
                start = i + 1
            elif t.text == "(" or (t.text == "," and numeric[i - 1] if i else False):
                start = i + 1
            if start is None:
                continue
            e = v.name_run(start)
            if e == start:
                continue
            after = T[e].text if e < n else ""
            after2 = T[e + 1].text if e + 1 < n else ""
            ordinal = lambda x: x[:-2].isdigit() and x[-2:] in ("st", "nd", "rd", "th")
            if t.text == "(" and not (after == "," and (after2.isdigit() or ordinal(after2)) or ordinal(after)):
                continue
            if t.text == "," and not (after == "(" or after == ","):
                continue
            if v.txt(start, e).lower() in self.lex.places:
                continue
            over = overlapping(spans, start, e)
            if all(o.src not in GAZETTEER_IDS and o.src != "dateline" for o in over):
                replace(spans, Proposal(start, e, "people", "team"))

"""Line-ups and squad lists of sports reports: a line that is only a list of players.

Match reports end with the teams, one line each: "Ashdown, Griffin, De Zeeuw, Primus, Faye
(Berkovic 83), Fuller (Yakubu 55)." or "Subs not used: Lehmann, Fabregas."; squads name each
player's club: "Coyne (Burnley), Jones (Wolves)" or "J Noon (Newcastle), O Barkley (Bath)".
The model reads such a line word by word and types a surname as a club ("Earnshaw", "Cisse")
or a club as a town ("Newcastle"). Here every name of such a line is a player, a bracketed
"Name 83" a substitute, a bracketed name without a minute the player's club (a country stays
a place: a national side). A list whose names are mostly clubs or places is a table of clubs,
not a line-up, and is left alone.

A player the line-up names is a person in the body too: a full name the model took for an
organisation ("Sol Campbell", "Kolo Toure") whose surname the line-up lists is a person's.
"""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .lineup_lists import lineup_zones
from .proposal import Proposal, replace
from .sport_clubs import club_names
from .tokens import TokenView

# one player: initials, then one to three capitalised words with name particles between
_NAME = r"(?:[A-Z]\.? ){0,2}(?:(?:de|da|van|der|von|di|dos|le|la|del|dal) )?[A-Z][\w'’-]+(?: (?:(?:de|da|van|der|von|di|le|la|del|dal) )?[A-Z][\w'’-]+){0,2}"
_ITEM = re.compile(rf"\s*(?P<name>{_NAME})\s*(?:\((?P<paren>[^()]*)\))?\s*$")
_SUB = re.compile(rf"\s*(?P<name>{_NAME})\s+\d{{1,3}}\s*$")
# labels of a team sheet's parts: "Subs not used:", "Booked:"
_LABEL = re.compile(r"(?i)\b(?:subs(?:titutes)?(?: not used)?|replacements|booked|sent off|goals?|scorers?)\s*:")
_MIN_ITEMS = 4   # an unlabelled list of fewer names may be running text's


def _split(line: str) -> list[tuple[int, int]]:
    """Character spans of the line's items: cut at commas, semicolons and full stops outside
    brackets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(line):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ",;." and depth == 0 and not (ch == "." and i > 0 and line[i - 1].isupper()
                                                  and (i < 2 or not line[i - 2].isalpha())):
            out.append((start, i))
            start = i + 1
    out.append((start, len(line)))
    return [(s, e) for s, e in out if line[s:e].strip()]


class LineUps:
    """Players of line-up and squad lines are people; their bracketed clubs organisations."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.clubs = club_names()
        self.known_places = lex.places | lex.towns | lex.countries

    def _known(self, name: str) -> bool:
        low = name.lower()
        return low in self.clubs or low in self.lex.places or low in self.lex.bodies or low in self.lex.towns

    def lines(self, text: str) -> list[list[tuple[int, int, str]]]:
        """Per line-up line: (start, end, kind) of its names, kind "player" or "club"."""
        found = []
        pos = 0
        for line in text.split("\n"):
            base, pos = pos, pos + len(line) + 1
            labelled = _LABEL.search(line) is not None
            if line.count(",") + line.count(";") < (1 if labelled else _MIN_ITEMS - 1):
                continue
            body = _LABEL.sub(lambda m: "," + " " * (len(m.group(0)) - 1), line)
            items, bad = [], 0
            for s, e in _split(body):
                m = _ITEM.match(body, s, e) if body[s:e].strip() else None
                if m is None or m.end() != e:
                    bad += 1
                    continue
                items.append((base + m.start("name"), base + m.end("name"), "player"))
                paren = m.group("paren")
                if paren is None:
                    continue
                p0 = base + m.start("paren")
                sub = _SUB.match(paren)
                if sub:
                    items.append((p0 + sub.start("name"), p0 + sub.end("name"), "player"))
                    continue
                club = re.match(rf"\s*({_NAME})\s*(?:,|$)", paren)
                if club:
                    items.append((p0 + club.start(1), p0 + club.end(1), "club"))
            players = [(s, e) for s, e, k in items if k == "player"]
            if len(players) < (2 if labelled else _MIN_ITEMS) or bad > len(players) // 4:
                continue
            # a list of clubs or places ("Barcelona, Bayern Munich, Porto, Real Madrid") is no line-up
            if sum(self._known(text[s:e]) for s, e in players) * 4 > len(players):
                continue
            found.append(items)
        return found

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        self._players(v, spans)
        self._places_in_zones(v, spans)

    def _places_in_zones(self, v: TokenView, spans: list[Proposal]) -> None:
        """A surname a line-up lists is no place ("Ingham, Mulligan, Fenton, Morley" are towns
        too) nor, unless a club or body of the lists, an organisation of the model's, also on
        lines run on after a quote that the whole-line reading skips (lineup_lists.py)."""
        zones = lineup_zones(v.text, self.known_places)
        players: set[str] = set()
        for sp in spans if zones else ():
            # the model's organisation there is a player too ("Giannakopoulos", "Faye"), not a club of the list
            if sp.type != "places" and not (sp.type == "organisations" and sp.src in ("model", "prop", "table")
                                            and not self._known(v.txt(sp.s, sp.e))):
                continue
            cs = v.toks[sp.s].idx
            ce = v.toks[sp.e - 1].idx + len(v.toks[sp.e - 1])
            if any(zs <= cs and ce <= ze for zs, ze in zones):
                if sp.type == "organisations":
                    players.add(v.txt(sp.s, sp.e))
                sp.type, sp.src = "people", "team"
        # the body's "a finish from Giannakopoulos" is the player the line-up lists
        for sp in spans if players else ():
            if sp.type == "organisations" and sp.src in ("model", "prop") and v.txt(sp.s, sp.e) in players:
                sp.type, sp.src = "people", "team"

    def _players(self, v: TokenView, spans: list[Proposal]) -> None:
        text = v.text
        players: set[str] = set()
        for items in self.lines(text):
            for s, e, kind in items:
                name = text[s:e]
                if name.lower() in self.lex.countries:
                    continue   # "(Ireland, capt)": the national side, a place here as elsewhere
                toks = v.char_to_tokens(s, e)
                if toks is None:
                    continue
                if kind == "player":
                    replace(spans, Proposal(toks[0], toks[1], "people", "lineup"))
                    if not self._known(name):
                        players.add(name.lower())
                else:
                    replace(spans, Proposal(toks[0], toks[1], "organisations", "club"))
        if not players:
            return
        # the body's "Sol Campbell" (model: an organisation) is the line-up's "Campbell"
        for sp in spans:
            if sp.type == "people" or sp.src not in ("model", "table"):
                continue
            name = v.txt(sp.s, sp.e)
            low = name.lower()
            if self._known(name):
                continue
            words = low.split()
            if low in players or (2 <= len(words) <= 4 and name[:1].isupper()
                                  and any(" ".join(words[k:]) in players for k in range(1, len(words)))):
                sp.type, sp.src = "people", "lineup"

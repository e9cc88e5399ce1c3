"""Surnames in a football or rugby line-up are players, not places: "Dudek, Finnan, Carragher,
Hyypia, Traore (Biscan 67), Luis Garcia", "Newcastle: Given, Carr, Boumsong, Bramble", "Ingham,
Mulligan, Fenton, Morley". A lone surname there is typed by the model or by a gazetteer town
of the same spelling (Morley, Fenton, Ingham) as a place. line_ups.py reads these zones beside
its own whole-line reading and retypes the place proposals in them.

A line-up is a line (or a sentence) of the article (sports articles only) made of three or more comma-separated
items, each one to three title-case words, optionally with a substitution "(Name 67)" or a
minute ("Miller 19"), after an optional "Team:" or "Subs Not Used:" lead, and nothing else: no
"and", no verb, so a sentence listing towns ("Leeds, York and Hull") is never one. Place
proposals on the names of such a line are people (line_ups.LineUps). Squad lists with clubs in brackets
("Coyne (Burnley), Jones (Wolves)") are no line-ups here: the bracketed club is left to clubs.py.
"""
from __future__ import annotations

import re


_WORD = r"[A-Z][\w'’.-]*"
_ITEM = re.compile(rf"(?P<name>{_WORD}(?: {_WORD}){{0,2}})(?: \({_WORD}(?: {_WORD}){{0,2}} \d{{1,3}}\)| \d{{1,3}}(?: pen)?)?")
_LEAD = re.compile(rf"^{_WORD}(?: {_WORD}){{0,3}}: ")
# a line, or a sentence of it: BBC copy often runs the teams on after the last quote
# ('... more goals." Newcastle: Given, Carr, Boumsong ... Subs Not Used: Butt, Harper.')
_LINE = re.compile(r"[^\n]+?(?:\.[\"”’']?(?=\s)|$)", re.M)
_MIN_ITEMS = 3
_OPENERS = " \t\"'“”‘’"   # a closing quote of the sentence before, spaces


def lineup_zones(text: str, known: frozenset[str] | set[str] = frozenset()) -> list[tuple[int, int]]:
    """Character spans of the player names of the line-up lines of text; a line whose every
    name is a known place ("Venues: Cardiff, Dublin, Rome") is a list of places, not a line-up."""
    zones: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        body = line.group()
        at = line.start() + len(body) - len(body.lstrip(_OPENERS))
        stripped = body.strip(_OPENERS).rstrip(" .")
        lead = _LEAD.match(stripped)
        offset = lead.end() if lead else 0
        items = stripped[offset:].split(",")
        if len(items) < _MIN_ITEMS:
            continue
        names, pos = [], at + offset
        for item in items:
            lead_spaces = len(item) - len(item.lstrip())
            m = _ITEM.fullmatch(item.strip())
            if m is None:
                names = []
                break
            start = pos + lead_spaces
            names.append((start, start + len(m["name"])))
            pos += len(item) + 1
        if names and all(text[a:b].lower() in known for a, b in names):
            continue
        zones += names
    return zones

"""A club's nickname joined to the club in a sports report: "Pompey" beside "Portsmouth".

Football and rugby copy calls a club by its nickname as often as by its name ("the Saints",
"Gunners boss Arsene Wenger", "the Tigers' resurgence"); listed beside the club the nickname
is a second entity for one referent. The nickname table (patterns/entities/club_nicknames.txt)
gives the clubs each nickname may stand for; a nickname group joins the club group only when
exactly one of those clubs is named in the article (a "Reds" beside both Liverpool and
Manchester United stays as it is), and the club's own name stays the entity's name. A nickname
whose club the article never names is left alone: it is then the only name of the club there.
"""
from __future__ import annotations

from functools import lru_cache

from ...nlp.resources import load_wordlist


@lru_cache(maxsize=1)
def nickname_table() -> dict[str, frozenset[str]]:
    """nickname -> the club names (case-folded) it may stand for, loaded once."""
    table: dict[str, frozenset[str]] = {}
    for row in load_wordlist("entities/club_nicknames.txt"):
        nick, _, clubs = row.partition(":")
        table[nick.strip().lower()] = frozenset(c.strip().lower() for c in clubs.split("|") if c.strip())
    return table


class ClubNicknames:
    """Folds organisation groups named only by a club's nickname into the club's group."""

    def __init__(self) -> None:
        self.table = nickname_table()

    def join(self, text: str, groups: list[dict]) -> list[dict]:
        orgs = [g for g in groups if g["type"] == "organisations"]
        gone: list[dict] = []
        # the model often types a bare nickname a person ("the Gunners winning"): any type but a place's
        for g in groups:
            if g["type"] == "places":
                continue
            clubs = self._clubs_of(g["keys"])
            if not clubs:
                continue
            owners = [h for h in orgs if h is not g and not any(h is x for x in gone) and h["keys"] & clubs]
            if len(owners) != 1:
                continue
            owner = owners[0]
            # the club's own fullest name stays the name ("Portsmouth", not an earlier "Pompey")
            forms = [text[s:e] for s, e in sorted(owner["mentions"])]
            owner.setdefault("name", max(forms, key=lambda f: (len(f.split()), not f.isupper(), len(f),
                                                              -forms.index(f))))
            owner["keys"] = owner["keys"] | g["keys"]
            owner["mentions"] = owner["mentions"] + g["mentions"]
            gone.append(g)
        return [g for g in groups if not any(g is x for x in gone)]

    def _clubs_of(self, keys: set[str]) -> frozenset[str]:
        """The clubs all the group's names may stand for; none unless every name is a nickname."""
        if not keys or any(k not in self.table for k in keys):
            return frozenset()
        return frozenset.intersection(*(self.table[k] for k in keys))

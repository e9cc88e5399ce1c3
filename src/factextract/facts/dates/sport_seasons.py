"""A sports season named relative to now: "this season", "last season", "next season's
title", "the previous season". Sport copy dates nearly everything so ("20 goals this season",
"relegated last season"); a reader lists these as a year would be listed.

A season is read as the year the words point to, exactly as "this year" / "last year" are
(relative.rel_unit): counted from the publication date, else from the year the article implies,
else XXXX. A season that straddles two years ("the 2004-05 season") is written with its years
and is read by the range rules, not here.

"the last season" and "the next season" are left alone: with "the" they mostly mean the final
one or the one after some other ("his last season at the club" never reaches here either, the
matcher needing the relative word to open the span).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .grammar import REL_UNIT
from .model import Context, Timex
from .relative import rel_unit

SPORT_SEASON = re.compile(
    r"(?P<the>the )?(?P<rel>this|last|next|previous|coming|current|following) season(?P<pos>'s)?")
# relative words that need "the" before them, and those that must stand without it
_WITH_THE = frozenset({"previous", "coming", "current", "following"})
_BARE = frozenset({"this", "last", "next"})
_OWNERS = frozenset({"the", "a", "his", "her", "their", "its", "my", "our", "your", "whose"})


def sport_season(t: str, ctx: Context) -> Timex | None:
    """The year `t` ("last season", "the following season") points to, or None when `t` is no
    relative sports season."""
    m = SPORT_SEASON.fullmatch(t)
    if not m:
        return None
    rel = m["rel"]
    if (rel in _BARE and m["the"]) or (rel in _WITH_THE and not m["the"] and rel != "coming"):
        return None
    as_year = f"{m['the'] or ''}{rel} year"
    y = REL_UNIT.fullmatch(as_year)
    return rel_unit(y, as_year, ctx) if y else None


def owned_season(span: Span) -> bool:
    """ "his last season at the club", "the last season of his career", "their next season":
    with a determiner before it, "last"/"next" season is one in a career, not the one before or
    after now."""
    words = [t.lower_ for t in span]
    if not words or words[-1] not in ("season", "seasons") and words[-2:] != ["season", "'s"]:
        return False
    if words[0] not in ("last", "next"):
        return False
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and (prev.tag_ in ("PRP$", "DT", "WP$", "POS") or prev.lower_ in _OWNERS)

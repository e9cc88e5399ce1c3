"""The year a month or day with no year belongs to, in an article with no publication date,
when the text ties that year to the same event: "The 2009 prizes will be handed out on
14 November", "the opening major of 2012, which starts on 9 April", "talks in October and
November 2004". Without a publication date "on 20 August" is otherwise XXXX-08-20.

Only a year inside the subject of the clause that holds the date (or the noun a relative
clause hangs from), or on a month coordinated with the date, counts: a year elsewhere in the
sentence ("diagnosed in December 2004 ... died on 26 February", "the worst since 1981", "its
2004 results on 23 March") tells of another time. Two different years there: none is taken.
Looked at only for such dates: a few parse-tree steps each.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ...nlp.resources import load_wordlist
from .model import Timex

YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# a year after these bounds another time: "since 1981", "until 2006"
_BOUNDS = frozenset("since before until till by from to after".split())
_SUBJECTS = ("nsubj", "nsubjpass")
_SUBTREE_MOST = 14   # a subject longer than this is a clause of its own


def _is_year(t: Token) -> bool:
    """A year-shaped token that is no clock time: "2000 GMT" on a fixture line is 20:00."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return bool(YEAR.match(t.text)) and not (nxt is not None and (
        nxt.lower_ in load_wordlist("dates/timezones.txt") or nxt.lower_ in ("hours", "hrs", "local")))


def _years(tok: Token, clause: Token | None = None) -> set[str]:
    """The years named in a short noun phrase (its subtree but the relative clause holding the
    date), not as a bound."""
    own = range(clause.left_edge.i, clause.right_edge.i + 1) if clause is not None else range(0)
    sub = [t for t in tok.subtree if t.i not in own]
    if len(sub) > _SUBTREE_MOST:
        return set()
    return {t.text for t in sub if _is_year(t) and not (t.i > 0 and t.doc[t.i - 1].lower_ in _BOUNDS)}


def _clause_verb(tok: Token) -> Token | None:
    """The verb the date hangs from: "presented" in "presented on 3 December"."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def event_year(span: Span) -> int | None:
    """The year the text ties to the event of this month/day span, or None."""
    root = span.root
    years: set[str] = set()
    # "in October and November 2004": the year of the month it is coordinated with
    for other in list(root.conjuncts):
        years |= {t.text for t in other.children if _is_year(t)}
    if not years:
        verb = _clause_verb(root)
        if verb is None:
            return None
        for c in verb.children:
            if c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN"):
                years |= _years(c)
        if verb.dep_ == "relcl" and _is_year(verb.head):
            years.add(verb.head.text)   # "the opening major of 2012, which starts on 9 April"
        elif verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            years |= _years(verb.head, verb)
    return int(years.pop()) if len(years) == 1 else None


_NO_YEAR = re.compile(r"^XXXX-\d\d")


def with_event_year(span: Span, tx: Timex) -> Timex:
    """tx with the year the text ties to its event ("XXXX-12-03" -> "2004-12-03"), when it has
    no year and one is tied; anchored "event" so the record names that year as its anchor."""
    if not tx.value or not _NO_YEAR.match(tx.value):
        return tx
    year = event_year(span)
    if year is None:
        return tx
    return replace(tx, value=f"{year:04d}{tx.value[4:]}", anchored="event")


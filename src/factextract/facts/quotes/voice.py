"""The one voice of a piece: who speaks the quotes nothing else attributes.

Why its own module: some stories are one person's words from end to end - "David Blunkett
in quotes", a memoir piece introduced by "Rob Partridge ... remembers", an interview where
every attributed quote is the same person's - and their quotes stand one after another
with no cue at all. Left without a speaker they are no use to a reader; given to the piece's
one voice they are right. Only quotes left with no speaker (or an unresolved "he"/"she")
are filled in, and only when the article has exactly one such voice.
"""
from __future__ import annotations

from collections.abc import Callable

import re

from spacy.tokens import Doc

from ...nlp import extensions
from ...records import Quote
from .known import KnownEntities

_IN_QUOTES = re.compile(r"^\s*(.+?)\s+in (?:his |her |their )?(?:own )?(?:quotes|words)\b", re.I)
_UNRESOLVED = ("he", "she", "i")


def _person_in(text: str, lo: int, hi: int, known: KnownEntities) -> str | None:
    """The name of the person with a mention in text[lo:hi] (the first one)."""
    for s, _, k in known.mentions:
        if lo <= s < hi and k.type == "people":
            return k.entity.name
    return None


def sole_voice(doc: Doc, text: str, quotes: list[Quote], known: KnownEntities) -> str | None:
    """The person whose words the piece is, if it says so: the headline "X in quotes"; the
    only person named as a speaker, when also named in the headline or the lead; with no
    speaker named at all, the person the lead is about (subject of its first sentence)."""
    first_line = text.find("\n")
    if first_line < 0:
        return None
    m = _IN_QUOTES.match(text[:first_line])
    if m is not None:
        found = _person_in(text, 0, m.end(1), known)
        if found is not None:
            return found
    people = {k.entity.name for k in known.known if k.type == "people"}
    named = {q.speaker for q in quotes if q.speaker is not None and q.speaker.lower() not in _UNRESOLVED}
    lead_end = text.find("\n\n", first_line + 2)
    lead_end = len(text) if lead_end < 0 else lead_end
    if named:
        if len(named) != 1 or not named <= people:
            return None
        who = next(iter(named))
        in_lead = any(k.entity.name == who and s < lead_end for s, _, k in known.mentions)
        return who if in_lead else None
    # nobody named as speaking: the person the lead sentence is about
    body = text[first_line:].lstrip()
    start = len(text) - len(body)
    span = doc.char_span(start, min(lead_end, len(text)), alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    for subj in root.children:
        if subj.dep_ != "nsubj":
            continue
        # (the parser may run the headline into the lead, the headline its subject and the
        # lead's name an apposition to it: the lead's own subject)
        for cand in [subj] + [c for c in subj.children if c.dep_ == "appos"]:
            if cand.idx < start:
                continue
            hit = known.mention_at(cand.idx, cand.idx + len(cand.text))
            return hit[2].entity.name if hit is not None and hit[2].type == "people" else None
    return None


def fill_from_voice(doc: Doc, text: str, quotes: list[Quote], known: KnownEntities,
                    not_theirs: Callable[[Quote, str], bool] = lambda q, who: False) -> None:
    """Give the piece's one voice to its body quotes left with no speaker, and say so in
    the record's warnings: no cue names the speaker, the piece does. `not_theirs(q, who)`
    holds back a quote that cannot be the voice's own (one that names the voice)."""
    first_line = text.find("\n")
    open_ = [q for q in quotes if q.start > first_line and (q.speaker is None or q.speaker.lower() in _UNRESOLVED)
             and q.kind != "scare"]
    if not open_:
        return
    who = sole_voice(doc, text, quotes, known)
    if who is None:
        return
    at = next(((s, e) for s, e, k in known.mentions if k.entity.name == who), (None, None))
    open_ = [q for q in open_ if not not_theirs(q, who)]
    if not open_:
        return
    for q in open_:
        q.speaker, (q.speaker_start, q.speaker_end) = who, at
    extensions.warn(doc, f"quotes: {len(open_)} quote(s) with no cue given to the piece's one voice '{who}'")

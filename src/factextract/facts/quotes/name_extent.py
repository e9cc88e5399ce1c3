"""“…,” Lloyds of London said / according to Il Sole 24 Ore: the whole written name of a
speaker the entities component missed, not its head word.

Why its own module: names.adopt takes a missed name from the parse - the head word and the
proper nouns compounded before it. Names with a number or an "of" inside ("Il Sole 24 Ore",
"Lloyds of London", "Bank of Scotland") are parsed as a head with modifiers of other kinds,
and the speaker came out as "Ore" or "Lloyds". The model's named-entity span around the head
knows the whole name; when it holds only parts of a name (proper nouns, numbers, "of") and
a number or an "of" is among them, the speaker takes that span.
"""
from __future__ import annotations

from spacy.tokens import Token

_NAME_LABELS = ("ORG", "PERSON", "FAC")
_INNER_WORDS = ("of", "de", "du", "des", "di", "del", "della", "van", "von", "&", "and")


def written_name(tok: Token, start: int, end: int) -> tuple[int, int]:
    """The character extent of the name headed by `tok`, given the parse's extent
    (start, end): widened to the model's entity span around `tok` when that span is made of
    name words only."""
    if not tok.ent_type_ or tok.ent_type_ not in _NAME_LABELS:
        return start, end
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return start, end
    toks = [t for t in ent if not (t.i == ent.start and t.pos_ == "DET")]
    if not toks or any(not (t.pos_ in ("PROPN", "NUM") or t.lower_ in _INNER_WORDS) for t in toks):
        return start, end
    if toks[-1].lower_ in _INNER_WORDS or "\n" in ent.text:
        return start, end
    if not any(t.pos_ == "NUM" or t.lower_ in _INNER_WORDS for t in toks):
        return start, end       # "Mr Cescau", "Norbert Ore": the parse had the name right
    return min(start, toks[0].idx), max(end, toks[-1].idx + len(toks[-1].text))

"""“O'Leary has been in talks … and he said: “…”": a bare surname the entities component did not
link to its person still refers back to that person when the resolver looks for a speaker.

Why its own module: the model may tag "David O'Leary" as a person and miss the later bare
"O'Leary" (apostrophes, names at a paragraph start, names it reads as places or things). The
pronoun search then sees nobody in the sentence before the quote and takes a name further
back - another man's words. Each capitalised occurrence of the last word of a person's
several-word name, outside quotes and other mentions, and not the end of a different full
name, counts as a mention of that person for the resolver (the record's entities are left as
they are); a surname two people of the article share is left alone.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .known import KnownEntities
from .spans import QuotedSpans

# the surnames the entities component leaves unlinked: with an apostrophe or a hyphen inside
# ("O'Leary", "Smith-Jones"); other bare surnames it links itself, and adding them here moved
# speakers that were right
_JOINED = re.compile(r"\w['’-]\w")
# what the model read as something other than a name ("on Friday", "the French")
_NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "GPE", "LOC")


def add_surname_mentions(doc: Doc, text: str, entities: KnownEntities, quoted: QuotedSpans) -> int:
    """Add the unlinked bare-surname mentions of the doc's people to `entities`; returns how
    many were added."""
    by_surname: dict[str, list] = {}
    for k in entities.known:
        words = k.entity.name.split()
        if k.type == "people" and len(words) >= 2 and words[-1][:1].isupper() and _JOINED.search(words[-1]):
            by_surname.setdefault(words[-1], []).append(k)
    added = 0
    for surname, ks in by_surname.items():
        if len(ks) != 1 or len(surname) < 3:
            continue    # two people of the article share it: no telling which
        k = ks[0]
        given = {w for w in k.entity.name.split()[:-1]}
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w’-]|'(?!s\b))", text):
            s, e = m.start(), m.end()
            if quoted.covers(s) or entities.mention_at(s, e) is not None:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span) or span[0].pos_ != "PROPN" or span[0].ent_type_ in _NOT_NAMES:
                continue    # "on Friday" is no mention of Mike Friday
            before = doc[span[0].i - 1] if span[0].i > 0 else None
            if before is not None and before.text[:1].isupper() and before.is_alpha \
                    and before.text not in given and before.pos_ == "PROPN":
                continue    # "Martin O'Leary": somebody else's full name
            entities.add_mention(s, e, k)
            added += 1
    return added

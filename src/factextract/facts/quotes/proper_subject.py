"""A name the entities missed as the subject of a reporting verb: "“…,” Five said in a
statement" (a channel written as a number word), "“…,” 50 Cent said".

Why its own module: the component drops subjects of some parts of speech (a number, an
adverb: "only one said") as no source, and the poll test drops "cent"; a capitalised word
inside the sentence is a name, not a count, and a reader wants it as the speaker. A speaker
names an entity of the record (README: `speaker` is the entity's canonical name), so a name
the quotes had to adopt is added to the record's people or organisations at the end.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...records import Entity, Mention, Quote
from .known import Known, KnownEntities, Speaker


def proper_subject(tok: Token) -> bool:
    """Is the subject token a capitalised word inside its sentence (not its first word), so
    a name whatever the tagger called it ("Five" tagged a number)?"""
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper() and len(tok.text) < 2:
        return False
    first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.i != tok.i


def adopt_number_name(tok: Token, entities: KnownEntities, numbers: set[str]) -> Speaker:
    """The speaker for a name the tagger read as a number ("Five"): an organisation of that
    name, known from here on (for "it said") and noted in `numbers` for the record to list
    (`add_speakers`)."""
    s, e = tok.idx, tok.idx + len(tok.text)
    entity = Entity(name=tok.text, mentions=[Mention(tok.text, s, e)])
    entities.add(Known(entity, "organisations"), s, e)
    numbers.add(entity.name)
    return Speaker(entity.name, s, e, entity)


def add_speakers(doc: Doc, quotes: list[Quote], adopted: list[Known], numbers: set[str]) -> None:
    """Adds to doc._.entities each entity the quotes adopted (a name the entities component
    missed) that some quote's speaker names and no entity of the record already carries: a
    name of two or more capitalised words, or one the tagger read as a number."""
    ents = doc._.entities
    if ents is None:
        return
    taken = {e.name for kind in ("people", "organisations", "places") for e in ents.get(kind, [])}
    taken |= {a for kind in ("people", "organisations") for e in ents.get(kind, []) for a in e.aliases}
    speakers = {q.speaker for q in quotes if q.speaker is not None}
    for k in adopted:
        name = k.entity.name
        if name in taken or name not in speakers or k.type not in ("people", "organisations"):
            continue
        words = name.split()
        if not (len(words) >= 2 and all(w[:1].isupper() or w.isdigit() for w in words) or name in numbers):
            continue
        ents.setdefault(k.type, []).append(k.entity)
        taken.add(name)

"""The keys a stored entity can be found by, made as `compare` matches names
(`compare.names`): case, accents, hyphens, spacing and a possessive 's never matter, a
two-word alias or an acronym names the entity as surely as its name, "Ministry of Unification"
is "Unification Ministry", and a surname alone, a cut-short name or an acronym alone stands for
the one fuller name it fits. A person's name, asked or stored, may carry an honorific ("Mr
Blair", "Dr. Lee"): it is matched with and without it.
"""
from __future__ import annotations

from ..compare.names import _content_tokens, name_key, name_tokens
from ..records import Entity

# honorifics and titles written before a person's name
HONORIFICS = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr sen senator rep gov
governor president mayor gen general lt col colonel maj capt captain adm admiral sgt judge
""".split())


def without_honorifics(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens without leading honorifics ("Mr. Hong Min" -> hong, min); a name that is
    nothing but one ("Dr") keeps it."""
    while len(toks) > 1 and toks[0] in HONORIFICS:
        toks = toks[1:]
    return toks


def query_keys(text: str, kind: str) -> set[str]:
    """Keys that name what the question names: its spelling-free key with and without a leading
    honorific, and for an organisation its content words in any order."""
    toks = name_tokens(text)
    bare = without_honorifics(toks) if kind == "person" else toks
    keys = {"".join(toks), "".join(bare)}
    content = _content_tokens(toks)
    if kind == "organisation" and len(content) > 1:
        keys.add("org:" + " ".join(sorted(content)))
    return keys - {""}


def entity_keys(kind: str, entity: Entity) -> list[tuple[str, str]]:
    """(form, key) pairs an entity is found by: 'name' and 'alias' keys match a question
    outright, as in `compare.names.NameIndex`; 'part' keys are the shorter forms (surname, a
    name's leading words, an organisation's initials) that stand for this entity only when no
    other stored name shares them."""
    full = name_tokens(entity.name)
    out = {("name", "".join(full))}
    toks = without_honorifics(full) if kind == "person" else full
    if toks != full:
        out.add(("alias", "".join(toks)))   # "Mr Blair" is found as "Blair" too
    for alias in entity.aliases:
        if len(name_tokens(alias)) > 1 or (alias.isupper() and len(alias) > 1):
            out.add(("alias", name_key(alias)))
    content = _content_tokens(toks)
    if kind == "organisation" and len(content) > 1:
        out.add(("alias", "org:" + " ".join(sorted(content))))
        out.add(("part", "".join(t[0] for t in content)))
    if len(toks) > 1:
        out.update(("part", "".join(toks[:k])) for k in range(1, len(toks)))
        if kind == "person":
            out.add(("part", toks[-1]))  # Western surname last
    return sorted((form, key) for form, key in out if key)

"""The keys a stored entity can be found by, made as `compare` matches names
(`compare.names`): case, accents, hyphens, spacing and a possessive 's never matter, a
two-word alias or an acronym names the entity as surely as its name, "Ministry of Unification"
is "Unification Ministry", and a surname alone, a cut-short name or an acronym alone stands for
the one fuller name it fits. A question may also carry an honorific ("Mr Hong", "Dr. Lee"),
which is dropped before matching.
"""
from __future__ import annotations

from ..compare.names import _content_tokens, name_key, name_tokens
from ..records import Entity

# honorifics and titles a question may put before a name
HONORIFICS = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr sen senator rep gov
governor president mayor gen general lt col colonel maj capt captain adm admiral sgt judge
""".split())


def query_tokens(text: str) -> tuple[str, ...]:
    """The name tokens of a question, without leading honorifics ("Mr. Hong Min" -> hong, min)."""
    toks = name_tokens(text)
    while len(toks) > 1 and toks[0] in HONORIFICS:
        toks = toks[1:]
    return toks


def query_keys(text: str, kind: str) -> set[str]:
    """Keys that name what the question names: its spelling-free key, and for an organisation
    its content words in any order."""
    toks = query_tokens(text)
    keys = {"".join(toks)}
    content = _content_tokens(toks)
    if kind == "organisation" and len(content) > 1:
        keys.add("org:" + " ".join(sorted(content)))
    return keys - {""}


def entity_keys(kind: str, entity: Entity) -> list[tuple[str, str]]:
    """(form, key) pairs an entity is found by: 'name' and 'alias' keys match a question
    outright, as in `compare.names.NameIndex`; 'part' keys are the shorter forms (surname, a
    name's leading words, an organisation's initials) that stand for this entity only when no
    other stored name shares them."""
    toks = name_tokens(entity.name)
    out = {("name", "".join(toks))}
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

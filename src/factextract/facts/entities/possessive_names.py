"""Company names that end in a possessive: "Moody's", "Standard & Poor's", "Sainsbury's",
"McDonald's".

Every rule before this one ends a name at its "'s", which is right for "Microsoft's profits"
but cuts "Moody" out of "Moody's said" and "Sainsbury" out of "shoppers at Sainsbury's". A
possessive owns a noun phrase; when none follows (the next token is a finite verb or a clause
mark), the "'s" is the name's own. Not before "and": "Sainsbury's and Tesco's sales" owns. Only organisations: "Blair's said" is "Blair has
said", and "the BBC's." (with "the") is still the BBC's something, left unsaid.
"""
from __future__ import annotations

from .proposal import Proposal
from .tokens import TokenView

_POSSESSIVE = frozenset(("'s", "’s"))
# a verb right after: "Moody's said"
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_CLAUSE_MARKS = frozenset((".", ",", ";", ":", ")"))   # not a quote mark: Labour's "faltering campaign"


def keep_name_possessives(v: TokenView, spans: list[Proposal]) -> None:
    """Mark organisation proposals whose "'s" is the name's own (in place), taking it in where
    the proposal stopped before it: every mention of a name that somewhere has an "'s" owning
    nothing ("Moody's said"; then "Moody's chief economist" too)."""
    owned = {_key(v, sp) for sp in spans if _owns(v, sp)}
    if not owned:
        return
    for sp in spans:
        k = _possessive_at(v, sp)
        if k is not None and sp.type == "organisations" and _key(v, sp) in owned:
            sp.e, sp.own_s = k + 1, True


def _key(v: TokenView, sp: Proposal) -> tuple[str, ...]:
    return tuple(w for w in v.lowers[sp.s:sp.e] if w not in _POSSESSIVE)


def _possessive_at(v: TokenView, sp: Proposal) -> int | None:
    """The index of the attached "'s" that ends the proposal or follows it, if any."""
    T = v.toks
    for k in (sp.e - 1, sp.e):
        if sp.s < k < len(T) - 1 and T[k].text in _POSSESSIVE and T[k].tag_ == "POS" \
                and T[k].idx == T[k - 1].idx + len(T[k - 1]):
            return k
    return None


def _owns(v: TokenView, sp: Proposal) -> bool:
    """The "'s" of this organisation owns no noun phrase: a finite verb or a clause mark follows,
    and no "the" comes before ("the BBC's." still owns something left unsaid)."""
    k = _possessive_at(v, sp)
    if sp.type != "organisations" or k is None or (sp.s and v.lowers[sp.s - 1] == "the"):
        return False
    nxt = v.toks[k + 1]
    return nxt.tag_ in _FINITE or nxt.text in _CLAUSE_MARKS or nxt.tag_ == "VBN" and not _modifies(v, k + 1)


def _modifies(v: TokenView, k: int) -> bool:
    """The participle at k is a modifier of a noun after it ("GM's planned cuts"), not the
    verb the tagger reads in "Marlowe's reported" (as "has reported")."""
    return k + 1 < len(v.toks) and v.toks[k + 1].tag_[:2] in ("NN", "JJ")

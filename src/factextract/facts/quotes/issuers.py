"""“…,” said an FA statement: the body that issued a statement, when makers.py and authors.py
find no name in the statement's own phrase.

Why its own module: business and sport copy quotes statements far more than people, and a
statement cannot speak: "The statement", "an agency statement" reported as the speaker hides
the body the article names. makers.py reads a capitalised name before the noun and
authors.py a proper name right after "by"/"from"; this reads what they leave:
- a body's initials before the noun ("an FA statement" after "the Football Association");
- a kind of body before the noun ("an agency statement"), resolved as "the agency" is;
- the maker named deeper in the phrase ("a statement issued on behalf of Ann Lee");
- a bare definite "the statement" (or "the release") that goes on from the quote just before,
  in the same or the next paragraph, when the article has already spoken of a statement ("X
  said in a statement: “…” The statement added: “…”"): that quote's speaker.
Nothing found leaves the noun as it was.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..entities.acronyms import acronym_matches
from .known import Known, KnownEntities, Speaker
from .makers import is_document

if TYPE_CHECKING:   # pragma: no cover
    from .speakers import SpeakerResolver

# issued on a body's behalf: what "the statement" after that body's quote goes on with
_ISSUED = frozenset({"statement", "release", "announcement", "communique"})
# verbs that link a document to its maker through a prepositional phrase
_ISSUING = frozenset({"issue", "release", "send", "publish", "put", "sign", "make"})
# the most paragraph breaks between the quote before and "the statement"
_MAX_BREAKS = 1


def by_initials(abbr: str, entities: KnownEntities, before: int) -> Known | None:
    """The one organisation mentioned before `before` whose name the initials `abbr` spell
    ("FA" for "Football Association": entities/acronyms.acronym_matches)."""
    found = {id(k): k for s, _, k in entities.mentions
             if s < before and k.type == "organisations" and len(k.entity.name.split()) >= 2
             and acronym_matches(abbr, k.entity.name)}
    return next(iter(found.values())) if len(found) == 1 else None


def _maker_below(tok: Token) -> Token | None:
    """The name after "by"/"from"/"on behalf of" inside the document's phrase, reached only
    through prepositions and an issuing participle ("a statement issued on behalf of X")."""
    for t in tok.subtree:
        if t.dep_ != "pobj" or t.i <= tok.i or t.pos_ != "PROPN":
            continue    # a name only: "from the phone firm" is a description the parse may misplace
        prep = t.head
        if prep.lower_ in ("by", "from"):
            pass
        elif prep.lower_ == "of" and prep.head.lower_ == "behalf":
            prep = prep.head.head   # "on" of "on behalf of"
        else:
            continue
        up = prep.head
        while up.i != tok.i and up.dep_ in ("acl", "prep", "pobj") and (
                up.dep_ != "acl" or up.lemma_.lower() in _ISSUING):
            up = up.head
        if up.i == tok.i:
            return t
    return None


def _bare_definite(tok: Token) -> bool:
    """"the statement", "this statement": nothing before the noun but the article."""
    lefts = list(tok.lefts)
    return len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ in ("the", "this")


def _went_on(tok: Token, resolver: "SpeakerResolver") -> Known | None:
    """The speaker of the quote just before `tok` when "the statement" goes on from it: a
    statement spoken of before, at most one paragraph break between."""
    last = resolver.antecedents.last_speaker
    if last is None or last[0] >= tok.idx:
        return None
    text = resolver.text
    if text[last[0]:tok.idx].count("\n\n") > _MAX_BREAKS \
            or text[last[0]:tok.idx].count("\n") > 2 * _MAX_BREAKS:
        return None
    noun = tok.lower_
    if noun not in text[:tok.idx].lower():
        return None     # no statement spoken of yet: "the statement" is not that quote's
    return last[1] if last[1].type in ("organisations", "people") else None


def document_issuer(tok: Token, resolver: "SpeakerResolver") -> Speaker | None:
    """Who issued the document noun `tok` (patterns/quotes/document_nouns.txt), else None."""
    if not is_document(tok) or tok.tag_ in ("NNS", "NNPS"):
        return None
    s, e = resolver.phrase(tok)
    for child in tok.lefts:
        if child.dep_ not in ("compound", "nmod", "amod") or resolver.in_quote(child.idx):
            continue
        if child.pos_ in ("PROPN", "NOUN") and child.text.isupper() and 2 <= len(child.text) <= 6:
            k = by_initials(child.text, resolver.entities, tok.idx)     # "an FA statement"
            if k is not None:
                return Speaker(k.entity.name, s, e, k.entity)
        if child.pos_ == "NOUN" and child.lemma_.lower() in resolver.vocab.organisation_nouns:
            # "an agency statement": the body "the agency" would mean
            k = resolver.descriptions.resolve(child, "organisation")
            if k is not None:
                return Speaker(k.entity.name, s, e, k.entity)
    maker = _maker_below(tok)
    if maker is not None and not resolver.in_quote(maker.idx):
        made = resolver.resolve(maker, resolver.phrase(maker))
        if made.entity is not None:
            return Speaker(made.name, s, e, made.entity)
    if tok.lower_ in _ISSUED and _bare_definite(tok):
        k = _went_on(tok, resolver)
        if k is not None:
            return Speaker(k.entity.name, s, e, k.entity)
    return None

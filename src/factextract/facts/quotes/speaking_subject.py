"""A sentence whose reporting verb has a speaker the entities do not know: its other names are
only mentioned ("The Argentine admitted tempers had frayed but would not say whether drinks
were thrown at the City coach Sam Hale. “I saw people pushing,” he said" - not Hale).

Why its own module: the antecedent scorer lets an object of a known gender stand for a later
"he"/"she" when nothing better is near; that is right when the sentence names nobody else
("Police arrested Tom Reid. “I did nothing,” he said"), wrong when a description or a name
the entities missed is the subject of the sentence's reporting verb - that subject is who the
pronoun continues, and the names inside its object clause or prepositional phrases are not -
also when such a name is the subject of that clause ("the French defender believes Mourinho is
suited to the job … “…,” he said" - not Mourinho). A name compounded onto a common noun ("an
Alan Shearer strike", "a Glazer bid") is never the antecedent: it only says whose thing it is.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .known import KnownEntities
from .spans import QuotedSpans
from .words import Vocab

# verbs joined to the main verb whose subject also reports ("X confirmed … and added …")
_JOINED = ("conj", "ccomp", "parataxis")
# a subject the model types as one of these is no person
_NOT_PEOPLE = ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")


def _person_like(tok: Token, vocab: Vocab) -> bool:
    """A name, a person noun ("the spokesman", "the striker") or a nationality or age with an
    article ("the Brazilian", "the 46-year-old"); not "the club", "the report"."""
    low = tok.lemma_.lower()
    if tok.pos_ == "PROPN":
        return low not in vocab.organisation_nouns
    if tok.pos_ == "NOUN":
        return low in vocab.known_posts or low in vocab.person_nouns or low in vocab.gendered
    return tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children)


def unknown_speaker(sent: Span, hi: int, taken: set[int], vocab: Vocab, quoted: QuotedSpans,
                    entities: KnownEntities) -> Token | None:
    """The person-like subject of a reporting verb of `sent` before offset `hi`, outside
    quotes, that no entity mention covers (not a candidate, not "Mrs Lee" for a "he", not
    "the club": "the club confirmed it had signed Tom Reid" leaves Reid a candidate); else None."""
    root = sent.root
    for verb in [root] + [c for c in root.children if c.dep_ in _JOINED and c.i > root.i]:
        if verb.idx >= hi or verb.lemma_.lower() not in vocab.verbs or quoted.covers(verb.idx):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]   # "X believes … and says …"
        for child in subjects:
            if child.idx >= hi or quoted.covers(child.idx):
                continue
            if _person_like(child, vocab) and child.tag_ not in ("NNS", "NNPS") and child.i not in taken \
                    and not any(t.i in taken for t in child.subtree):
                hit = entities.mention_at(child.idx, child.idx + len(child.text))
                if hit is not None or child.ent_type_ in _NOT_PEOPLE:
                    return None     # a known entity, of another kind or gender: names stay candidates
                return child    # "the spokesman", "the Brazilian", a name the entities missed
    return None


def in_main_complement(tok: Token) -> bool:
    """Is `tok` inside the clause a main verb reports or believes ("X believes Mourinho is …")?
    Its subject is then only talked about when that main verb's subject is an unknown person."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "ccomp":
            verb = t.head
            return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
        t = t.head
    return False


def noun_modifier(tok: Token) -> bool:
    """A name the parse compounds onto a lower-case common noun after it ("an Alan Shearer
    strike", "the Glazer bid"): a modifier of a thing, not a participant of the sentence."""
    head = tok.head
    return tok.dep_ == "compound" and head.i > tok.i and head.pos_ == "NOUN" and head.text.islower()

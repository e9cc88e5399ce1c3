"""Naming a speaker mention: the fullest name a surname or a phrase stands for.

Why its own module: "Hong" said, "Clinton spokesman Brian Fallon" said and a name the
entities component missed all come down to which person's name to report; pronouns and
role nouns are answered elsewhere (antecedents, roles).
"""
from __future__ import annotations

from spacy.tokens import Token

from ...records import Entity, Mention
from .name_extent import written_name
from .known import Known, KnownEntities, Speaker
from .spans import QuotedSpans
from .words import Vocab


def name_gender(k: Known, vocab: Vocab) -> str | None:
    """From the first word of the fullest name, when it is a common given name."""
    words = k.entity.name.split()
    return vocab.first_names.get(words[0].lower()) if len(words) >= 2 else None


class Names:
    """Finds the person a name-like subject means, adopting names nobody found before."""

    def __init__(self, text: str, vocab: Vocab, entities: KnownEntities, quoted: QuotedSpans) -> None:
        self.text = text
        self.vocab = vocab
        self.entities = entities
        self.quoted = quoted

    def person_named(self, name: str) -> Entity | None:
        """A person of the whole article whose several-word name contains `name`'s last word."""
        words = name.lower().split()
        for k in self.entities.known:
            full = k.entity.name.lower().split()
            if k.type == "people" and len(full) >= 2 and words and words[-1] in full:
                return k.entity
        return None

    def by_surname(self, tok: Token) -> Known | None:
        """The latest person before `tok` whose several-word name contains it ("Hong" ->
        "Hong Min")."""
        word = tok.text.lower()
        i = self.entities.first_at(tok.idx)
        for _, _, k in reversed(self.entities.mentions[:i]):
            words = k.entity.name.lower().split()
            if k.type == "people" and len(words) >= 2 and word in words:
                return k
        return None

    def organisation_around(self, tok: Token) -> tuple[int, int, Known] | None:
        """"Amnesty International UK said": a place name that ends an organisation's name
        (its compounds are the organisation) speaks as that organisation."""
        for child in tok.children:
            if child.dep_ == "compound" and child.i < tok.i:
                cand = self.entities.mention_at(child.idx, child.idx + len(child.text))
                if cand is not None and cand[2].type == "organisations":
                    return cand
        return None

    def adopt(self, tok: Token, s: int, e: int) -> Speaker:
        """Make a name the entities component missed a known entity of this doc."""
        # "The Fabian Society's Sundar Katwala": the possessor is no part of the name
        owner = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
        name_toks = [t for t in tok.subtree if t.i not in owner and (
            t.i <= tok.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t.i == tok.i
            or t.i == tok.i - 1 and t.dep_ == "nummod" and t.like_num and tok.text[:1].isupper())]   # "50 Cent"
        ns, ne = written_name(tok, min(t.idx for t in name_toks), tok.idx + len(tok.text))   # "Lloyds of London"
        entity = Entity(name=self.text[ns:ne], mentions=[Mention(self.text[ns:ne], ns, ne)])
        etype = "organisations" if tok.ent_type_ in ("ORG", "NORP") else "people"
        k = Known(entity, etype)
        if etype == "people":
            k.gender = name_gender(k, self.vocab)
        self.entities.add(k, ns, ne)
        return Speaker(entity.name, ns, ne, entity)

    def person_in_phrase(self, tok: Token) -> tuple[int, int, Known] | None:
        """A person named in the subject's own noun phrase: "Clinton spokesman Brian Fallon",
        "the head of the group, Jane Roe," - but not one behind a preposition ("a spokesman
        for Hillary Clinton" is not Hillary Clinton)."""
        if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
            return None       # the subject is itself a name ("Griffin, an Obama backer")
        for child in tok.children:
            # "media and PR strategist Anton Greely": a role noun joined to the name by the parse;
            # "Aid Commissioner, Louis Michel,": a title word the parse calls a proper noun
            deps = ("appos", "nmod", "conj") if tok.pos_ == "NOUN" and tok.text.islower() else ("appos", "nmod")
            if child.dep_ not in deps or self.quoted.covers(child.idx):
                continue
            if tok.pos_ == "PROPN" and child.dep_ != "appos":
                continue
            cand = self.entities.mention_at(child.idx, child.idx + len(child.text))
            if cand is not None and cand[2].type == "people":
                return cand
            if child.dep_ == "appos" and child.pos_ == "PROPN" and (cand is None or cand[2].type != "people"):
                # "the finance spokesman, Brian Monteith MSP,": the name before a post's letters
                for part in child.children:
                    if part.dep_ == "compound" and part.i < child.i:
                        named = self.entities.mention_at(part.idx, part.idx + len(part.text))
                        if named is not None and named[2].type == "people":
                            return named
            if cand is None and child.pos_ == "PROPN" and tok.pos_ == "NOUN":
                # "The head of the unit, Acting Detective Chief Inspector, Colin Marsh, said":
                # the name stands in apposition to the title that follows the role
                for grand in child.children:
                    if grand.dep_ == "appos" and grand.i > child.i and not self.quoted.covers(grand.idx):
                        cand = self.entities.mention_at(grand.idx, grand.idx + len(grand.text))
                        if cand is not None and cand[2].type == "people":
                            return cand
        return self._role_then_name(tok)

    def owned_conj(self, tok: Token) -> Token | None:
        """"added Ernst and Young's Sanjiv Mehra": the parse makes the firm's first word the
        subject and the person its conjunct; the possessive between them says the name after
        "'s" is the one who spoke."""
        for conj in tok.children:
            if conj.dep_ == "conj" and conj.i > tok.i and conj.pos_ == "PROPN" \
                    and not self.quoted.covers(conj.idx) \
                    and any(c.dep_ == "poss" and tok.i < c.i < conj.i for c in conj.children):
                return conj
        return None

    def _role_then_name(self, tok: Token) -> tuple[int, int, Known] | None:
        """"jobs agency chief Karl-Heinz Brammer said" (the parse gives the verb two
        subjects) and "the minister for inland waterways Ravi Menon said" (the name taken
        into the role's prepositional phrase): the role noun is followed at once by a person's
        name. Not "a spokesman for Helen Marsh" (the name right after the preposition) nor
        "a spokesman for Labour leader Tom Ashby" (another role, or a name, before it)."""
        if tok.pos_ != "NOUN":
            return None
        verb = tok.head
        for sib in verb.children:
            if sib.i > tok.i and sib.dep_ == tok.dep_ and sib.pos_ == "PROPN" and not self.quoted.covers(sib.idx):
                cand = self.entities.mention_at(sib.idx, sib.idx + len(sib.text))
                if cand is not None and cand[2].type == "people" and cand[0] <= tok.idx + len(tok.text) + 40 \
                        and all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text in ("-", "–")
                                for t in tok.doc[tok.i + 1:sib.i]):
                    return cand
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN" or self.quoted.covers(obj.idx):
                continue
            cand = self.entities.mention_at(obj.idx, obj.idx + len(obj.text))
            if cand is None or cand[2].type != "people":
                continue
            between = [t for t in tok.doc[prep.i + 1:obj.i + 1] if t.idx < cand[0]]
            if between and all(t.text.islower() and t.pos_ in ("NOUN", "ADJ", "PROPN") and
                               t.lemma_.lower() not in self.vocab.roles for t in between):
                return cand
        return None

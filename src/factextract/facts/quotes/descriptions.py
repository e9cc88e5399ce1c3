"""Which entity a definite description stands for: "the Arsenal boss", "the Ballymena-born
actor", "our correspondent", "the 31-year-old", "the company".

Why its own module: news copy names a person once and then refers back to them by what they
are; reporting "the Oscar-nominated actor" as the speaker when the article named the actor
hides who spoke. The description is resolved like a pronoun (antecedents.AntecedentFinder:
role in the sentence, distance, the previous speaker), but only to someone it can describe:
a person for a post ("the Ballymena-born actor"), of the gender the noun says ("the actress"),
not already known in another post ("the striker" is not the man introduced as "manager"),
not named inside the description itself ("the spokesman for Mr Prescott" is not Prescott);
the organisation the article is about (mentioned most) for "the company"/"the club". Failing
a nearby referent, the only person of the article that fits. Otherwise the description stays
as it is.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .antecedents import AntecedentFinder, Wanted
from .headline_holder import HeadlineHolder
from .known import Known, KnownEntities
from .offices import description_modifiers, proper_modifiers
from .office_speaker import still_speaking
from .org_kinds import is_kind_noun, of_kind, of_other_kind, subject_just_before
from ...nlp.extensions import doc_text
from .words import Vocab

_AGE = re.compile(r"^\d+-year-old$")
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:man|woman)$")
_DEFINITE = ("the", "this", "that")


class Descriptions:
    """Resolves definite descriptions of one doc."""

    def __init__(self, vocab: Vocab, entities: KnownEntities, antecedents: AntecedentFinder) -> None:
        self.vocab = vocab
        self.entities = entities
        self.antecedents = antecedents
        # the word lists, built once in Vocab rather than per doc
        self.posts = vocab.post_groups
        self.organisation_nouns = vocab.organisation_nouns
        self.offices = vocab.offices
        self.demonyms = vocab.demonyms
        self.known_posts = vocab.known_posts
        self.headline = HeadlineHolder(entities, antecedents, self.offices)

    # -- what the description is -----------------------------------------------------------
    def kind(self, tok: Token) -> str | None:
        """"person" / "organisation" when `tok` heads a definite description that can refer
        back to a named entity, else None."""
        if tok.tag_ in ("NNS", "NNPS") or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
        edge = tok.left_edge
        if not dets and edge.dep_ == "det" and edge.head.dep_ in ("nmod", "compound") and edge.head.head.i == tok.i:
            dets = [edge.lower_]    # "the world 200m record holder": "the" hung on "world"
        low = tok.lower_
        lemma = tok.lemma_.lower()
        # a post in lower case ("the Scottish Executive" is a name, not "the executive")
        # (or an abbreviated post in capitals: "the Ealing North MP")
        # (or a nationality noun, capitalised by nature: "the Frenchman", "the Welshwoman")
        written = tok.text.islower() or tok.text.isupper() and 2 <= len(tok.text) <= 3 and tok.text.isalpha() \
            or _NATIONALITY.match(tok.text) is not None
        person = (lemma in self.posts or low in self.posts) and written or self._age(tok) or \
            low in self.demonyms and tok.text[:1].isupper()
        if person and any(d in _DEFINITE for d in dets):
            return "person"
        if lemma in self.organisation_nouns and tok.pos_ == "NOUN" and (
                any(d in _DEFINITE for d in dets) or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)):
            return "organisation"
        return None

    @staticmethod
    def _age(tok: Token) -> bool:
        """"the 24-year-old", one token or split at its hyphens."""
        if _AGE.match(tok.lower_):
            return True
        return tok.lower_ == "old" and any(c.lower_ == "year" and any(n.like_num for n in c.children)
                                           for c in tok.children)

    def post(self, tok: Token) -> str:
        """The post word of a description: "our correspondent" -> correspondent."""
        return tok.lemma_.lower()

    # -- what it stands for -------------------------------------------------------------------
    def resolve(self, tok: Token, kind: str) -> Known | None:
        """The entity the description stands for, or None when the article names nobody
        (or several) it can describe."""
        inside = self._named_inside(tok)
        if kind == "person":
            wanted = self._wanted_person(tok, inside)
            if self.post(tok) in self.offices:
                found = self._previous_speaker(tok, wanted)
                if found is None and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    found = self.headline.holder(tok, self.post(tok), wanted)   # headline_holder.py
                return found
        else:
            return self._main_organisation(tok, inside)
        found = self.antecedents.antecedent(tok, wanted=wanted)
        found = found if found is not None else self._only_one(tok, wanted)
        if found is None and self._age(tok):
            # "the 34-year-old" after "midfielder Graham Stuart", the one person named so far:
            # an age is no post, so it clashes with none
            found = self._only_one(tok, self._wanted_person(tok, inside, any_post=True))
        return found

    def only_person(self, tok: Token) -> Known | None:
        """The one person named before the person description `tok` that it fits, when the
        article has named nobody else yet ("the Frenchman" of a piece about one coach)."""
        return self._only_one(tok, self._wanted_person(tok, self._named_inside(tok)))

    def _wanted_person(self, tok: Token, inside: set[int], any_post: bool = False) -> Wanted:
        """Whom the person description `tok` can stand for (`any_post`: whatever post the
        person was given)."""
        post = self.post(tok)
        fits_post = self.posts.get(post) or self.posts.get(tok.lower_) or frozenset((post,))
        gender = self.vocab.gendered.get(post)
        modifiers = description_modifiers(tok)
        proper = proper_modifiers(tok)

        def accept(k: Known) -> bool:
            if id(k) in inside or not self._person_like(k, tok.doc):
                return False
            held = {r for r in k.roles if r in self.known_posts}
            if any_post or _NATIONALITY.match(tok.text) or tok.lower_ in self.demonyms and tok.text[:1].isupper():
                held = set()    # "the Frenchman", "the Brazilian": a nationality, no post to clash
            if post in self.offices and not k.holds(post, modifiers):
                return False    # "the prime minister" is not the deputy prime minister
            if proper and k.qualified.get(post) and not proper & k.qualified[post]:
                return False    # "the Metropolitan police chief" is not the Norfolk one
            return not held or bool(held & fits_post)

        return Wanted(people=True, gender=gender, accept=accept, objects=False, strict=True)

    def _previous_speaker(self, tok: Token, wanted: Wanted) -> Known | None:
        """An office ("the Russian president") held by nobody the article gave it: only the
        speaker of the quote just before (two sentences back at most) if the office fits."""
        last = self.antecedents.last_speaker
        if last is None or last[0] >= tok.idx:
            return None
        sents = self.antecedents.sents
        at = tok.doc.char_span(last[0], last[0] + 1, alignment_mode="expand")
        if at is None or not len(at):
            return None
        apart = sents.index(tok) - sents.index(at[0])
        if apart > 2 and not still_speaking(tok, last, self.entities, self.antecedents.quoted, apart):
            return None
        k = last[1]
        ok = self.antecedents.compatible(k, True, wanted.gender) and (wanted.accept is None or wanted.accept(k))
        return k if ok else None

    @staticmethod
    def _person_like(k: Known, doc) -> bool:
        """A person the article really names: with a given name, a title or a post, or a
        full name the model reads as a person (a party or a town typed a person by mistake
        is not "the prime minister")."""
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in k.entity.mentions[:3]]
        spans = [sp for sp in spans if sp is not None and len(sp)]
        if any(sp.root.tag_ == "NNPS" for sp in spans):
            return False        # "the Lib Dems", "Britons": a group
        if k.gender or k.roles:
            return True
        return len(k.entity.name.split()) >= 2 and any(sp.root.ent_type_ == "PERSON" for sp in spans)

    def _main_organisation(self, tok: Token, inside: set[int]) -> Known | None:
        """"the company", "the club": the organisation the article is about - the one
        mentioned most before `tok` (outside quotes), when no other is mentioned as often."""
        lemma = tok.lemma_.lower()
        kind = is_kind_noun(lemma)
        if kind:     # "the newspaper": a body shown to be a newspaper, else none shown to be another kind
            found = of_kind(lemma, tok.idx, doc_text(tok.doc), self.entities, self.antecedents.quoted, inside)
            if found is not None:
                return found
        near = subject_just_before(tok, self.entities, self.antecedents.quoted, self.antecedents.sents, inside)
        if near is not None and not (kind and of_other_kind(near, lemma, doc_text(tok.doc))):
            return near     # the body the sentence before was about
        counts: dict[int, list] = {}
        for s, _, k in self.entities.mentions:
            if s >= tok.idx:
                break
            if k.type == "organisations" and id(k) not in inside and not self.antecedents.quoted.covers(s):
                counts.setdefault(id(k), [0, k])[0] += 1
        ranked = sorted(counts.values(), key=lambda c: -c[0])
        if not ranked or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            return None
        if kind and of_other_kind(ranked[0][1], lemma, doc_text(tok.doc)):
            return None     # "the newspaper" is not the stock exchange the article is about
        return ranked[0][1]

    def _named_inside(self, tok: Token) -> set[int]:
        """Entities named inside the description ("the spokesman for Mr Prescott")."""
        out: set[int] = set()
        for t in tok.subtree:
            hit = self.entities.mention_at(t.idx, t.idx + len(t.text))
            if hit is not None:
                out.add(id(hit[2]))
        return out

    def _only_one(self, tok: Token, wanted: Wanted) -> Known | None:
        """The one person (or organisation) the article mentions before `tok`, outside
        quotes, when the description fits it: nobody else it could mean."""
        seen: dict[int, Known] = {}
        for s, _, k in self.entities.mentions:
            if s >= tok.idx:
                break
            if not self.antecedents.quoted.covers(s) and (k.type == "people") == wanted.people \
                    and k.type != "places":
                seen[id(k)] = k
        if len(seen) != 1:
            return None
        k = next(iter(seen.values()))
        ok = self.antecedents.compatible(k, wanted.people, wanted.gender) and \
            (wanted.accept is None or wanted.accept(k))
        return k if ok else None

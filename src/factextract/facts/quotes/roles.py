"""The roles an article gives its entities, and the entity a role noun stands for.

Why its own module: "the analyst said" and "the statement said" are resolved by what the
article said earlier - "Hong Min, a senior analyst at ...", "Sen. Cruz", "Ms. White",
"X issued a statement" - not by the parse of the quote's own sentence. This module reads
those earlier roles once per doc and answers role-noun look-ups from them.
"""
from __future__ import annotations

import bisect

import numpy as np
from spacy.attrs import POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token

from ...nlp.resources import load_wordlist
from .deps import SUBJECT_DEPS
from .known import Known, KnownEntities
from .names import name_gender
from .offices import description_modifiers, proper_modifiers, title_modifiers
from .spans import QuotedSpans
from .words import Vocab


class RoleBook:
    """Learns each entity's roles, gender and issued documents; finds the entity of a role."""

    def __init__(self, doc: Doc, vocab: Vocab, entities: KnownEntities, quoted: QuotedSpans) -> None:
        self.doc = doc
        self.vocab = vocab
        self.entities = entities
        self.quoted = quoted
        self.documents: list[tuple[int, Known]] = []   # (offset, issuer) of "a statement" by X
        self.issuing = load_wordlist("quotes/issuing_verbs.txt")
        self._learn()

    def _learn(self) -> None:
        doc = self.doc
        # "statement", "release", ... as nouns outside quotes: issued by whoever is their verb's subject
        nouns = np.flatnonzero(doc.to_array(POS) == NOUN).tolist() if len(doc) else []
        doc_nouns = [i for i in nouns if doc[i].lemma_.lower() in self.vocab.documents
                     and not self.quoted.covers(doc[i].idx)]
        for s, e, k in self.entities.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            head = span.root
            self._titles_before(k, span.start)
            # apposition: "Hong Min, a senior analyst at ..." / "the analyst, Hong Min,"
            for child in head.children:
                if child.dep_ == "appos" and child.i >= span.end:
                    self._add_role(k, child)
            if head.dep_ == "appos" and head.head.i < span.start:
                self._add_role(k, head.head)
            # copula: "Hong is an analyst"
            if head.dep_ in SUBJECT_DEPS and head.head.lemma_ == "be":
                for child in head.head.children:
                    if child.dep_ == "attr":
                        self._add_role(k, child)
            self._documents_issued(k, head, doc_nouns)
            if k.type == "people" and not k.gender:
                k.gender = name_gender(k, self.vocab)
        self.documents.sort(key=lambda x: x[0])

    def _titles_before(self, k: Known, start: int) -> None:
        """Titles and role nouns right before the name: "Sen. Ted Cruz", "analyst Hong Min"."""
        doc = self.doc
        j = start - 1
        while j >= 0 and j >= start - 4:
            tok = doc[j]
            low = tok.text.lower()
            title = self.vocab.titles.get(low)
            if title:
                if title["role"]:
                    k.roles.add(title["role"])
                    k.titled.setdefault(title["role"], []).append(title_modifiers(doc, j, start - 4))
                if title["gender"] and not k.gender and k.type == "people" \
                        and not self._name_outweighs(k, low, title["gender"]):
                    k.gender = title["gender"]
            elif tok.lemma_.lower() in self.vocab.roles or low in self.vocab.roles or \
                    tok.text.islower() and tok.lemma_.lower() in self.vocab.posts:
                self._add_role(k, tok)
            elif tok.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT") or tok.text in (",", ";"):
                break
            j -= 1

    def _documents_issued(self, k: Known, head: Token, doc_nouns: list[int]) -> None:
        """The statements, releases, ... the mention's entity issued."""
        doc = self.doc
        # "In a statement, X said" / "X said in a statement" / "X released a statement" - not
        # "X welcomed the report": the report's words are not X's
        if head.dep_ in SUBJECT_DEPS and (head.head.lemma_.lower() in self.issuing
                                          or head.head.lemma_.lower() in self.vocab.verbs):
            verb = head.head
            # the document nouns in the verb's subtree (inside its edges, below the verb)
            lo = bisect.bisect_left(doc_nouns, verb.left_edge.i)
            hi = bisect.bisect_right(doc_nouns, verb.right_edge.i)
            for i in doc_nouns[lo:hi]:
                tok = doc[i]
                if tok.dep_ == "dobj" and tok.head.lemma_.lower() not in self.issuing:
                    continue    # "X criticised the statement": someone else's statement
                if i == verb.i or verb.is_ancestor(tok):
                    self.documents.append((tok.idx, k))
                    k.roles.add(tok.lemma_.lower())
        # "X's statement", "a statement from X"
        if head.dep_ == "poss" and head.head.lemma_.lower() in self.vocab.documents:
            self.documents.append((head.head.idx, k))
            k.roles.add(head.head.lemma_.lower())
        if head.dep_ == "pobj" and head.head.lemma_ in ("from", "by") and \
                head.head.head.lemma_.lower() in self.vocab.documents:
            self.documents.append((head.head.head.idx, k))
            k.roles.add(head.head.head.lemma_.lower())

    def _name_outweighs(self, k: Known, post: str, gender: str) -> bool:
        """Does the given name contradict the gender a post in "-man" suggests? Such posts
        are held by women too ("Police Federation chairman Jan Berry ... she said"); the
        given name says more."""
        man = post.rstrip(".").endswith("man") and not post.rstrip(".").endswith("woman")
        return man and name_gender(k, self.vocab) not in (None, gender)

    def _add_role(self, k: Known, tok: Token) -> None:
        lemma = tok.lemma_.lower()
        k.roles.add(lemma)
        k.titled.setdefault(lemma, []).append(description_modifiers(tok))
        k.qualified.setdefault(lemma, set()).update(proper_modifiers(tok))
        if k.type == "places" and lemma in self.vocab.roles:
            k.type = "people"
        k.roles.add(tok.text.lower())
        for child in tok.children:      # "presidential candidate" -> candidate, and compounds
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                k.roles.add(child.lemma_.lower())
        gender = self.vocab.gendered.get(lemma)
        if gender and k.type == "people" and not k.gender and not self._name_outweighs(k, lemma, gender):
            k.gender = gender

    def by_role(self, role: str, before: int, modifiers: frozenset[str] = frozenset(),
                proper: frozenset[str] = frozenset()) -> Known | None:
        """The latest entity given `role` before offset `before` (with a title that fits the
        description's `modifiers`: "the prime minister" is not the deputy prime minister; and
        not one given the role under another capitalised qualifier, `proper`: "the Metropolitan
        police chief" is not the man introduced as "the Norfolk police chief")."""
        if role in self.vocab.documents:
            i = bisect.bisect_left(self.documents, (before, )) - 1
            if i >= 0:
                return self.documents[i][1]
        best = None
        for s, _, k in self.entities.mentions:
            if s >= before:
                break
            if k.type == "places":
                continue
            if proper and k.qualified.get(role) and not proper & k.qualified[role]:
                continue
            if role in k.roles and (role not in self.vocab.offices or k.holds(role, modifiers)):
                best = k
            elif k.type == "organisations" and role in k.entity.name.lower().split():
                best = k
        return best

    def only_holder_after(self, role: str, after: int, modifiers: frozenset[str]) -> Known | None:
        """The one person the article gives office `role` (with a fitting title) after offset
        `after`: "the courts minister has told MPs" in a headline or lead, "said courts
        minister Ann Lee" further down. Two holders, or a post that is no office: None."""
        if role not in self.vocab.offices:
            return None
        found: dict[int, Known] = {}
        for s, _, k in self.entities.mentions:
            if s > after and k.type == "people" and role in k.roles and role in k.titled \
                    and k.holds(role, modifiers):
                found[id(k)] = k
        return next(iter(found.values())) if len(found) == 1 else None

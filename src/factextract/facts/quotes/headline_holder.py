"""An office nobody in the article is given ("the prime minister said") held by the one
person the headline names: "Blair defends terror law changes" over "The prime minister has
defended measures …".

Why its own module: a description by an office is resolved only to someone the article gives
that office or to the speaker of the quote just before it (descriptions.py: nearness alone is
no evidence who holds an office). But a news story names its protagonist in the headline and
then, in the body, often calls him only by his post; a reader takes "the chancellor" of a
story headlined "Brown shrugs off economy fears" for Gordon Brown, and the description left as
the speaker counts wrong. Read narrowly: the headline names exactly one person (outside
quotes); that person fits the description (gender, descriptions.Descriptions._wanted_person) and
the article gives him no other office ("Home Secretary Charles Clarke" is not "the prime
minister", though both are ministers); and one headline person holds one office per
article - once "the chancellor" went to him, "the prime minister" of the same story is
somebody else, left as it is.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.extensions import doc_text
from .antecedents import AntecedentFinder, Wanted
from .known import Known, KnownEntities


class HeadlineHolder:
    """The headline's one person, for office descriptions of one doc."""

    def __init__(self, entities: KnownEntities, antecedents: AntecedentFinder,
                 offices: frozenset[str] | set[str]) -> None:
        self.entities = entities
        self.offices = offices
        self.antecedents = antecedents
        self._person: Known | None | bool = False    # False: not looked up yet
        self._office: str | None = None             # the office the headline person took

    def person(self, doc) -> Known | None:
        """The one person named in the headline (the first line, when a body follows)."""
        if self._person is False:
            text = doc_text(doc)
            end = text.find("\n")
            found: dict[int, Known] = {}
            if end > 0:
                for s, _, k in self.entities.mentions:
                    if s >= end:
                        break
                    if k.type == "people" and not self.antecedents.quoted.covers(s):
                        found[id(k)] = k
            self._person = next(iter(found.values())) if len(found) == 1 else None
        return self._person     # type: ignore[return-value]

    def _offices_before(self, k: Known, text: str) -> set[str]:
        """The office words written right before a mention of `k` ("Home Secretary Charles
        Clarke" -> {secretary}): the titles the article itself puts on the name (the roles a
        description search gave him are no evidence here: they came by proximity)."""
        out: set[str] = set()
        for m in k.entity.mentions:
            words = text[max(0, m.start - 30):m.start].split()
            if words and words[-1].lower() in self.offices:
                out.add(words[-1].lower())
        return out

    def holder(self, tok: Token, post: str, wanted: Wanted) -> Known | None:
        """The headline's person for the office description `tok` (post word `post`), when
        he fits it and has not been given another office in this article."""
        k = self.person(tok.doc)
        if k is None or self._office is not None and self._office != post:
            return None
        held = self._offices_before(k, doc_text(tok.doc))
        if held and post not in held:
            return None     # "Home Secretary Charles Clarke" is not "the prime minister"
        if not self.antecedents.compatible(k, True, wanted.gender) or \
                wanted.accept is not None and not wanted.accept(k):
            return None
        self._office = post
        return k

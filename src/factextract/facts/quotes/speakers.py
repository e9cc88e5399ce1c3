"""Who a speaker mention stands for: a name, a pronoun, a role noun or an unnamed source.

Why its own module: attribution (which words of the sentence are the speaker) and resolution
(which entity those words mean) are separate problems. This one answers the second with the
entities component's groups (doc._.entities), the roles the article gives people earlier
("Hong Min, a senior analyst at ..." makes Hong Min "the analyst"), titles ("Sen. Cruz" makes
him "the senator", "Ms. White" a woman) and a recency search for pronouns. SpeakerResolver
only decides which of those applies; each lives in its own module (names, roles,
antecedents, phrase, known).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp.sentences import Sentences
from .document_pronoun import document_meant
from ...records import Entity
from .antecedents import AntecedentFinder
from .descriptions import Descriptions
from .known import Known, KnownEntities, Speaker
from .authors import author_of
from .issuers import document_issuer
from .makers import makers_before
from .names import Names
from .name_extent import written_name
from .named_description import own_name
from .owned_bodies import names_owner
from .offices import description_modifiers, proper_modifiers
from .phrase import speaker_phrase
from .roles import RoleBook
from .relative_person import person_before_who
from .relative_place import place_in_phrase
from .role_after_name import role_after_name
from .spans import QuotedSpans
from .stranger_name import stranger_speaker
from .subject_before import subject_before
from .surname_mentions import add_surname_mentions
from .title_words import title_fragment
from .titled_person import titled_person
from .words import Vocab

__all__ = ["Known", "Speaker", "SpeakerResolver", "Vocab"]


class SpeakerResolver:
    """Maps speaker tokens of one doc to entities. Build once per doc."""

    def __init__(self, doc: Doc, text: str, vocab: Vocab, quoted: QuotedSpans,
                 sentences: Sentences) -> None:
        self.doc = doc
        self.text = text
        self.vocab = vocab
        self.quoted = quoted
        self.entities = KnownEntities(doc)
        add_surname_mentions(doc, text, self.entities, quoted)     # "O'Leary" the model left unlinked
        self.roles = RoleBook(doc, vocab, self.entities, self.quoted)
        self.names = Names(text, vocab, self.entities, self.quoted)
        self.antecedents = AntecedentFinder(doc, vocab, self.entities, self.quoted, sentences)
        self.descriptions = Descriptions(vocab, self.entities, self.antecedents)
        self.antecedents.describe = self._described_person
        self.sents = sentences
        self._resolved: dict[int, Speaker] = {}

    # -- what the component asks of the article's entities -----------------------------------
    @property
    def mentions(self) -> list[tuple[int, int, Known]]:
        return self.entities.mentions

    def in_quote(self, offset: int) -> bool:
        return self.quoted.covers(offset)

    def mention_at(self, start: int, end: int) -> tuple[int, int, Known] | None:
        """The entity mention overlapping text[start:end], if any (the longest)."""
        return self.entities.mention_at(start, end)

    def person_named(self, name: str) -> Entity | None:
        return self.names.person_named(name)

    def phrase(self, tok: Token) -> tuple[int, int]:
        return speaker_phrase(self.doc, tok)

    def remember(self, start: int, end: int, entity: Entity | None) -> None:
        """A pronoun or role noun now known to mean `entity` counts as its mention from here
        on, so the next "he said" can find him even when his name is paragraphs back."""
        k = self.entities.of_entity(entity)
        if k is None or self.in_quote(start):
            return
        self.entities.add_mention(start, end, k)

    def note_speaker(self, offset: int, name: str) -> None:
        """The quote at `offset` went to `name`: the likeliest person for the next "he said"."""
        k = self.entities.latest_named(name)
        if k is not None:
            self.antecedents.last_speaker = (offset, k)

    # -- resolution --------------------------------------------------------------------------
    def resolve(self, tok: Token, phrase: tuple[int, int]) -> Speaker:
        """The speaker for subject token `tok` (its phrase spans text[phrase[0]:phrase[1]]);
        the same words attribute both halves of “…,” he said, “…” alike."""
        if tok.i not in self._resolved:
            self._resolved[tok.i] = self._resolve(tok, phrase)
        return self._resolved[tok.i]

    def _resolve(self, tok: Token, phrase: tuple[int, int]) -> Speaker:
        low = tok.text.lower()
        v = self.vocab
        if tok.pos_ == "PRON" or low in v.person_pronouns or low in v.group_pronouns or low in v.relative_pronouns:
            return self._pronoun(tok, low)
        s, e = phrase
        if (role := role_after_name(tok, v)) is not None:    # "the Sale full-back said": a person
            return self._subject_before(role, s, role.idx + len(role.text))
        if tok.pos_ == "PROPN" and (owned := self.names.owned_conj(tok)) is not None:
            return self._resolve(owned, self.phrase(owned))     # "Ernst and Young's Sanjiv Mehra"
        hit = self.mention_at(tok.idx, tok.idx + len(tok.text))
        if hit is not None and hit[2].type == "places":
            hit = self.names.organisation_around(tok) or hit
        if hit is not None and hit[2].type != "organisations" and written_name(tok, hit[0], hit[1]) != hit[:2]:
            return self.names.adopt(tok, s, e)      # "Il Sole 24 Ore": the last word of a longer name
        if hit is None:
            hit = self.names.person_in_phrase(tok)
        if hit is not None:
            ms, me, k = hit
            return Speaker(k.entity.name, ms, me, k.entity)
        if (author := author_of(tok, self.quoted)) is not None:
            return self.resolve(author, self.phrase(author))    # "the book by Ann Lee said"
        for maker in makers_before(tok, self.quoted):     # "a CAS statement said"
            if (made := self.resolve(maker, self.phrase(maker))).entity is not None:
                return made
        if (issued := document_issuer(tok, self)) is not None:
            return issued       # "an FA statement", "the statement" going on from X's quote
        # a role noun: "the analyst", "the statement", "the senator", "our correspondent"
        lemma = tok.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or
                       c.dep_ == "poss" and c.lower_ == "our" for c in tok.children)
        several = tok.tag_ == "NNS" and lemma != tok.lower_     # "the two firms": not one of them
        if (definite or tok.dep_ == "poss") and not several:
            found = self.roles.by_role(lemma, tok.idx, description_modifiers(tok), proper_modifiers(tok))
            if found is not None:
                self.remember(tok.idx, tok.idx + len(tok.text), found.entity)
                return Speaker(found.entity.name, s, e, found.entity)
        # a description of someone named before: "the Arsenal boss", "the company"
        kind = self.descriptions.kind(tok)
        if kind == "organisation" and (titled := titled_person(tok, self.text, self.entities)) is not None:
            return Speaker(titled.entity.name, s, e, titled.entity)   # "Producer X …. the producer said"
        if kind == "organisation" and not names_owner(tok) \
                and (named := own_name(tok, self.entities, self.quoted, (s, e))) is not None:
            return named    # "the China Daily newspaper": the body it names itself
        if kind is not None:
            found = self.descriptions.resolve(tok, kind)
            if found is not None:
                self.remember(tok.idx, tok.idx + len(tok.text), found.entity)
                return Speaker(found.entity.name, s, e, found.entity)
            if definite and (later := self.roles.only_holder_after(lemma, tok.idx, description_modifiers(tok))):
                # "the courts minister has told MPs …" before "courts minister Ann Lee said"
                return Speaker(later.entity.name, s, e, later.entity)
            return self._subject_before(tok, s, e)     # "the Brazilian" is no name to adopt
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            # a surname whose full name came earlier although the entities missed the link
            full = self.names.by_surname(tok)
            if full is not None:
                self.remember(tok.idx, tok.idx + len(tok.text), full.entity)
                return Speaker(full.entity.name, tok.idx, tok.idx + len(tok.text), full.entity)
            if title_fragment(tok, self.text, self.quoted):
                return Speaker(tok.text, s, e)  # "Night" of "Because the Night": no name
            # a name the entities component missed: known from here on, for later pronouns
            return self.names.adopt(tok, s, e)
        return self._subject_before(tok, s, e)

    def _described_person(self, tok: Token) -> Known | None:
        """The person a definite description ("the Frenchman", "the Sale coach") surely stands
        for: one the article gave that role, or the only person it has named so far (a search
        like a pronoun's gave "the Russian" to the Croatian he had just beaten)."""
        if self.descriptions.kind(tok) != "person":
            return None
        found = self.roles.by_role(tok.lemma_.lower(), tok.idx, description_modifiers(tok), proper_modifiers(tok))
        return found if found is not None else self.descriptions.only_person(tok)

    def _subject_before(self, tok: Token, s: int, e: int) -> Speaker:
        """“…,” the agent added - after "But Alli insists …": the subject just before (subject_before.py)."""
        found = subject_before(self.doc, self.text, tok, self.vocab, self.entities, self.quoted)
        if found is None:
            return Speaker(self.text[s:e], s, e)
        self.remember(tok.idx, tok.idx + len(tok.text), found[2].entity)
        return Speaker(found[2].entity.name, s, e, found[2].entity)

    def _pronoun(self, tok: Token, low: str) -> Speaker:
        """"who said" goes to the relative clause's head; other pronouns to their antecedent."""
        v = self.vocab
        if low in v.relative_pronouns and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            meant = self.resolve(antecedent, self.phrase(antecedent))
            if low == "which" and place_in_phrase(antecedent) and not any(
                    e is meant.entity for e in (self.doc._.entities or {}).get("organisations", [])):
                antecedent = antecedent.head.head   # "the ruling in San Diego, which found": the ruling
                meant = self.resolve(antecedent, self.phrase(antecedent))
            if meant.entity is not None and (near := person_before_who(tok, self.entities)) is not None \
                    and not any(e is meant.entity for e in (self.doc._.entities or {}).get("people", [])):
                return Speaker(near[2].entity.name, near[0], near[1], near[2].entity)   # "…, Ruth Okafor, who said"
            return meant
        if (document := document_meant(tok, v.documents, v.verbs, self.sents, self.quoted)) is not None:
            meant = self.resolve(document, self.phrase(document))
            if meant.entity is not None:    # "X's statement said: “…” It added: “…”" - X
                return Speaker(meant.name, tok.idx, tok.idx + len(tok.text), meant.entity)
        found = self.antecedents.antecedent(tok)
        if found is not None:
            if found.type == "people" and not found.gender:
                # "she said" of Leslie Wimes: a later "he" is somebody else
                found.gender = v.person_pronouns.get(low)
            self.remember(tok.idx, tok.idx + len(tok.text), found.entity)
            return Speaker(found.entity.name, tok.idx, tok.idx + len(tok.text), found.entity)
        if (reporter := self.antecedents.reporters.get(tok.i)) is not None:
            # "a council spokeswoman insisted …. “…,” she said": whoever that role noun means
            meant = self.resolve(reporter, self.phrase(reporter))
            return Speaker(meant.name, tok.idx, tok.idx + len(tok.text), meant.entity)
        if (stranger := self.antecedents.strangers.get(tok.i)) is not None and \
                (named := stranger_speaker(tok, stranger, self.names, v)) is not None:
            return named    # "Owen Tarrant … accused Mr Hale …. He said": Owen Tarrant
        return Speaker(tok.text, tok.idx, tok.idx + len(tok.text))

"""Which person or organisation a pronoun ("he said", "they said") or a definite description
("the Arsenal boss said", "the company said") means.

Why its own module: the answer is a scored search over the last few sentences (grammatical
role, gender, distance, the previous quote's speaker, earlier pronouns of the same chain),
with weights fitted on data; it shares nothing with naming but the mentions. A pronoun and a
description differ only in what they can refer to (`Wanted`).

Two rules keep a pronoun from putting words in the wrong mouth: a name inside the words the
pronoun's own verb reports ("Mr Blair has failed, he claimed") is not its antecedent, and a
person-like subject the entities missed ("Owen Tranter accused Mr Hale of ... He said")
stands in the way of anybody farther back: the pronoun is then left unresolved. A definite
description that is a subject ("the Frenchman has endured …. “…,” he told") counts for the
person it describes, like an earlier "he" of the same chain.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span, Token

from ...nlp.sentences import Sentences
from .bound_objects import bound_object
from .deps import SUBJECT_DEPS
from .known import Known, KnownEntities
from .pronoun_guards import stranded_subject, unnamed_reporter
from .subject_before import FOR_SOMEONE_ELSE
from .subject_number import listed_before_singular_verb, opens_contrast
from .speaking_subject import in_main_complement, noun_modifier, unknown_speaker
from .spans import QuotedSpans
from .words import Vocab

# Antecedent scores: a mention's role in its sentence, +gender when the article gives the
# same gender, minus `dist` per sentence back (so the nearest sentence with a fitting
# candidate nearly always wins), `last` for the previous quote's speaker. Set on the train
# split of the quotes gold (PolNeAR), checked on dev and a held-out train slice.
_WEIGHTS = {"cue": 3.0, "main": 2.5, "subj": 2.0, "poss": 0.5, "other": 0.0, "gender": 1.0, "dist": 4.0, "last": 1.0}
_WINDOW = 6     # sentences back
# "X won … but Dunlop is unfazed": the subject "but" opens wins a tie of main subjects
# (subject_number.py); below every step of the fitted weights (0.5), so it only breaks ties
_CONTRAST = 0.25
# the verb of an inverted attribution hangs off the reported clause by one of these
_INVERTED = ("parataxis", "ccomp", "advcl", "dep")
_BLOCKED = object()     # a person nobody named as an entity is the likelier antecedent


def titled_appos(head: Token) -> bool:
    """Is `head` a person's name the parser hung as an appositive on a bare subject noun right
    before it ("“Harbour” director Kim Ho said": a title noun, no determiner, no comma)? Not
    "The actor's friend Budd Lee told" (an owned noun) nor "The film, A Different Story, …"."""
    noun = head.head
    return head.dep_ == "appos" and head.ent_type_ == "PERSON" and noun.dep_ in SUBJECT_DEPS \
        and noun.pos_ == "NOUN" and head.left_edge.i == noun.i + 1 \
        and not any(c.dep_ in ("det", "poss") for c in noun.children)


@lru_cache(maxsize=4)
def _people_nouns(vocab: Vocab) -> frozenset[str]:
    """Nouns only people are called by (posts, roles, speaking nouns), made once."""
    return frozenset(vocab.known_posts | vocab.person_nouns)


def comma_appos(head: Token, people: set[str] | frozenset[str]) -> bool:
    """Is `head` a name set off by commas after a subject noun phrase, naming the same one
    ("The head of the panel, Marcus Oyelaran, said …")? It then stands where that subject
    stands; as a bare appositive it would look like a mere mention and be passed over. The
    parser must call the name a person and the noun must be one for people (`people`: posts,
    roles, "lawyer", "head"): not "The film, A Different Story, chronicles …"."""
    noun = head.head
    return head.dep_ == "appos" and head.ent_type_ == "PERSON" and noun.dep_ in SUBJECT_DEPS \
        and noun.pos_ == "NOUN" and noun.lemma_.lower() in people and noun.i < head.i \
        and head.left_edge.i > 0 \
        and head.doc[head.left_edge.i - 1].text == ","


@dataclass
class Wanted:
    """What a referring expression can stand for: people or organisations, a gender if it
    says one, and any further test (a description's role must fit)."""
    people: bool
    gender: str | None = None
    accept: Callable[[Known], bool] | None = None
    pronoun: str | None = None      # the pronoun itself, for chains of the same pronoun
    objects: bool = True            # may an object of the right gender be meant?
    strict: bool = False            # two different candidates scoring the same: nobody


class AntecedentFinder:
    """Scores the candidates for a pronoun; remembers the latest quote's speaker."""

    def __init__(self, doc: Doc, vocab: Vocab, entities: KnownEntities, quoted: QuotedSpans,
                 sentences: Sentences) -> None:
        self.doc = doc
        self.vocab = vocab
        self.entities = entities
        self.quoted = quoted
        self.sents = sentences
        self.last_speaker: tuple[int, Known] | None = None  # (offset, who) of the latest quote's speaker
        self._chain: dict[int, Known | None] = {}
        # offset of a referring word -> the rival it was close to (see _note_doubt)
        self.doubts: dict[int, str] = {}
        self.roles: frozenset[str] | set[str] = vocab.roles
        self._people_nouns = _people_nouns(vocab)
        # pronoun token index -> the unnamed role noun reporting just before it (pronoun_guards)
        self.reporters: dict[int, Token] = {}
        # pronoun token index -> the person-like subject the entities missed that blocked it
        # (stranger_name.py names the speaker after it)
        self.strangers: dict[int, Token] = {}
        # the person a definite description subject ("the Frenchman") stands for, set by the
        # resolver (descriptions.py); a description's own search does not use it again
        self.describe: Callable[[Token], Known | None] | None = None
        self._describing = False
        self._described: dict[int, Known | None] = {}

    def for_pronoun(self, tok: Token) -> Wanted:
        low = tok.text.lower()
        return Wanted(people=low in self.vocab.person_pronouns,
                      gender=self.vocab.person_pronouns.get(low), pronoun=low)

    def antecedent(self, tok: Token, depth: int = 0, wanted: Wanted | None = None) -> Known | None:
        """The compatible person (or, for "they"/"it", organisation) a pronoun most likely
        means, scored over the last few sentences: its grammatical role there (the subject of
        a reporting verb or of the main clause over a possessor or an object), gender
        agreement, distance, the speaker of the quote just before, and earlier pronouns of
        the same chain ("Mr. Lou said …. But he suggested …. “…,” he said")."""
        want = wanted or self.for_pronoun(tok)
        gender = want.gender
        w = _WEIGHTS
        mentions = self.entities.mentions
        best: tuple[float, int, object] | None = None
        tied = False
        scores: dict[int, tuple[float, object, int]] = {}   # id -> best score, candidate, where
        last = self.last_speaker
        reporter_of: dict[int, Token] = {}
        blocked_at: dict[int, Token] = {}   # order -> the stranger considered there

        def consider(k: object, score: float, order: int) -> None:
            nonlocal best, tied
            if id(k) not in scores or score > scores[id(k)][0]:
                at = abs(order) if abs(order) < 10 ** 9 or last is None else last[0]
                scores[id(k)] = (score, k, at)
            if best is not None and score == best[0] and k is not best[2]:
                tied = True
            if best is None or (score, order) > (best[0], best[1]):
                if best is None or score > best[0]:
                    tied = False
                best = (score, order, k)

        def fits(k: Known) -> bool:
            return self.compatible(k, want.people, gender) and (want.accept is None or want.accept(k))

        if last is not None and last[0] < tok.idx and fits(last[1]):
            at = self.doc.char_span(last[0], last[0] + 1, alignment_mode="expand")
            dist = self.sents.index(tok) - self.sents.index(at[0]) if at is not None and len(at) else _WINDOW + 1
            if dist <= _WINDOW:
                consider(last[1], w["last"] + self.gender_score(last[1], gender) - w["dist"] * dist, -10 ** 9)
        reported = self._reported(tok)
        sent = self.sents.of(tok)
        seen = 0
        while sent is not None and seen <= _WINDOW:
            lo = sent.start_char
            hi = tok.idx if seen == 0 else sent.end_char
            i = self.entities.first_at(lo)
            taken: set[int] = set()
            held: list[tuple[Known, float, int]] = []   # objects: kept unless an unknown speaker reports
            while i < len(mentions) and mentions[i][0] < hi:
                s, e, k = mentions[i]
                i += 1
                if self.quoted.covers(s) or not fits(k):
                    continue
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                taken.add(span.root.i)
                if seen == 0 and span.root.i in reported and not self._speaks(span.root):
                    continue    # "Mr Blair has failed, he claimed": not the one who claims
                if seen == 0 and bound_object(span.root, tok):
                    continue    # "sitting beside Mr Hale he added": Hale is not "he"
                if noun_modifier(span.root):
                    continue    # "an Alan Shearer strike": the name only says whose strike
                role = self.role(span.root)
                if role == "other" and not (want.objects and gender and k.gender):
                    continue    # a non-subject of unknown gender is a poor antecedent
                score = w[role] + self.gender_score(k, gender) - w["dist"] * seen
                if role in ("main", "cue") and opens_contrast(span.root):
                    score += _CONTRAST
                if want.people and (role == "other" or role == "subj" and in_main_complement(span.root)):
                    held.append((k, score, s if seen == 0 else -s))
                    continue
                consider(k, score, s if seen == 0 else -s)
            if held and unknown_speaker(sent, hi, taken, self.vocab, self.quoted, self.entities) is None:
                for k, score, order in held:
                    consider(k, score, order)   # else "X confirmed … at Sam Hale": Hale is only mentioned
            if want.people and depth == 0 and self.describe is not None and not self._describing:
                for t, k in self._described_subjects(sent, hi, taken):
                    if fits(k):     # "the Frenchman has endured …. “…,” he told": whom it describes
                        consider(k, w[self.role(t)] + self.gender_score(k, gender) - w["dist"] * seen,
                                 t.idx if seen == 0 else -t.idx)
            if want.people and depth == 0:
                stranger = self._unknown_subject(sent, hi, taken, reported if seen == 0 else set())
                if stranger is None and (stranger := unnamed_reporter(
                        sent, hi, taken, reported if seen == 0 else set(), self.vocab, self.quoted, gender)) is not None:
                    reporter_of[id(stranger)] = stranger     # "a spokeswoman insisted …. “…,” she said"
                if stranger is not None:
                    consider(stranger if id(stranger) in reporter_of else _BLOCKED,
                             w[self.role(stranger)] - w["dist"] * seen, stranger.idx if seen == 0 else -stranger.idx)
                    blocked_at[stranger.idx if seen == 0 else -stranger.idx] = stranger
            if depth < 2:
                # an earlier "he" of the same chain stands for its own antecedent
                for t in sent:
                    if t.idx >= hi:
                        break
                    if t.i in taken or t.i in reported and not self._speaks(t) or not self.same_chain(t, want):
                        continue
                    if t.i not in self._chain:
                        self._chain[t.i] = self.antecedent(t, depth + 1)
                    k = self._chain[t.i]
                    if k is not None and fits(k):
                        consider(k, w[self.role(t)] + self.gender_score(k, gender) - w["dist"] * seen,
                                 t.idx if seen == 0 else -t.idx)
            seen += 1
            sent = self.sents.before(sent)
        if best is not None and id(best[2]) in reporter_of and depth == 0:
            self.reporters[tok.i] = reporter_of[id(best[2])]
        if best is not None and best[2] is _BLOCKED and depth == 0 and best[1] in blocked_at:
            self.strangers[tok.i] = blocked_at[best[1]]
        if best is None or best[2] is _BLOCKED or id(best[2]) in reporter_of or want.strict and tied:
            return None
        if depth == 0:
            self._note_doubt(tok, best, scores)
        return best[2]      # type: ignore[return-value]

    def _described_subjects(self, sent: Span, hi: int, taken: set[int]) -> list[tuple[Token, Known]]:
        """Definite descriptions of a person that are subjects in `sent` before offset `hi`,
        outside quotes, with the person each stands for ("the Frenchman", "the 27-year-old");
        not spokesmen and the like, who speak for somebody else (pronoun_guards.py)."""
        out: list[tuple[Token, Known]] = []
        for t in sent:
            if t.idx >= hi:
                break
            if t.dep_ not in SUBJECT_DEPS or t.i in taken or t.pos_ not in ("NOUN", "ADJ", "PROPN") \
                    or self.quoted.covers(t.idx) or t.lemma_.lower() in FOR_SOMEONE_ELSE:
                continue
            if any((hit := self.entities.mention_at(d.idx, d.idx + len(d.text))) is not None
                   and hit[2].type == "people" for d in t.subtree):
                continue    # "The mayor, Johnny Grant, said": the name in its own phrase counts
            if t.i not in self._described:
                self._describing = True
                try:
                    self._described[t.i] = self.describe(t)     # type: ignore[misc]
                finally:
                    self._describing = False
            k = self._described[t.i]
            if k is not None and k.type == "people":
                out.append((t, k))
        return out

    def _note_doubt(self, tok: Token, best: tuple[float, int, object],
                    scores: dict[int, tuple[float, object, int]]) -> None:
        """Remember (in `doubts`, by the referring word's offset) a resolution made across a
        paragraph break while another candidate scored within a sentence's distance of the
        winner: the reader may read the change of paragraph as a change of speaker."""
        text = self.doc.text
        where = scores[id(best[2])][2]
        if where >= tok.idx or "\n" not in text[where:tok.idx]:
            return
        rivals = [k for score, k, _ in scores.values()
                  if k is not best[2] and score > best[0] - _WEIGHTS["dist"]]
        if rivals:
            r = rivals[0]
            self.doubts[tok.idx] = r.entity.name if isinstance(r, Known) else "someone not named"

    def _reported(self, tok: Token) -> set[int]:
        """Tokens of the words reported by the referring expression's own verb, before it:
        "Mr Blair's government was a disgrace, he added" - the clause the verb hangs off
        (an inverted attribution) or its complement."""
        verb = tok.head
        if tok.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in self.vocab.verbs:
            return set()
        out: set[int] = set()
        if verb.dep_ in _INVERTED and verb.head.i < verb.i and verb.head.lemma_.lower() not in self.vocab.verbs:
            # (not "X scolded him: “…,” she said", where the head is X's own speech act)
            out.update(t.i for t in verb.head.subtree if t.i < tok.i and not verb.is_ancestor(t) and t.i != verb.i)
        for child in verb.children:
            if child.dep_ in ("ccomp", "parataxis") and child.i < tok.i and child.lemma_.lower() not in self.vocab.verbs:
                out.update(t.i for t in child.subtree)
        return out

    def _speaks(self, head: Token) -> bool:
        """The subject of a speech verb ("McCaskill scolded him: “…,” she said"): a speaker,
        not a name inside the reported words."""
        return head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in self.vocab.verbs

    def _unknown_subject(self, sent: Span, hi: int, taken: set[int], reported: set[int]) -> Token | None:
        """The sentence's main subject when it looks like a person the entities did not
        find as one ("Owen Tranter, for the Greens, accused Mr Hale …", with
        Owen Tranter missed or typed an organisation): a name of two or more capitalised
        words that the model calls a person or that starts with a common given name."""
        root = sent.root
        if root.idx >= hi:
            return None
        for child in root.children:
            if child.dep_ != "nsubj" or child.i in taken or child.i in reported or child.idx >= hi \
                    or self.quoted.covers(child.idx):
                continue
            hit = self.entities.mention_at(child.idx, child.idx + len(child.text))
            if hit is not None and hit[2].type == "people" or child.pos_ != "PROPN":
                return None
            first = [c for c in child.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < child.i]
            if not first or not child.text[:1].isupper():
                return None
            given = self.vocab.first_names.get(first[0].lower_) is not None
            if given or hit is None and child.ent_type_ == "PERSON":
                return child
            return None
        return None

    def same_chain(self, t: Token, want: Wanted) -> bool:
        """Is `t` a subject pronoun, outside quotes, that could continue the chain of the
        referring expression ("he" … "he"; "they" … "they"; "the actor" … "he")?"""
        if t.dep_ not in SUBJECT_DEPS or self.quoted.covers(t.idx):
            return False
        if want.pronoun is not None and t.lower_ == want.pronoun:
            return True
        g = self.vocab.person_pronouns.get(t.lower_)
        if not want.people or g is None:
            return False
        return g == want.gender or want.pronoun is None and not want.gender

    @staticmethod
    def compatible(k: Known, want_people: bool, gender: str | None) -> bool:
        if k.type == "places" or want_people != (k.type == "people"):
            return False
        return not (gender and k.gender and k.gender != gender)

    @staticmethod
    def gender_score(k: Known, gender: str | None) -> float:
        return _WEIGHTS["gender"] if gender and k.gender == gender else 0.0

    def role(self, head: Token, listed: bool = True) -> str:
        """How a mention stands in its sentence, as an antecedent: cue (subject of a speech
        verb of the main clause, not of "… when Tapper asked"), main (subject of the main
        clause), subj (another subject), poss (a subject's possessor: "Carson's adviser
        said"), other."""
        if listed and listed_before_singular_verb(head):
            return "other"  # "… Vos and Carranza but Dunlop is unfazed": only Dunlop is
        if head.dep_ in SUBJECT_DEPS and any(c.dep_ == "case" for c in head.children):
            return "poss"   # "Fowler's double strike helped …", parsed with Fowler the subject
        if head.dep_ in SUBJECT_DEPS:
            verb = head.head
            if verb.dep_ in ("aux", "auxpass"):
                verb = verb.head    # "Smit and Carver is unfazed" with the subject hung on "is"
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            if verb.lemma_.lower() in self.vocab.verbs and (main or verb.dep_ in ("ccomp", "parataxis")):
                if not main and verb.head.lemma_.lower() in self.vocab.verbs:
                    return "subj"   # "Mr Hale said Ann Lee had told him …": Lee is reported
                return "cue"
            return "main" if main else "subj"
        if head.dep_ == "conj" and head.head.dep_ in SUBJECT_DEPS and head.head.i < head.i:
            return self.role(head.head, False)  # "Anna Berg and Karl Dent won": both subjects
        if titled_appos(head) or comma_appos(head, self._people_nouns):
            return self.role(head.head, False)  # "“Harbour” director Kim Ho said", Ho hung on "director"
        if head.dep_ == "poss" and head.head.dep_ in SUBJECT_DEPS:
            return "poss"
        if stranded_subject(head):
            return "subj"   # "… and Tolley sympathised with …" with Tolley parsed as an object
        return "other"

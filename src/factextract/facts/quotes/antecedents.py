"""Which person or organisation a pronoun speaker ("he said", "they said") means.

Why its own module: the answer is a scored search over the last few sentences (grammatical
role, gender, distance, the previous quote's speaker, earlier pronouns of the same chain),
with weights fitted on data; it shares nothing with naming or role nouns but the mentions.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp.sentences import Sentences
from .deps import SUBJECT_DEPS
from .known import Known, KnownEntities
from .spans import QuotedSpans
from .words import Vocab

# Antecedent scores: a mention's role in its sentence, +gender when the article gives the
# same gender, minus `dist` per sentence back (so the nearest sentence with a fitting
# candidate nearly always wins), `last` for the previous quote's speaker. Set on the train
# split of the quotes gold (PolNeAR), checked on dev and a held-out train slice.
_WEIGHTS = {"cue": 3.0, "main": 2.5, "subj": 2.0, "poss": 0.5, "other": 0.0, "gender": 1.0, "dist": 4.0, "last": 1.0}
_WINDOW = 6     # sentences back


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

    def antecedent(self, tok: Token, depth: int = 0) -> Known | None:
        """The compatible person (or, for "they"/"it", organisation) a pronoun most likely
        means, scored over the last few sentences: its grammatical role there (the subject of
        a reporting verb or of the main clause over a possessor or an object), gender
        agreement, distance, the speaker of the quote just before, and earlier pronouns of
        the same chain ("Mr. Lou said …. But he suggested …. “…,” he said")."""
        low = tok.text.lower()
        gender = self.vocab.person_pronouns.get(low)
        want_people = low in self.vocab.person_pronouns
        w = _WEIGHTS
        mentions = self.entities.mentions
        best: tuple[float, int, Known] | None = None

        def consider(k: Known, score: float, order: int) -> None:
            nonlocal best
            if best is None or (score, order) > (best[0], best[1]):
                best = (score, order, k)

        last = self.last_speaker
        if last is not None and last[0] < tok.idx and self.compatible(last[1], want_people, gender):
            at = self.doc.char_span(last[0], last[0] + 1, alignment_mode="expand")
            dist = self.sents.index(tok) - self.sents.index(at[0]) if at is not None and len(at) else _WINDOW + 1
            if dist <= _WINDOW:
                consider(last[1], w["last"] + self.gender_score(last[1], gender) - w["dist"] * dist, -10 ** 9)
        sent = self.sents.of(tok)
        seen = 0
        while sent is not None and seen <= _WINDOW:
            lo = sent.start_char
            hi = tok.idx if seen == 0 else sent.end_char
            i = self.entities.first_at(lo)
            taken: set[int] = set()
            while i < len(mentions) and mentions[i][0] < hi:
                s, e, k = mentions[i]
                i += 1
                if self.quoted.covers(s) or not self.compatible(k, want_people, gender):
                    continue
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                taken.add(span.root.i)
                role = self.role(span.root)
                if role == "other" and not (gender and k.gender):
                    continue    # a non-subject of unknown gender is a poor antecedent
                consider(k, w[role] + self.gender_score(k, gender) - w["dist"] * seen, s if seen == 0 else -s)
            if depth < 2:
                # an earlier "he" of the same chain stands for its own antecedent
                for t in sent:
                    if t.idx >= hi:
                        break
                    if t.i in taken or not self.same_chain(t, low, gender):
                        continue
                    if t.i not in self._chain:
                        self._chain[t.i] = self.antecedent(t, depth + 1)
                    k = self._chain[t.i]
                    if k is not None:
                        consider(k, w[self.role(t)] + self.gender_score(k, gender) - w["dist"] * seen,
                                 t.idx if seen == 0 else -t.idx)
            seen += 1
            sent = self.sents.before(sent)
        return best[2] if best is not None else None

    def same_chain(self, t: Token, low: str, gender: str | None) -> bool:
        """Is `t` a subject pronoun, outside quotes, that could continue the chain of
        pronoun `low` ("he" … "he"; "they" … "they")?"""
        if t.dep_ not in SUBJECT_DEPS or self.quoted.covers(t.idx):
            return False
        return t.lower_ == low or bool(gender) and self.vocab.person_pronouns.get(t.lower_) == gender

    @staticmethod
    def compatible(k: Known, want_people: bool, gender: str | None) -> bool:
        if k.type == "places" or want_people != (k.type == "people"):
            return False
        return not (gender and k.gender and k.gender != gender)

    @staticmethod
    def gender_score(k: Known, gender: str | None) -> float:
        return _WEIGHTS["gender"] if gender and k.gender == gender else 0.0

    def role(self, head: Token) -> str:
        """How a mention stands in its sentence, as an antecedent: cue (subject of a speech
        verb of the main clause, not of "… when Tapper asked"), main (subject of the main
        clause), subj (another subject), poss (a subject's possessor: "Carson's adviser
        said"), other."""
        if head.dep_ in SUBJECT_DEPS:
            verb = head.head
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            if verb.lemma_.lower() in self.vocab.verbs and (main or verb.dep_ in ("ccomp", "parataxis")):
                return "cue"
            return "main" if main else "subj"
        if head.dep_ == "poss" and head.head.dep_ in SUBJECT_DEPS:
            return "poss"
        return "other"

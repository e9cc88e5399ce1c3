"""Who a speaker mention stands for: a name, a pronoun, a role noun or an unnamed source.

Why its own module: attribution (which words of the sentence are the speaker) and resolution
(which entity those words mean) are separate problems. This one answers the second with the
entities component's groups (doc._.entities), the roles the article gives people earlier
("Hong Min, a senior analyst at ..." makes Hong Min "the analyst"), titles ("Sen. Cruz" makes
him "the senator", "Ms. White" a woman) and a recency search for pronouns.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token

from ...records import Entity, Mention
from ...nlp.resources import load_jsonl, load_wordlist
from ...nlp.sentences import Sentences

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Antecedent scores: a mention's role in its sentence, +gender when the article gives the
# same gender, minus `dist` per sentence back (so the nearest sentence with a fitting
# candidate nearly always wins), `last` for the previous quote's speaker. Set on the train
# split of the quotes gold (PolNeAR), checked on dev and a held-out train slice.
_WEIGHTS = {"cue": 3.0, "main": 2.5, "subj": 2.0, "poss": 0.5, "other": 0.0, "gender": 1.0, "dist": 4.0, "last": 1.0}
_WINDOW = 6     # sentences back


@dataclass
class Known:
    """An entity as the resolver sees it: type, gender if the article says, roles given."""
    entity: Entity
    type: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)


@dataclass
class Speaker:
    """A resolved speaker: the name to report and the mention that attributes the quote."""
    name: str | None
    start: int | None
    end: int | None
    entity: Entity | None = None


class Vocab:
    """The word lists under patterns/quotes, loaded once."""

    def __init__(self) -> None:
        self.titles = {row["title"]: row for row in load_jsonl("quotes/titles.jsonl")}
        self.gendered = {}
        for line in load_wordlist("quotes/gendered_nouns.txt"):
            word, gender = line.split()
            self.gendered[word] = gender
        self.documents = load_wordlist("quotes/document_nouns.txt")
        self.verbs = load_wordlist("quotes/reporting_verbs.txt")
        self.first_names = dict(line.split() for line in load_wordlist("quotes/first_names.txt"))
        pronouns = load_jsonl("quotes/pronouns.jsonl")
        self.person_pronouns = {r["pronoun"]: r["gender"] for r in pronouns if r["kind"] == "person"}
        self.group_pronouns = {r["pronoun"] for r in pronouns if r["kind"] == "group"}
        self.relative_pronouns = {r["pronoun"] for r in pronouns if r["kind"] == "relative"}
        self.roles = {w.lower() for w in load_wordlist("entities/person_roles.txt")} | {
            r["role"] for r in self.titles.values() if r["role"]} | set(self.gendered)


class SpeakerResolver:
    """Maps speaker tokens of one doc to entities. Build once per doc."""

    def __init__(self, doc: Doc, text: str, vocab: Vocab, quoted: list[tuple[int, int]],
                 sentences: Sentences) -> None:
        self.doc = doc
        self.text = text
        self.sents = sentences
        self.vocab = vocab
        self.quoted = sorted(quoted)
        self._qstarts = [s for s, _ in self.quoted]
        self.known: list[Known] = []
        self.mentions: list[tuple[int, int, Known]] = []   # sorted by start
        ents = doc._.entities or {}
        # places too: the entities component may type a person as a place; a role such as
        # "Hong Min, a senior analyst" turns it back into a person here
        for etype in ("people", "organisations", "places"):
            for ent in ents.get(etype, []):
                k = Known(ent, etype)
                self.known.append(k)
                for m in ent.mentions:
                    self.mentions.append((m.start, m.end, k))
        self.mentions.sort(key=lambda x: x[0])
        self._mstarts = [s for s, _, _ in self.mentions]
        self._resolved: dict[int, Speaker] = {}
        self.documents: list[tuple[int, Known]] = []   # (offset, issuer) of "a statement" by X
        self.last_speaker: tuple[int, Known] | None = None  # (offset, who) of the latest quote's speaker
        self._chain: dict[int, Known | None] = {}
        self._learn_roles()

    # -- what the article says about its entities ----------------------------------------
    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._qstarts, offset) - 1
        return i >= 0 and self.quoted[i][0] <= offset < self.quoted[i][1]

    def mention_at(self, start: int, end: int) -> tuple[int, int, Known] | None:
        """The entity mention overlapping text[start:end], if any (the longest)."""
        i = bisect.bisect_left(self._mstarts, end)
        best = None
        for s, e, k in self.mentions[max(0, i - 8):i]:
            if s < end and start < e and (best is None or e - s > best[1] - best[0]):
                best = (s, e, k)
        return best

    def _learn_roles(self) -> None:
        doc = self.doc
        # "statement", "release", ... as nouns outside quotes: issued by whoever is their verb's subject
        nouns = np.flatnonzero(doc.to_array(POS) == NOUN).tolist() if len(doc) else []
        doc_nouns = [i for i in nouns if doc[i].lemma_.lower() in self.vocab.documents
                     and not self.in_quote(doc[i].idx)]
        for s, e, k in self.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            head = span.root
            # titles and role nouns right before the name: "Sen. Ted Cruz", "analyst Hong Min"
            j = span.start - 1
            while j >= 0 and j >= span.start - 4:
                tok = doc[j]
                low = tok.text.lower()
                title = self.vocab.titles.get(low)
                if title:
                    if title["role"]:
                        k.roles.add(title["role"])
                    if title["gender"] and not k.gender and k.type == "people":
                        k.gender = title["gender"]
                elif tok.lemma_.lower() in self.vocab.roles or low in self.vocab.roles:
                    self._add_role(k, tok)
                elif tok.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT") or tok.text in (",", ";"):
                    break
                j -= 1
            # apposition: "Hong Min, a senior analyst at ..." / "the analyst, Hong Min,"
            for child in head.children:
                if child.dep_ == "appos" and child.i >= span.end:
                    self._add_role(k, child)
            if head.dep_ == "appos" and head.head.i < span.start:
                self._add_role(k, head.head)
            # copula: "Hong is an analyst"
            if head.dep_ in _SUBJECT_DEPS and head.head.lemma_ == "be":
                for child in head.head.children:
                    if child.dep_ == "attr":
                        self._add_role(k, child)
            # "In a statement, X said" / "X said in a statement" / "X released a statement"
            if head.dep_ in _SUBJECT_DEPS:
                verb = head.head
                # the document nouns in the verb's subtree (inside its edges, below the verb)
                lo = bisect.bisect_left(doc_nouns, verb.left_edge.i)
                hi = bisect.bisect_right(doc_nouns, verb.right_edge.i)
                for i in doc_nouns[lo:hi]:
                    tok = doc[i]
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
            if k.type == "people" and not k.gender:
                k.gender = self._name_gender(k)
        self.documents.sort(key=lambda x: x[0])

    def _add_role(self, k: Known, tok: Token) -> None:
        lemma = tok.lemma_.lower()
        k.roles.add(lemma)
        if k.type == "places" and lemma in self.vocab.roles:
            k.type = "people"
        k.roles.add(tok.text.lower())
        for child in tok.children:      # "presidential candidate" -> candidate, and compounds
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                k.roles.add(child.lemma_.lower())
        gender = self.vocab.gendered.get(lemma)
        if gender and k.type == "people" and not k.gender:
            k.gender = gender

    def _name_gender(self, k: Known) -> str | None:
        """From the first word of the fullest name, when it is a common given name."""
        words = k.entity.name.split()
        return self.vocab.first_names.get(words[0].lower()) if len(words) >= 2 else None

    def remember(self, start: int, end: int, entity: Entity | None) -> None:
        """A pronoun or role noun now known to mean `entity` counts as its mention from here
        on, so the next "he said" can find him even when his name is paragraphs back."""
        k = next((x for x in self.known if x.entity is entity), None)
        if k is None or self.in_quote(start):
            return
        i = bisect.bisect_left(self._mstarts, start)
        if i < len(self.mentions) and self.mentions[i][0] == start:
            return
        self.mentions.insert(i, (start, end, k))
        self._mstarts.insert(i, start)

    def note_speaker(self, offset: int, name: str) -> None:
        """The quote at `offset` went to `name`: the likeliest person for the next "he said"."""
        k = next((x for x in reversed(self.known) if x.entity.name == name), None)
        if k is not None:
            self.last_speaker = (offset, k)

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
            if low in v.relative_pronouns and tok.head.dep_ == "relcl":
                antecedent = tok.head.head
                return self.resolve(antecedent, self.phrase(antecedent))
            found = self.antecedent(tok)
            if found is not None:
                if found.type == "people" and not found.gender:
                    # "she said" of Leslie Wimes: a later "he" is somebody else
                    found.gender = v.person_pronouns.get(low)
                self.remember(tok.idx, tok.idx + len(tok.text), found.entity)
                return Speaker(found.entity.name, tok.idx, tok.idx + len(tok.text), found.entity)
            return Speaker(tok.text, tok.idx, tok.idx + len(tok.text))
        s, e = phrase
        hit = self.mention_at(tok.idx, tok.idx + len(tok.text))
        if hit is None:
            hit = self.person_in_phrase(tok)
        if hit is not None:
            ms, me, k = hit
            return Speaker(k.entity.name, ms, me, k.entity)
        # a role noun: "the analyst", "the statement", "the senator"
        lemma = tok.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        if definite or tok.dep_ == "poss":
            found = self.by_role(lemma, tok.idx)
            if found is not None:
                self.remember(tok.idx, tok.idx + len(tok.text), found.entity)
                return Speaker(found.entity.name, s, e, found.entity)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            # a surname whose full name came earlier although the entities missed the link
            full = self.by_surname(tok)
            if full is not None:
                self.remember(tok.idx, tok.idx + len(tok.text), full.entity)
                return Speaker(full.entity.name, tok.idx, tok.idx + len(tok.text), full.entity)
            # a name the entities component missed: known from here on, for later pronouns
            return self.adopt(tok, s, e)
        return Speaker(self.text[s:e], s, e)

    def person_named(self, name: str) -> Entity | None:
        """A person of the whole article whose several-word name contains `name`'s last word."""
        words = name.lower().split()
        for k in self.known:
            full = k.entity.name.lower().split()
            if k.type == "people" and len(full) >= 2 and words and words[-1] in full:
                return k.entity
        return None

    def by_surname(self, tok: Token) -> Known | None:
        """The latest person before `tok` whose several-word name contains it ("Hong" ->
        "Hong Min")."""
        word = tok.text.lower()
        i = bisect.bisect_left(self._mstarts, tok.idx)
        for _, _, k in reversed(self.mentions[:i]):
            words = k.entity.name.lower().split()
            if k.type == "people" and len(words) >= 2 and word in words:
                return k
        return None

    def adopt(self, tok: Token, s: int, e: int) -> Speaker:
        """Make a name the entities component missed a known entity of this doc."""
        name_toks = [t for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t.i == tok.i]
        ns = min(t.idx for t in name_toks)
        ne = tok.idx + len(tok.text)
        entity = Entity(name=self.text[ns:ne], mentions=[Mention(self.text[ns:ne], ns, ne)])
        etype = "organisations" if tok.ent_type_ in ("ORG", "NORP") else "people"
        k = Known(entity, etype)
        if etype == "people":
            k.gender = self._name_gender(k)
        self.known.append(k)
        i = bisect.bisect_left(self._mstarts, ns)
        self.mentions.insert(i, (ns, ne, k))
        self._mstarts.insert(i, ns)
        return Speaker(entity.name, ns, ne, entity)

    def person_in_phrase(self, tok: Token) -> tuple[int, int, Known] | None:
        """A person named in the subject's own noun phrase: "Clinton spokesman Brian Fallon",
        "the head of the group, Jane Roe," - but not one behind a preposition ("a spokesman
        for Hillary Clinton" is not Hillary Clinton)."""
        if tok.pos_ == "PROPN":
            return None       # the subject is itself a name ("Griffin, an Obama backer")
        for child in tok.children:
            if child.dep_ not in ("appos", "nmod") or self.in_quote(child.idx):
                continue
            cand = self.mention_at(child.idx, child.idx + len(child.text))
            if cand is not None and cand[2].type == "people":
                return cand
        return None

    def by_role(self, role: str, before: int) -> Known | None:
        """The latest entity given `role` before offset `before`."""
        if role in self.vocab.documents:
            i = bisect.bisect_left(self.documents, (before, )) - 1
            if i >= 0:
                return self.documents[i][1]
        best = None
        for s, _, k in self.mentions:
            if s >= before:
                break
            if k.type == "places":
                continue
            if role in k.roles:
                best = k
            elif k.type == "organisations" and role in k.entity.name.lower().split():
                best = k
        return best

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
            i = bisect.bisect_left(self._mstarts, lo)
            taken: set[int] = set()
            while i < len(self.mentions) and self.mentions[i][0] < hi:
                s, e, k = self.mentions[i]
                i += 1
                if self.in_quote(s) or not self.compatible(k, want_people, gender):
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
        if t.dep_ not in _SUBJECT_DEPS or self.in_quote(t.idx):
            return False
        return t.lower_ == low or bool(gender) and self.vocab.person_pronouns.get(t.lower_) == gender

    def compatible(self, k: Known, want_people: bool, gender: str | None) -> bool:
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
        if head.dep_ in _SUBJECT_DEPS:
            verb = head.head
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            if verb.lemma_.lower() in self.vocab.verbs and (main or verb.dep_ in ("ccomp", "parataxis")):
                return "cue"
            return "main" if main else "subj"
        if head.dep_ == "poss" and head.head.dep_ in _SUBJECT_DEPS:
            return "poss"
        return "other"

    def phrase(self, tok: Token) -> tuple[int, int]:
        """The speaker phrase of a subject token: its left modifiers, itself and attached
        prepositional phrases, up to the first comma (appositives and relative clauses out)."""
        left = tok.left_edge.i
        right = tok.i
        for child in tok.rights:
            if child.dep_ in ("prep", "compound", "nummod", "amod", "poss") or (
                    child.dep_ == "pobj"):
                right = max(right, child.right_edge.i)
            else:
                break
        doc = self.doc
        toks = [t for t in doc[left:right + 1]]
        # cut at the first comma or quote mark
        out = []
        for t in toks:
            if t.text in (",", ";", "(", "—", "–") or t.is_quote or "\n" in t.text_with_ws:
                if "\n" in t.text_with_ws and t.i < tok.i:
                    out = []
                    continue
                if t.i > tok.i:
                    break
                if t.i == tok.i:
                    out.append(t)
                    break
                out = []
                continue
            out.append(t)
        if not out:
            out = [tok]
        s = out[0].idx
        e = out[-1].idx + len(out[-1].text)
        return s, e

"""Which words attribute a quote: the reporting verb (cue) and its subject, from the parse.

Why the parse and not proximity: in "“…,” said Ronald Fieldstone, a lawyer who met Trump"
the nearest name is not always the speaker, and in “Trump is wrong,” Clinton said the name
inside the quote never is. The cue is the reporting verb that governs the quoted words (the
quote is its complement) or, failing that, the nearest reporting verb of the paragraph
outside any quote; the speaker is that verb's subject (inherited through "…, adding" and
"said and added"), or the object of "according to".
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import AUX, VERB
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ...nlp.resources import load_wordlist
from ...nlp.sentences import Sentences

_CUE_POS = np.array([VERB, AUX], dtype="uint64")
_ACCORDING = hash_string("according")

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# deps through which a verb borrows the subject of its head: "…, adding", "said and added"
_INHERIT_DEPS = {"conj", "advcl", "xcomp", "ccomp", "dep", "parataxis", "pcomp", "prep", "acl"}
_SUBJECT_POS = {"NOUN", "PROPN", "PRON", "NUM", "X"}
# subjects that cannot be a fragment's speaker ("it was a “great luxury”")
_NOT_SPEAKERS = {"it", "that", "this", "which", "there", "what"}


@dataclass
class Attribution:
    cue: str
    cue_start: int
    subject: Token | None      # the speaker's head token
    colon: bool = False        # "X said:" / "Trump: ‘…’"
    how: str = "governs"       # governs (the cue's complement) / sentence / after (“…?” X asked.) / paragraph


class Attributor:
    """Finds the cue and subject for quoted stretches of one parsed doc."""

    def __init__(self, doc: Doc, text: str, quoted: list[tuple[int, int]], paragraphs: list[tuple[int, int]],
                 sentences: Sentences) -> None:
        self.doc = doc
        self.text = text
        self.sents = sentences
        self.verbs = load_wordlist("quotes/reporting_verbs.txt")
        self.phrasal = {tuple(line.split()) for line in load_wordlist("quotes/phrasal_cues.txt")}
        self._phrasal_verbs = {verb for verb, _ in self.phrasal}
        self.quoted = sorted(quoted)
        self._qstarts = [s for s, _ in self.quoted]
        self.paragraphs = paragraphs
        self._pstarts = [s for s, _ in paragraphs]
        # every reporting verb and "according to" outside quotes, in text order (one pass)
        self.cues: list[Token] = []
        self.accordings: list[tuple[int, Token]] = []
        # only verbs, auxiliaries and "according" can be cues: found on the token arrays
        pos_lower = doc.to_array([POS, LOWER]) if len(doc) else None
        maybe = [] if pos_lower is None else np.flatnonzero(
            np.isin(pos_lower[:, 0], _CUE_POS) | (pos_lower[:, 1] == _ACCORDING)).tolist()
        for i in maybe:
            tok = doc[i]
            if self.is_cue(tok):
                self.cues.append(tok)
            elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" \
                    and not self.in_quote(tok.idx):
                objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj" and not self.in_quote(c.idx)]
                if objs:
                    self.accordings.append((tok.idx, self._issuer(objs[0])))
        self._cue_idx = [t.idx for t in self.cues]
        self._acc_idx = [i for i, _ in self.accordings]

    def _issuer(self, noun: Token) -> Token:
        """According to "a court filing by X" / "audio provided by X": X speaks."""
        for child in noun.children:
            if child.dep_ == "acl":
                for agent in child.children:
                    if agent.dep_ == "agent":
                        objs = [c for c in agent.children if c.dep_ == "pobj"]
                        if objs and not self.in_quote(objs[0].idx):
                            return objs[0]
        return noun

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._qstarts, offset) - 1
        return i >= 0 and self.quoted[i][0] <= offset < self.quoted[i][1]

    def paragraph(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self._pstarts, offset) - 1)
        return self.paragraphs[i]

    def is_cue(self, tok: Token) -> bool:
        if tok.pos_ not in ("VERB", "AUX") or self.in_quote(tok.idx):
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.verbs:
            # "so-called" is no speech act
            return not (lemma == "call" and tok.i >= 1 and self.doc[tok.i - 1].lower_ in ("so", "-")
                        and self.text[max(0, tok.idx - 4):tok.idx].lower().startswith("so"))
        return lemma in self._phrasal_verbs and any(
            c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in self.phrasal for c in tok.children)

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject, borrowed from the verb it hangs off when it has none."""
        first = verb
        seen = 0
        while verb is not None and seen < 4:
            for child in verb.children:
                if child.dep_ == "agent":       # "was called … by the SVP"
                    objs = [c for c in child.children if c.dep_ == "pobj" and not self.in_quote(c.idx)]
                    if objs:
                        return objs[0]
            for child in verb.children:
                if child.dep_ in _SUBJECT_DEPS and not self.in_quote(child.idx):
                    if self._nominal(child) and self.same_paragraph(child, verb):
                        if child.pos_ not in ("PROPN", "PRON"):
                            return self.name_after_quote(first) or child
                        return child
                    return self.adjacent_subject(first)
            if verb.dep_ in _INHERIT_DEPS and verb.head.i != verb.i:
                came_by = verb.dep_
                verb = verb.head
                seen += 1
                if came_by == "acl" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj" \
                        and verb.head.pos_ in ("VERB", "AUX"):
                    # "X issued a statement saying …" / "X released an ad calling …": the
                    # statement's issuer speaks
                    verb = verb.head
                continue
            if verb.dep_ == "relcl":   # "Clinton, who said ..." handled by the resolver via "who"
                return None
            break
        return self.adjacent_subject(first)

    def name_after_quote(self, verb: Token) -> Token | None:
        """“…,” Mr. Daniloff, now 81 and retired, said - the name right after the closing
        mark, before its appositive, is the speaker whatever the parse made the subject."""
        doc = self.doc
        i = verb.i - 1
        lo = self.sents.of(verb).start
        while i >= lo and not doc[i].is_quote and doc[i].text != "''":
            i -= 1
        if i < lo:
            return None
        j = i + 1
        while j < verb.i and doc[j].is_punct:
            j += 1
        k = j
        while k < verb.i and doc[k].pos_ == "PROPN":
            k += 1
        if k > j and k < verb.i and doc[k].text == ",":
            return doc[k - 1]
        return None

    def same_paragraph(self, a: Token, b: Token) -> bool:
        lo, hi = sorted((a.idx, b.idx))
        return "\n" not in self.text[lo:hi]

    def adjacent_subject(self, verb: Token) -> Token | None:
        """When the parse gave the cue no subject: the noun phrase right before it
        ("Rep. Steve Cohen, Democrat of Tennessee, told …") or, after a quote, right after it
        ("…,” said Kristen Day)."""
        doc = self.doc
        sent = self.sents.of(verb)
        i = verb.i - 1
        while i >= sent.start and (doc[i].pos_ in ("ADV", "AUX", "PART", "PUNCT") and doc[i].text not in ("”", '"', "''", ".")):
            i -= 1
        if i >= sent.start and not self.in_quote(doc[i].idx) and doc[i].pos_ in ("NOUN", "PROPN", "PRON"):
            tok = doc[i]
            for _ in range(6):
                head = tok.head
                if head.i == tok.i or head.i >= verb.i or self.in_quote(head.idx):
                    break
                if tok.dep_ in ("pobj", "prep", "compound", "amod", "poss", "case", "nummod"):
                    tok = head
                elif tok.dep_ == "appos" and any(t.text == "," for t in doc[head.i:tok.i]):
                    tok = head
                else:
                    break
            return tok
        j = verb.i + 1
        before = doc[verb.i - 1] if verb.i > 0 else None
        if before is not None and (before.is_quote or before.text in (",", "''")):
            def name_like(t: Token) -> bool:   # "said Skelly" with Skelly tagged an adverb
                return t.pos_ in ("PROPN", "NOUN") or t.is_title and t.is_alpha
            while j < sent.end and doc[j].pos_ in ("ADV", "DET", "ADJ", "PROPN", "NOUN"):
                if name_like(doc[j]) and (j + 1 >= len(doc) or not name_like(doc[j + 1])):
                    return doc[j]
                j += 1
        return None

    @staticmethod
    def _nominal(tok: Token) -> bool:
        """Can this subject be a speaker? Not a gerund ("Conceding that …, he warned"); a
        capitalised word the tagger took for a verb ("Trump said") still can."""
        if tok.pos_ in _SUBJECT_POS:
            return True
        if tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children):
            return True     # "said the 46-year-old"
        return tok.tag_ != "VBG" and tok.text[:1].isupper()

    def right_after(self, end: int, cue: Token) -> bool:
        """“Grizzly Adams?” Maddow repeated. - the parser ends the sentence at the question
        mark, but a cue right after the closing mark, behind nothing but a name, still
        attributes the quote."""
        if cue.idx < end or cue.idx - end > 60 or "\n" in self.text[end:cue.idx]:
            return False
        doc = self.doc
        if any(t.text == ":" for t in doc[cue.i + 1:cue.i + 4]):
            return False    # “…” Mr. Zahed said: “…” - the cue introduces the next quote
        i = cue.i - 1
        words = 0
        while i >= 0 and doc[i].idx >= end:
            t = doc[i]
            if t.is_quote or t.text == "''":
                return words <= 4       # back at the closing mark
            if t.pos_ not in ("PROPN", "PRON", "DET", "NOUN", "ADJ", "ADV") or t.is_punct:
                return False
            words += 1
            i -= 1
        return words <= 4

    def according_to(self, lo: int, hi: int) -> Attribution | None:
        """The first "according to X" in text[lo:hi]."""
        i = bisect.bisect_left(self._acc_idx, lo)
        if i < len(self.accordings) and self.accordings[i][0] < hi:
            at, obj = self.accordings[i]
            return Attribution("according to", at, obj)
        return None

    def colon_source(self, open_at: int) -> Attribution | None:
        """'X echoed:' / 'Transcript as follows:' just before the opening mark (maybe a paragraph
        earlier): the subject of that sentence's main verb, whatever the verb."""
        text = self.text
        before = text[:open_at].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            return None
        tok = colon[0]
        sent = self.sents.of(tok)
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        # "… doesn't surprise Republican pollster Daron Shaw:" - a name right before the colon
        if prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG"):
            return Attribution(":", tok.idx, prev, colon=True, how="colon")
        # the nearest reporting verb before the colon in its sentence ("as the website notes:")
        for cue in reversed(self.cues[:bisect.bisect_left(self._cue_idx, tok.idx)]):
            if cue.i < sent.start:
                break
            subj = self.subject(cue)
            if subj is not None:
                return Attribution(cue.text, tok.idx, subj, colon=True, how="colon")
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else sent.root
        subj = self.subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is None:
            # "Republican pollster Daron Shaw:" - a noun phrase before the colon
            cands = [t for t in sent if t.i < tok.i and t.pos_ == "PROPN" and not self.in_quote(t.idx)]
            subj = cands[-1] if cands else None
        return Attribution(":" if subj is None or verb.pos_ not in ("VERB", "AUX") else verb.text,
                           tok.idx, subj, colon=True, how="colon")

    def find(self, start: int, end: int, partial: bool = False) -> Attribution | None:
        """The attribution of the quoted words text[start:end]; `partial` when they sit
        inside the reporter's sentence."""
        doc = self.doc
        inner = doc.char_span(start, end, alignment_mode="expand")
        if inner is None or len(inner) == 0:
            return None
        # 1. a reporting verb governing the quoted words
        best = None
        lo_i, hi_i = inner.start, inner.end
        plo, phi = self.paragraph(start)
        for tok in inner:
            if tok.head.i != tok.i and lo_i <= tok.head.i < hi_i:
                continue        # its path upwards goes through its head, walked anyway
            node, hops, top = tok, 0, None
            while node.head.i != node.i and hops < 12:
                node = node.head
                hops += 1
                if self.in_quote(node.idx):
                    continue
                if not plo <= node.idx < phi:
                    break       # the parse ran across a paragraph break: not this quote's cue
                if top is not None and top.dep_ == "advcl" and top.head.i == node.i and \
                        any(c.dep_ in _SUBJECT_DEPS for c in top.children):
                    break       # "Even as Obama said …, his aides argued": the cue's own clause
                if self.is_cue(node):
                    top = node      # keep climbing: the outermost report is the source's
            if top is not None:
                dist = abs(top.idx - start) if top.idx < start else abs(top.idx - end)
                if best is None or dist < best[0]:
                    best = (dist, top)
        if best is not None:
            # "…," he said, according to The New York Times - the outer source is the paper
            sent = self.sents.of(inner[-1])
            acc = self.according_to(end, sent.end_char)
            if acc is not None:
                acc.how = "governs"
                return acc
            verb = best[1]
            return Attribution(verb.text, verb.idx, self.subject(verb))
        # 2. nearest reporting verb of the paragraph outside quotes (same sentence first)
        acc = self.according_to(plo, phi)
        cands = []
        qsent = self.sents.index(inner[0])
        qsent_end = self.sents.index(inner[-1])
        lo, hi = bisect.bisect_left(self._cue_idx, plo), bisect.bisect_left(self._cue_idx, phi)
        for tok in self.cues[lo:hi]:
            dist = start - tok.idx if tok.idx < start else tok.idx - end
            same = qsent <= self.sents.index(tok) <= qsent_end
            after = not same and self.right_after(end, tok)
            cands.append((0 if same or after else 1, dist, tok, after))
        if acc is not None:
            dist = start - acc.cue_start if acc.cue_start < start else acc.cue_start - end
            cands.append((0 if acc.cue_start >= self.sents.of(inner[0]).start_char else 1, dist, acc, False))
        if cands:
            cands.sort(key=lambda c: (c[0], c[1]))
            hit = cands[0][2]
            how = "after" if cands[0][3] else "sentence" if cands[0][0] == 0 else "paragraph"
            if how == "paragraph" and partial:
                # a fragment in a sentence with no speech verb: its sentence's subject
                # ("The charity is seeking “bold ideas”") rather than a cue sentences away
                root = self.sents.of(inner[0]).root
                subj = self.subject(root) if root.pos_ in ("VERB", "AUX") else None
                if subj is not None and subj.lower_ not in _NOT_SPEAKERS and not self.in_quote(subj.idx):
                    return Attribution(root.text, root.idx, subj, how="subject")
            if isinstance(hit, Attribution):
                hit.how = how
                return hit
            return Attribution(hit.text, hit.idx, self.subject(hit), how=how)
        if partial:
            # no cue in the paragraph at all: "Sanders ticked off issues, including making the
            # wealthy pay their “fair share”" - a fragment in a sentence whose subject is a name
            root = self.sents.of(inner[0]).root
            subj = self.subject(root) if root.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "ORG") \
                    and not self.in_quote(subj.idx):
                return Attribution(root.text, root.idx, subj, how="subject")
        return None

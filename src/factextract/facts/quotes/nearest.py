"""The nearest cue of a quote's paragraph, when no cue governs the quote.

Why its own module: it is a ranking by position (same sentence first, then distance), with
one exception the parse gets wrong - “Grizzly Adams?” Maddow repeated. - a cue right after
the closing mark of a question the parser ended early.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...nlp.sentences import Sentences
from .cues import Cues


class NearestCue:
    """Ranks the paragraph's cues (and its "according to") by closeness to a quote."""

    def __init__(self, doc: Doc, text: str, cues: Cues, sentences: Sentences) -> None:
        self.doc = doc
        self.text = text
        self.cues = cues
        self.sents = sentences

    def pick(self, inner: Span, start: int, end: int, paragraph: tuple[int, int],
             according_at: int | None, partial: bool = False) -> tuple[Token | None, str] | None:
        """The best cue for the quoted tokens `inner` (text[start:end]) and how it was found
        (after / sentence / paragraph); the cue is None when "according to" at offset
        `according_at` wins. A fragment (`partial`) is never given a cue of a later sentence:
        "… was “rising slowly”. Sir John said: “…”" - Sir John's words come after."""
        plo, phi = paragraph
        cands = []
        qsent = self.sents.index(inner[0])
        qsent_end = self.sents.index(inner[-1])
        for tok in self.cues.between(plo, phi):
            if tok.idx >= end and self.introduces(tok):
                continue    # “…” Hodgson believes …, explaining: “…” - the cue is the next quote's
            dist = start - tok.idx if tok.idx < start else tok.idx - end
            same = qsent <= self.sents.index(tok) <= qsent_end
            after = not same and self.right_after(end, tok)
            if partial and not same and not after and tok.idx >= end and self.reports_own(tok):
                continue    # a later sentence's "Qwest said that …" reports Qwest's own words
            if partial and not same and not after and tok.idx >= end and self.quote_between(end, tok.idx):
                continue    # … to "flush out" foxes. “We stay,” the master said. - his own quote's cue
            if not same and not after and (tok.dep_ == "amod" or self.reported_by(tok) is not None):
                continue    # "X says 30 firms reported …" - the firms' verb is X's report, not X;
                #             "all quoted companies" - a participle as adjective reports nothing
            rank = 0 if same or after else 1
            if rank and not partial and self.reports_before(tok, inner, qsent):
                rank = 0.5  # "X said the survey showed …. “…”" - X goes on, not a later "He said that …"
            cands.append((rank, dist, tok, after))
        if according_at is not None:
            dist = start - according_at if according_at < start else according_at - end
            cands.append((0 if according_at >= self.sents.of(inner[0]).start_char else 1, dist, None, False))
        if not cands:
            return None
        cands.sort(key=lambda c: (c[0], c[1]))
        rank, _, hit, after = cands[0]
        return hit, "after" if after else "sentence" if rank == 0 else "paragraph"

    def reports_before(self, cue: Token, inner: Span, qsent: int) -> bool:
        """Is `cue` the report (main verb) of the sentence right before a quote that opens its
        own sentence, with a subject of its own ("Ann Lee said shops needed to explain tags. “…”")?"""
        if qsent == 0 or self.sents.index(cue) != qsent - 1:
            return False
        sent = self.sents.of(inner[0])
        if self.text[sent.start_char:inner[0].idx].strip(' "“”\'\n'):
            return False
        return cue.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in cue.children)

    def reported_by(self, cue: Token) -> Token | None:
        """The cue whose reported clause `cue` stands in ("Ann Lee says 30 firms reported …",
        "Ann Lee said shops needed to explain …": the inner verb is Ann Lee's report, the quote after it hers, not the firms')."""
        cur = cue
        while cur.head.i != cur.i:
            child, cur = cur, cur.head
            # the report's own clause (or its subject's, as the parse may hang it), never an
            # adverbial one: "the slide began after a report suggested …" reports nothing
            if self.cues.is_cue(cur) and child.dep_ in ("ccomp", "xcomp", "nsubj", "dobj") \
                    and any(c.dep_ == "nsubj" and c.i != child.i for c in cur.children):
                return cur
        return None

    def quote_between(self, end: int, at: int) -> bool:
        """Does another quote open between a quote's closing mark (after `end`) and `at`?"""
        gap = self.text[end + 1:at]
        return '"' in gap or "“" in gap or "''" in gap

    def introduces(self, cue: Token) -> bool:
        """Does the cue introduce words after it ("X said:", "…, explaining: “…”")?"""
        return any(t.text == ":" for t in self.doc[cue.i + 1:cue.i + 4])

    @staticmethod
    def reports_own(cue: Token) -> bool:
        """Does the cue take words after it ("said the plan was slow", "said: …")?"""
        return any(c.dep_ in ("ccomp", "dobj") and c.i > cue.i for c in cue.children) or \
            any(t.text == ":" for t in cue.doc[cue.i + 1:cue.i + 4])

    def right_after(self, end: int, cue: Token) -> bool:
        """“Grizzly Adams?” Maddow repeated. - the parser ends the sentence at the question
        mark, but a cue right after the closing mark, behind nothing but a name, still
        attributes the quote."""
        if cue.idx < end or cue.idx - end > 60 or "\n" in self.text[end:cue.idx]:
            return False
        doc = self.doc
        if self.introduces(cue):
            return False    # “…” Mr. Zahed said: “…” - the cue introduces the next quote
        if self.reports_own(cue):
            return False    # “…” Anna Berg said the plan was slow - she reports her own words
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

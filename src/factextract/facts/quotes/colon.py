"""X: “…” - the special shape where a colon before the opening mark introduces the quote.

Why its own module: the sentence before the colon need not have a reporting verb ("Pew
Research:", "Transcript as follows:"), so the speaker is taken from a name right before the
colon, a cue of that sentence, or the sentence's main verb, in that order.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp.sentences import Sentences
from .cues import Cues
from .spans import QuotedSpans
from .recipients import is_recipient
from .subjects import SubjectFinder


class ColonSource:
    """Finds who speaks through a colon right before a quote's opening mark."""

    def __init__(self, doc: Doc, text: str, quoted: QuotedSpans, sentences: Sentences, cues: Cues,
                 subjects: SubjectFinder) -> None:
        self.doc = doc
        self.text = text
        self.quoted = quoted
        self.sents = sentences
        self.cues = cues
        self.subjects = subjects

    def find(self, open_at: int) -> tuple[str, int, Token | None] | None:
        """'X echoed:' / 'Transcript as follows:' just before the opening mark (maybe a paragraph
        earlier): the cue's words, the colon's offset and the subject of that sentence's main
        verb, whatever the verb."""
        text = self.text
        before = text[:open_at].rstrip()
        if not before.endswith(":"):
            return None
        line = before.rfind("\n") + 1
        if not before[line:-1].strip():
            return None     # a colon opening its line (a transcript's layout) names nobody
        colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            return None
        tok = colon[0]
        sent = self.sents.of(tok)
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        # "… doesn't surprise Republican pollster Daron Shaw:" - a name right before the colon
        if prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG") \
                and not is_recipient(prev):     # "Mr Lee told the BBC:": the one told listens
            return ":", tok.idx, prev
        # the nearest reporting verb before the colon in its sentence ("as the website notes:")
        for cue in reversed(self.cues.before(tok.idx)):
            if cue.i < sent.start:
                break
            subj = self.subjects.subject(cue)
            if subj is not None:
                return cue.text, tok.idx, subj
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else sent.root
        subj = self.subjects.subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is None:
            # "Republican pollster Daron Shaw:" - a noun phrase before the colon
            cands = [t for t in sent if t.i < tok.i and t.pos_ == "PROPN" and not self.quoted.covers(t.idx)
                     and not is_recipient(t)]
            subj = cands[-1] if cands else None
        return ":" if subj is None or verb.pos_ not in ("VERB", "AUX") else verb.text, tok.idx, subj

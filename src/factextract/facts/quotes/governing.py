"""The reporting verb that governs quoted words: the quote is the verb's complement.

Why its own module: it is the first and surest way to a quote's cue, and the only one that
climbs the parse from the quoted words up; the others (nearest cue, colon, "according to")
look around the quote instead.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import Cues
from .deps import CUE_SUBJECT_DEPS
from .spans import QuotedSpans
from .weak_cue import is_weak


# how a quoted clause hangs off the verb that says it: "told a magazine: “…”", "claiming “…”"
# (not "described it as “the gold standard”", "called him “Miss Piggy”": words put in a
# report, whose reporter the outer verb's subject may be)
_CLAUSE_DEPS = ("ccomp", "parataxis", "dep", "xcomp")


class GoverningCue:
    """Climbs from each quoted token to the outermost cue above it in the same paragraph."""

    def __init__(self, cues: Cues, quoted: QuotedSpans) -> None:
        self.cues = cues
        self.quoted = quoted

    def find(self, inner: Span, start: int, end: int, paragraph: tuple[int, int]) -> Token | None:
        """The cue governing the quoted tokens `inner` (text[start:end]) nearest the quote."""
        # (punctuation inside the marks - the comma of “heartbreaking,” - hangs on whatever
        # verb follows: a cue reached from the words comes first, the comma's only without one)
        best: dict[bool, tuple[int, Token]] = {}
        lo_i, hi_i = inner.start, inner.end
        plo, phi = paragraph
        for tok in inner:
            if tok.head.i != tok.i and lo_i <= tok.head.i < hi_i:
                continue        # its path upwards goes through its head, walked anyway
            node, hops, top = tok, 0, None
            while node.head.i != node.i and hops < 12:
                came = node
                node = node.head
                hops += 1
                if self.quoted.covers(node.idx):
                    continue
                if not plo <= node.idx < phi:
                    break       # the parse ran across a paragraph break: not this quote's cue
                if top is not None and top.dep_ in ("advcl", "conj") and top.head.i == node.i and \
                        any(c.dep_ in CUE_SUBJECT_DEPS for c in top.children):
                    # "Even as Obama said …, his aides argued": the cue's own clause; "He
                    # accused them …, but Parry explained: “…”": a second clause, its own subject
                    break
                if self.cues.is_cue(node) and not (top is not None and not is_weak(top) and is_weak(node)):
                    top = node      # keep climbing: the outermost report is the source's ...
                    if _own_speaker(node, self.quoted) and (came.dep_ in _CLAUSE_DEPS or _reported(node)):
                        break       # ... unless this one names its own speaker: "The paper
                        # reports that Anelka told a magazine: “…”", "Voss called it
                        # “heartbreaking,” the Post reported" - Anelka's, Voss's words
                    if _relative_report(node):
                        break       # "a levy which opponents claim would force “…”": theirs
            if top is not None:
                dist = abs(top.idx - start) if top.idx < start else abs(top.idx - end)
                if tok.is_punct not in best or dist < best[tok.is_punct][0]:
                    best[tok.is_punct] = (dist, top)
        found = best.get(False) or best.get(True)
        return found[1] if found is not None else None


def _own_speaker(verb: Token, quoted: QuotedSpans) -> bool:
    """Does a reporting verb inside another one's complement have a named subject of its own?
    A name only: "Opinion polls suggest that “…”, Ms Alexander says" and "he said detectives
    could find no case “…”" are the outer speaker's words; a pronoun may be the outer "he"."""
    if verb.dep_ == "ROOT":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and not quoted.covers(c.idx)
               for c in verb.children)


def _reported(verb: Token) -> bool:
    """Is the reporting verb the clause an outlet's or a body's reporting verb reports ("Voss
    called it “…”, the Post reported", "the Post reported that Voss called it “…”")? Then the
    words it puts in quotation marks are its own subject's, however they hang off it; the outer
    verb only says who passed them on."""
    outer = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or outer.lemma_.lower() not in _PASSING_ON:
        return False
    # a person passing words on may be quoting them as his own charge ("Trump said Clinton
    # called it “the gold standard”"): only an outlet, a body or a document hands them on
    return not any(c.dep_ in CUE_SUBJECT_DEPS and (c.ent_type_ == "PERSON" or c.pos_ == "PRON")
                   for c in outer.children)


# verbs that pass on someone else's words rather than utter their own
_PASSING_ON = frozenset(("report", "write", "say", "tell", "note", "add", "reveal", "confirm"))


_RELATIVE_WORDS = frozenset(("which", "that", "who", "whom", "whose"))


def _relative_report(verb: Token) -> bool:
    """Is the reporting verb a relative clause with a subject of its own ("a bill which critics
    claim would allow …", "the plan, which ministers say will cost …")? That report is about
    the noun it describes, not part of the sentence's main report. A noun subject only: in "the
    loopholes he cited are “…”" a pronoun's report stays with the outer one."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_WORDS
                                        and c.pos_ in ("NOUN", "PROPN") for c in verb.children)

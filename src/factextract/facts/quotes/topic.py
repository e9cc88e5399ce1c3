"""A quoted statement with no cue at all, right after a sentence about a named person: that
person's words ("On this point, Delaney sounds close to zealous. “I took the sleeper north …”").

Why its own module: the component hands a cueless statement to the speaker of the quote
before it; a feature that opens with such a quote (no quote before, or one too far back) has
only the reporter's sentence before it, whose main subject - a person the article names - is
who a reader hears. Read narrowly: the sentence right before the opening mark, in the same
paragraph or the one before, whose main verb's subject is a name of one person (not a
pronoun, not an organisation: "The club confirmed the deal. “…”" stays open, as does "Berg
and Reyes clashed. “…”").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...nlp.sentences import Sentences
from .known import Speaker
from .marks import Quoted
from .speakers import SpeakerResolver


def _lead_end(text: str) -> int:
    """The end of the lead, the first paragraph after the headline."""
    start = text.find("\n\n")
    if start < 0:
        return len(text)
    start = len(text) - len(text[start:].lstrip())
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def sentence_before(doc: Doc, text: str, q: Quoted, sentences: Sentences) -> Span | None:
    """The sentence right before quote `q`, when the quote opens a sentence of its own (inside
    a sentence of the reporter's, a cue would be there); else None."""
    span = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = sentences.of(span[0])
    if sent.start_char < q.open_at and text[sent.start_char:q.open_at].strip():
        return None
    return sentences.before(sent)


def named_subject(root: Token, resolver: SpeakerResolver) -> Speaker | None:
    """The one named person who is the subject of `root`, or None (nor one of two: "Berg and
    Reyes clashed. “…”" is either's)."""
    for child in root.children:
        if child.dep_ == "nsubj" and child.pos_ == "NOUN":
            # "Bolger's lawyer, Jeremy Robinson, had …": the name in apposition
            child = next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"), child)
        if child.dep_ not in ("nsubj", "appos") or child.pos_ != "PROPN" or resolver.in_quote(child.idx):
            continue
        hit = resolver.mention_at(child.idx, child.idx + len(child.text))
        if hit is None or hit[2].type != "people" or any(c.dep_ == "conj" for c in child.children):
            return None
        s, e, k = hit
        return Speaker(k.entity.name, s, e, k.entity)
    return None


def topic_speaker(doc: Doc, text: str, q: Quoted, sentences: Sentences,
                  resolver: SpeakerResolver) -> Speaker | None:
    """The named person who is the main subject of the sentence before quote `q`, or None."""
    before = sentence_before(doc, text, q, sentences)
    if before is None or text.count("\n\n", before.end_char, q.open_at) > 1 \
            or resolver.in_quote(before.start_char) or before.start_char < _lead_end(text):
        return None     # (the headline and lead: a whole piece's voice is voice.py's to tell)
    return named_subject(before.root, resolver)

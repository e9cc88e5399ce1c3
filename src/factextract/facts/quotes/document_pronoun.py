"""An "it" that reports words right after a sentence about a document means the document.

Why its own module: "Mr Lee's statement said: “…” It added: “…”" and "A council report
says fares rose. It says there is “scant proof” …" - the "it" that speaks is the
statement or report the sentence before was about (its subject), and whoever issued that
is the speaker. The organisation search for "it" (antecedents.py) never looks at document
nouns, so it reached back to the nearest newspaper or ministry instead.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp.sentences import Sentences
from .deps import CUE_SUBJECT_DEPS
from .spans import QuotedSpans


def document_meant(tok: Token, documents: frozenset[str] | set[str], speech_verbs: frozenset[str] | set[str],
                   sentences: Sentences, quoted: QuotedSpans) -> Token | None:
    """The document noun an "it" subject of a speech verb (`tok`) stands for: the main
    subject of the sentence just before (or of its own sentence, before it), when that
    subject is a document noun outside quotes - "It added" after "X's statement said"."""
    if tok.lower_ != "it" or tok.dep_ not in CUE_SUBJECT_DEPS or tok.head.lemma_.lower() not in speech_verbs:
        return None
    sent = sentences.of(tok)
    own = [t for t in sent if t.i < tok.i and t.dep_ in CUE_SUBJECT_DEPS and t.head.dep_ == "ROOT"
           and not quoted.covers(t.idx)]
    if own:
        return _document(own[-1], documents)
    before = sentences.before(sent)
    if before is None:
        return None
    subjects = [t for t in before if t.dep_ in CUE_SUBJECT_DEPS and t.head.i == before.root.i
                and not quoted.covers(t.idx)]
    return _document(subjects[0], documents) if subjects else None


def _document(subject: Token, documents: frozenset[str] | set[str]) -> Token | None:
    return subject if subject.lemma_.lower() in documents and subject.tag_ != "NNS" else None

"""Which words attribute a quote: the reporting verb (cue) and its subject, from the parse.

Why the parse and not proximity: in "“…,” said Ronald Fieldstone, a lawyer who met Trump"
the nearest name is not always the speaker, and in “Trump is wrong,” Clinton said the name
inside the quote never is. The cue is the reporting verb that governs the quoted words (the
quote is its complement) or, failing that, the nearest reporting verb of the paragraph
outside any quote; the speaker is that verb's subject (inherited through "…, adding" and
"said and added"), or the object of "according to". Attributor only chooses among those
ways; each lives in its own module (cues, governing, nearest, subjects, according, colon).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...nlp.sentences import Sentences
from .according import AccordingTo, names_a_person
from .colon import ColonSource
from .cues import Cues
from .governing import GoverningCue
from .group_belief import group_believer
from .nearest import NearestCue
from .spans import Paragraphs, QuotedSpans
from .subjects import SubjectFinder
from .terms import is_common_noun_subject

# subjects that cannot be a fragment's speaker ("it was a “great luxury”")
_NOT_SPEAKERS = {"it", "that", "this", "which", "there", "what"}


@dataclass
class Attribution:
    """The words that attribute one quote: the cue, where it is, and the speaker's head token."""
    cue: str
    cue_start: int
    subject: Token | None      # the speaker's head token
    colon: bool = False        # "X said:" / "Trump: ‘…’"
    how: str = "governs"       # governs (the cue's complement) / sentence / after (“…?” X asked.) / paragraph


class Attributor:
    """Finds the cue and subject for quoted stretches of one parsed doc."""

    def __init__(self, doc: Doc, text: str, quoted: QuotedSpans, paragraphs: list[tuple[int, int]],
                 sentences: Sentences, roles: frozenset[str] | set[str] = frozenset(),
                 documents: frozenset[str] | set[str] = frozenset(),
                 person_nouns: frozenset[str] | set[str] = frozenset()) -> None:
        self.doc = doc
        self.roles = roles          # role nouns that can speak ("the spokesman said")
        self.person_nouns = person_nouns    # nouns for people ("critics": group_belief.py)
        self.documents = documents  # documents that can speak ("the report said")
        self.sents = sentences
        self.quoted = quoted
        self.paragraphs = Paragraphs(paragraphs)
        self.cues = Cues(doc, text, self.quoted)
        self.according = AccordingTo(doc, self.quoted, self.cues)
        self.subjects = SubjectFinder(doc, text, self.quoted, sentences, roles, documents)
        self.governing = GoverningCue(self.cues, self.quoted)
        self.nearest = NearestCue(doc, text, self.cues, sentences)
        self.colon = ColonSource(doc, text, self.quoted, sentences, self.cues, self.subjects)

    def colon_source(self, open_at: int) -> Attribution | None:
        """'X echoed:' / 'Transcript as follows:' just before the opening mark."""
        found = self.colon.find(open_at)
        if found is None:
            return None
        cue, at, subj = found
        return Attribution(cue, at, subj, colon=True, how="colon")

    def find(self, start: int, end: int, partial: bool = False) -> Attribution | None:
        """The attribution of the quoted words text[start:end]; `partial` when they sit
        inside the reporter's sentence."""
        inner = self.doc.char_span(start, end, alignment_mode="expand")
        if inner is None or len(inner) == 0:
            return None
        paragraph = self.paragraphs.of(start)
        # 1. a reporting verb governing the quoted words
        verb = self.governing.find(inner, start, end, paragraph)
        if verb is not None:
            # "…," the memo said, according to The New York Times - the outer source is the
            # paper; "X called it “…,” according to the Times" - X's words, the paper reports them
            subj = self.subjects.subject(verb)
            acc = self.according.first_in(end, self.sents.of(inner[-1]).end_char)
            if acc is not None and not names_a_person(subj, self.quoted):
                return Attribution("according to", acc[0], acc[1], how="governs")
            return Attribution(verb.text, verb.idx, subj)
        # 2. nearest reporting verb of the paragraph outside quotes (same sentence first)
        acc = self.according.first_in(*paragraph)
        picked = self.nearest.pick(inner, start, end, paragraph, acc[0] if acc is not None else None, partial)
        if picked is not None:
            hit, how = picked
            if how == "paragraph" and partial:
                # a fragment in a sentence with no speech verb: its sentence's subject
                # ("The charity is seeking “bold ideas”") rather than a cue sentences away
                root, subj = self._sentence_subject(inner)
                if subj is not None and subj.lower_ not in _NOT_SPEAKERS and not self.quoted.covers(subj.idx) \
                        and not is_common_noun_subject(subj, self.roles, self.documents):
                    return Attribution(root.text, root.idx, subj, how="subject")
                if (group := group_believer(root, subj, inner, self.person_nouns)) is not None:
                    return Attribution(root.text, root.idx, group, how="subject")  # "Critics fear …"
            if hit is None:
                return Attribution("according to", acc[0], acc[1], how=how)
            return Attribution(hit.text, hit.idx, self.subjects.subject(hit), how=how)
        if partial:
            # no cue in the paragraph at all: "Sanders ticked off issues, including making the
            # wealthy pay their “fair share”" - a fragment in a sentence whose subject is a name
            root, subj = self._sentence_subject(inner)
            if subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "ORG") \
                    and not self.quoted.covers(subj.idx):
                return Attribution(root.text, root.idx, subj, how="subject")
        return None

    def _sentence_subject(self, inner: Span) -> tuple[Token, Token | None]:
        """The root of the quote's sentence and, when a verb, its active subject ("The men
        were held as part of the “war on terror”": the men are not the ones quoted)."""
        root = self.sents.of(inner[0]).root
        subj = self.subjects.subject(root) if root.pos_ in ("VERB", "AUX") else None
        return root, None if subj is not None and subj.dep_ == "nsubjpass" else subj

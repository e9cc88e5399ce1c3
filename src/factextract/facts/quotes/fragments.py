"""A few quoted words inside the reporter's sentence with no speech act: nobody's words.

Why its own module: "Harlow Brewing is rolling out its own “zero-malt” lager", "GM gave Fiat a “put
option”", "Mr Bell oversaw the “I'm lovin' it” campaign" - short quoted stretches in a
sentence whose verb reports nothing are the writer's scare quotes, slogans and terms. The
attribution found no reporting verb for them and fell back on the sentence's subject; a
reader counts such a quote with a speaker as wrong. A fragment some verb of speech or
judgement takes ("X called the plan “a disgrace”", "X said it was “totally ridiculous”")
has that verb as its cue and is not touched here.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...nlp.resources import load_groups, load_wordlist
from .marks import Quoted

# at most this many words: longer quoted stretches are somebody's clause
MAX_FRAGMENT_WORDS = 6
# a fragment whose only cue is in another sentence of its paragraph: at most this many words
# (one or two words are a label; "a “great luxury to have”" goes on from the sentence before)
MAX_LOOSE_WORDS = 2


_ARTICLES = ("a", "an", "the")


def _after_as(text: str, open_at: int) -> bool:
    """“… as a “con artist”": the subject's own characterisation (attacked, branded,
    pounded X as …), which a reader takes as that subject's words."""
    before = text[max(0, open_at - 16):open_at].lower().split()
    while before and before[-1] in _ARTICLES:
        before.pop()
    return bool(before) and before[-1] == "as"


def _predicate(doc: Doc, q: Quoted) -> bool:
    """Are the quoted words the complement of "be" (“was “satisfied””, “is “confident””)?"""
    inner = doc.char_span(q.start, q.end, alignment_mode="expand")
    return inner is not None and len(inner) > 0 and inner.root.dep_ in ("acomp", "attr") \
        and inner.root.head.lemma_ == "be"


def is_belief(verb) -> bool:
    """A verb of belief ("believes", "fear") or "be" with a state of mind ("is confident"):
    the quoted words in the clause it governs are its subject's (patterns/quotes/belief_words.txt)."""
    words = load_groups("quotes/belief_words.txt")
    lemma = verb.lemma_.lower()
    if lemma in words["verb"]:
        return True
    return lemma == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in words["adjective"]
                                 for c in verb.children)


def speechless_fragment(doc: Doc, text: str, q: Quoted, how: str | None, cue_start: int,
                        verbs: frozenset[str] | set[str], partial: bool = True) -> bool:
    """Is the partial quote `q`, attributed only through its sentence's subject (`how` ==
    "subject") and the verb at `cue_start`, nobody's speech? True when it is short, not in
    the headline (whose own rules decide), not a characterisation after "as", and that verb
    is no reporting verb (a lemma of `verbs`); or when it is a few words whose only cue is
    in another sentence (`how` == "paragraph": then whether or not it follows a comma, as
    in "accusations of spin, “control freakery” and …"; otherwise only a `partial` quote)."""
    words = len(text[q.start:q.end].split())
    if q.headline or words > MAX_FRAGMENT_WORDS or _after_as(text, q.open_at):
        return False
    if how == "paragraph":
        # no reporting verb in its own sentence, only one sentences away: "Mr Blair simply
        # ends up looking “embattled”" is the writer's word, whoever spoke before
        return words <= MAX_LOOSE_WORDS
    if how != "subject" or not partial:
        return False
    verb = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if verb is None or not len(verb):
        return False
    lemma = verb[0].lemma_.lower()
    if lemma == "be" and _predicate(doc, q):
        return False    # “a spokeswoman was “satisfied””: the subject's own state, in its words
    if is_belief(verb[0]):
        return False    # “X believes it will “calm the streets””: the subject's words
    return lemma not in verbs and lemma not in load_wordlist("quotes/presenting_verbs.txt")


def describes_subject(doc: Doc, q: Quoted, how: str | None, cue_start: int) -> bool:
    """“India is a “dramatically growing economy …”": quoted words that are the noun
    predicate of "be" describe the sentence's subject, who is not the one saying them (a
    state in the subject's own words, “was “satisfied””, is an adjective and stays theirs)."""
    if how != "subject" or q.headline:
        return False
    verb = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if verb is None or not len(verb) or verb[0].lemma_.lower() != "be":
        return False
    inner = doc.char_span(q.start, q.end, alignment_mode="expand")
    return inner is not None and len(inner) > 0 and inner.root.dep_ == "attr" \
        and inner.root.head.i == verb[0].i

"""A cueless quote right after a sentence that gives another named person's stance is that
person's: “…,” Pelham told the BBC. Garside, though, is keen to shelter his young squad. “…”.

Why its own module: the component hands a quoted statement with no cue to the speaker of the
quote before it unless someone else's reporting verb comes between (component._continues and
_other_cue_between). A reporter also turns to the next voice with a sentence of belief or
attitude and no reporting verb ("X believes …", "X is keen to …", "X, though, is unfazed"), or
one that announces X's words ("X had a more succinct statement."); the quote that follows is
that person's, not more of the last speaker. Read narrowly: the
sentence right before the opening mark, in the same paragraph, the quote opening a sentence of
its own; its main verb a verb of belief or stance, or "be"/"remain" with such an adjective
(patterns/quotes/belief_words.txt, stance_words.txt); its subject one named person.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...nlp.resources import load_groups, load_wordlist
from ...nlp.sentences import Sentences
from .known import Speaker
from .marks import Quoted
from .speakers import SpeakerResolver
from .topic import named_subject, sentence_before


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, adjectives) of belief, state of mind and stance."""
    belief = load_groups("quotes/belief_words.txt")
    stance = load_groups("quotes/stance_words.txt")
    verbs = belief.get("verb", frozenset()) | stance.get("verb", frozenset())
    adjectives = belief.get("adjective", frozenset()) | stance.get("adjective", frozenset())
    return verbs, adjectives


# verbs whose message-noun object announces the quote that follows ("X had a short statement")
_DELIVERING = ("have", "issue", "give", "offer", "make", "release", "deliver")


def _stance(verb: Token) -> bool:
    """Does the main verb give its subject's stance ("believes", "is keen", "remains confident")
    or announce the subject's words ("X had a more succinct statement", "X offered a comment":
    a message noun of patterns/quotes/message_nouns.txt as its object)?"""
    verbs, adjectives = _words()
    lemma = verb.lemma_.lower()
    if lemma in _DELIVERING:
        nouns = load_wordlist("quotes/message_nouns.txt")
        return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)
    if lemma in ("be", "remain", "seem", "appear"):
        return any(c.dep_ == "acomp" and c.lemma_.lower() in adjectives for c in verb.children)
    return lemma in verbs


def stance_holder(doc: Doc, text: str, q: Quoted, sentences: Sentences,
                  resolver: SpeakerResolver) -> Speaker | None:
    """The one named person whose stance the sentence right before quote `q` gives, or None."""
    before = sentence_before(doc, text, q, sentences)
    if before is None or "\n" in text[before.start_char:q.open_at] or resolver.in_quote(before.start_char):
        return None
    return named_subject(before.root, resolver) if _stance(before.root) else None

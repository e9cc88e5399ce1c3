"""Two guards for the pronoun search (antecedents.py): who a "he said" cannot skip, and a
subject the parse lost.

Why its own module: both are small structural tests on the parse that the antecedent scorer
asks for per sentence; keeping them apart keeps antecedents.py about scoring.

- An unnamed person as the subject of a reporting verb ("But a council spokeswoman insisted Mr
  Lyle had meant adults. “…,” she said"; "President Castro's chief aide said …. “…,” he
  said") is who the next pronoun means, not the possessor inside the phrase nor the speaker
  of the quote before: `unnamed_reporter` finds that role noun, and the resolver then resolves
  the role noun itself (to a person the article gave that post, else the description).
- A name followed by a finite verb that has no subject of its own is that verb's subject,
  whatever the parse hung it on ("… at Millbrook Lane and Tolley sympathised with Marsden.
  “He deserved better,” he said"): `stranded_subject`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ...nlp.resources import load_wordlist
from .spans import QuotedSpans
from .words import Vocab

# verbs of a clause joined to the sentence's main verb, whose subject also reports
_JOINED = ("conj", "ccomp", "parataxis")


@lru_cache(maxsize=4)
def _reporter_nouns(vocab: Vocab) -> frozenset[str]:
    """Every person noun that can report: the resolver's posts and roles and the extra list
    (built once per Vocab, not per candidate)."""
    return frozenset(vocab.known_posts) | load_wordlist("quotes/reporter_nouns.txt")


def unnamed_reporter(sent: Span, hi: int, taken: set[int], reported: set[int], vocab: Vocab,
                     quoted: QuotedSpans, gender: str | None) -> Token | None:
    """The singular role noun ("spokeswoman", "aide", "chairman") that is the subject of a
    reporting verb of `sent` before offset `hi`, outside quotes, with no name of its own in
    its phrase (no mention in `taken` as its apposition or compound: "the spokesman, Tom Lee,"
    is Tom Lee) and no gender against the pronoun's; else None."""
    root = sent.root
    verbs = [root] + [c for c in root.children if c.dep_ in _JOINED]
    for verb in verbs:
        if verb.idx >= hi or verb.lemma_.lower() not in vocab.verbs:
            continue
        for child in verb.children:
            if child.dep_ != "nsubj" or child.idx >= hi or child.pos_ not in ("NOUN", "PROPN"):
                continue
            if child.i in taken or child.i in reported or quoted.covers(child.idx):
                continue
            # the role noun: the subject itself, or the last word of its phrase when the parse
            # made a body its head ("A Department for Transport spokeswoman said")
            noun = child if child.pos_ == "NOUN" else child.right_edge
            if noun.pos_ != "NOUN" or noun.tag_ == "NNS" or noun.i in taken:
                continue
            lemma = noun.lemma_.lower()
            if lemma not in _reporter_nouns(vocab) and noun.lower_ not in _reporter_nouns(vocab):
                continue
            if any(c.dep_ in ("appos", "compound") and c.i in taken for c in child.children):
                continue
            said = vocab.gendered.get(lemma) or vocab.gendered.get(noun.lower_)
            if gender and said and said != gender:
                continue
            return child
    return None


def stranded_subject(head: Token) -> bool:
    """A name the parse hung elsewhere although a finite verb with no subject of its own
    follows it ("… at Millbrook Lane and Tolley sympathised with …", parsed with Tolley joined
    to "Lane"): for a pronoun after it, the subject of that verb."""
    doc = head.doc
    if head.i + 1 >= len(doc) or head.pos_ != "PROPN":
        return False
    verb = doc[head.i + 1]
    return verb.tag_ in ("VBD", "VBZ") and verb.head.i != head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)

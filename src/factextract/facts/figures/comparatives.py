"""A figure that says by how much one thing differs from another: "profits set to be 15% lower
than expected", "orders are expected to be 6% to 7% lower", "prices were 10% higher". The parse
hangs the figure on the comparative ("lower"), which hangs on a verb of being; what the figure
measures is that verb's subject, reached through the verbs that raise it ("expected to be",
"set to be", "is likely to grow").

Why apart from counted_clause.py: the walk there starts from verbs and nouns; a comparative
adjective is neither, and the raising verbs above it are a shape of their own."""
from __future__ import annotations

from spacy.tokens import Token

# comparatives a difference figure hangs on ("15% lower", "a third cheaper", "10% more expensive")
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_COMPARATIVE_WORDS = frozenset({"more", "less", "higher", "lower", "bigger", "smaller", "cheaper",
                                "dearer", "larger", "greater", "fewer", "up", "down", "above",
                                "below", "better", "worse", "stronger", "weaker"})


def compared_verb(tok: Token) -> Token | None:
    """The verb whose subject a difference figure measures: "%" of "15% lower" -> "be"."""
    head = tok.head
    if tok.dep_ != "npadvmod" or head.i <= tok.i:
        return None
    if not (head.tag_ in _COMPARATIVE_TAGS or head.lower_ in _COMPARATIVE_WORDS):
        return None
    if head.dep_ in ("acomp", "advmod", "oprd") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def raised_from(verb: Token) -> Token | None:
    """"is likely to grow", "looks set to rise": the verb above an adjective that raises the
    subject of the verb under it ("likely", "set", "due", "certain", "about")."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd") \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None

"""What moved, when the text says it with no verb: "with retail demand up just 0.3%", "showed
exports down 2.3%", "sent Acme shares up 6.5%": the noun right before "up"/"down" is what the
figure after it measures.

Why a token shape rather than the parse: the parse of these verbless clauses varies from
sentence to sentence (the figure hangs on "with", on "up", or on the noun itself), while the
words stay the same; the shape is read once per figure that is still empty, from its tokens."""
from __future__ import annotations

from spacy.tokens import Doc

from ...records import Figure
from .counted import _phrase

_DIRECTION = frozenset({"up", "down", "higher", "lower"})
_SOFT = frozenset({"just", "only", "by", "some", "about", "around", "nearly", "almost", "roughly", "a", "further"})


def carry(doc: Doc, figures: list[Figure]) -> None:
    """Fill an empty `counted` of a percentage, points or money figure after "NOUN up/down"."""
    for f in figures:
        if f.counted or not (f.unit in ("percent", "point") or (f.unit and f.unit.isupper())):
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        k = span.start - 1
        while k >= 0 and doc[k].lower_ in _SOFT:
            k -= 1
        if k < 1 or doc[k].lower_ not in _DIRECTION:
            continue
        noun = doc[k - 1]
        plural_verb = noun.tag_ == "VBZ" and noun.lower_.endswith("s") and k >= 2 \
            and doc[k - 2].pos_ in ("PROPN", "NOUN", "ADJ")      # "Acme shares" tagged as a verb
        if (noun.tag_ in ("NN", "NNS", "NNP", "NNPS") or plural_verb) and noun.ent_type_ not in ("DATE", "TIME") \
                and noun.is_alpha and noun.sent.start == span.sent.start and noun.lower_ not in _SOFT:
            f.counted = _phrase(doc, noun, span)

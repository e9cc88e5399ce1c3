"""What a plain count counts: the noun phrase after the number ("34,000 North Koreans"), or
the noun after "of" for a share ("88 percent of women"), read from the dependency parse.

Why apart from the component: it is asked once a figure is decided, of the parse only."""
from __future__ import annotations

from spacy.tokens import Doc


def counted(doc: Doc, h) -> str | None:
    """The noun phrase a plain count counts ("34,000 North Koreans" -> "North Koreans"),
    or for a share ("88 percent of women") the noun after "of", from the dependency parse."""
    if h.unit and h.unit not in ("percent",):
        return None
    span = doc.char_span(h.start, h.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span[-1]
    head = tok.head
    noun = None
    if head.i >= span.end and head.pos_ in ("NOUN", "PROPN") \
            and tok.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod"):
        noun = head
    else:
        for cand in (tok, head):
            for child in cand.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        noun = objs[0]
                        break
            if noun is not None:
                break
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.sent.start != tok.sent.start \
            or any("\n" in t.text_with_ws for t in doc[min(tok.i, noun.i):max(tok.i, noun.i)]):
        return None   # the counted noun is in the figure's own sentence, not the next bullet
    hyphened = noun.i > 0 and doc[noun.i - 1].text == "-"    # "a three-judge panel" counts judges
    while not hyphened and noun.dep_ == "compound" and noun.head.i == noun.i + 1 \
            and noun.head.pos_ == "NOUN":
        noun = noun.head  # "12 search warrants": the head of the compound, not "search"
    if noun.lower_ in ("others", "ones", "another", "rest") \
            and not any(c.dep_ in ("compound", "amod") for c in noun.lefts):
        return None       # "158 others": a pronoun-like word names nothing a reader can check
    # adjectives and compounds right before the noun, after any determiner or number
    barrier = max([x.i for x in noun.lefts if x.dep_ not in ("compound", "amod")] + [span.end - 1])
    left = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i > barrier
            and not any(ch.isdigit() for ch in c.text)]
    start = left[0].i if left else noun.i
    return doc[start:noun.i + 1].text

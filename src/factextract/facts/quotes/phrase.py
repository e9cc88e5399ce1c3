"""The speaker phrase of a subject token: which words of the sentence to report as the speaker.

Why its own module: it is a question of the parse alone ("the analyst at the bank" without
", who met Trump"), asked of every subject whatever entity it resolves to.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .channel import is_channel


def _when(prep: Token) -> bool:
    """A prepositional phrase that only dates the report ("on Sunday", "in January")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def speaker_phrase(doc: Doc, tok: Token) -> tuple[int, int]:
    """The speaker phrase of a subject token: its left modifiers, itself and attached
    prepositional phrases, up to the first comma (appositives and relative clauses out, and a
    phrase that only says when: "on Sunday")."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and _when(child):
            break       # "The prime minister on Sunday said": when, not who
        if child.dep_ == "prep" and is_channel(child):
            break       # "said the group in a statement": how, not who
        if child.dep_ in ("prep", "compound", "nummod", "amod", "poss") or (
                child.dep_ == "pobj"):
            right = max(right, child.right_edge.i)
        else:
            break
    toks = [t for t in doc[left:right + 1]]
    # cut at the first comma or quote mark
    out = []
    for t in toks:
        if t.text in (",", ";", "(", "—", "–") or t.is_quote or "\n" in t.text_with_ws:
            if "\n" in t.text_with_ws and t.i < tok.i:
                out = []
                continue
            if t.i > tok.i:
                break
            if t.i == tok.i:
                out.append(t)
                break
            out = []
            continue
        out.append(t)
    # a phrase cut at a quote mark leaves its preposition behind: "the report on the “…”"
    while len(out) > 1 and out[-1].i > tok.i and out[-1].pos_ in ("ADP", "DET", "CCONJ", "PART"):
        out.pop()
    if not out:
        out = [tok]
    s = out[0].idx
    e = out[-1].idx + len(out[-1].text)
    return s, e

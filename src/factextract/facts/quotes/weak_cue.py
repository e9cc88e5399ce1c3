"""A verb that reports speech only through a clause: its object in quotes is nobody's words.

Why its own module: "add", "put", "begin" and "continue" are cues ("…,” he added", "as he
put it, “…”", "she continued: “…”") because they can carry a quoted clause; but in "it added
“fizz” to his campaign" or "members could not put the treaty “on ice”" the quoted words are
the thing added or the state put in - the writer's scare quotes, not speech. Two questions,
asked only of quotes such a verb governs: does the quote hang off it as a clause (speech) or
as an object or phrase (a term)? And, climbing the parse, a real speech verb already found
below ("The trouble began …, with X marching up, saying “…”") is not replaced by the weak one
above it. And "begin", "continue", "start" with a verb of their own ("Airbus continues to
lead the market", "shares started falling") only say when something else happens: no speech
at all, so no cue for the quote before them (aspectual).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp.resources import load_wordlist

# how a quoted clause hangs off a verb that says it (as in governing.py)
_CLAUSE_DEPS = ("ccomp", "parataxis", "dep", "xcomp", "advcl", "conj")
# a fragment longer than this is somebody's clause, whatever the parse says
MAX_OBJECT_WORDS = 6


def is_weak(tok: Token) -> bool:
    """Is `tok` a cue that speaks only through a clause (patterns/quotes/weak_cues.txt)?"""
    return tok.lemma_.lower() in load_wordlist("quotes/weak_cues.txt")


def aspectual(tok: Token) -> bool:
    """Is the weak cue `tok` an aspect verb of another verb ("continues to lead", "began
    selling")? Then it reports nothing; the verb it carries may be a cue of its own."""
    if not is_weak(tok):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > tok.i
               and (c.tag_ == "VBG" or any(a.tag_ == "TO" for a in c.children))
               for c in tok.children)


def object_of_weak_cue(doc: Doc, start: int, end: int, cue_start: int, how: str | None) -> bool:
    """Are the quoted words text[start:end], governed (`how` == "governs") by the cue at
    `cue_start`, a thing that weak cue takes (its object or a phrase of it) rather than a
    clause it reports? Then nobody said them."""
    if how != "governs":
        return False
    inner = doc.char_span(start, end, alignment_mode="expand")
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if inner is None or cue is None or not len(inner) or not len(cue) or not is_weak(cue[0]):
        return False
    if len(inner.text.split()) > MAX_OBJECT_WORDS:
        return False
    node, hops = inner.root, 0
    while node.head.i != node.i and node.i != cue[0].i and hops < 8:
        if node.dep_ in _CLAUSE_DEPS or node.pos_ in ("VERB", "AUX") and node.dep_ != "amod":
            return False    # a clause on the way: "he added it was “fair”"
        node, hops = node.head, hops + 1
    return node.i == cue[0].i

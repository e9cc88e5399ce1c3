"""The subject of a verb of change when the parse ran the sentence across a line break: a
headline with no full stop ("Corvell shares up on merger talk") is parsed as one sentence with
the story's first line ("Shares in Corvell Holdings jumped more than 6% ..."), so the verb of
the first line gets no subject, or one from the headline. The subject is then read from the
verb's own line: the phrase right before the verb group, climbed to its head ("Holdings" ->
"in" -> "Shares").

Why apart from counted_clause.py: that trusts the parse; this is the fallback for the one place
where news text breaks it every time, the line after a headline. A blank line after the headline
no longer reaches here: nlp/paragraphs.py makes it a sentence boundary before the parser runs
(none of the 1,033 bbc_dev articles needs this fallback since). A single line break is left to
the parser there, as it may be a hard wrap, so "Headline\nFirst line" still comes here."""
from __future__ import annotations

from spacy.tokens import Token

_GROUP = frozenset({"aux", "auxpass", "neg", "advmod"})


def line_start(tok: Token) -> int:
    """Index of the first token of the line `tok` stands on."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and "\n" not in doc[k].text_with_ws:
        k -= 1
    return k + 1


def crosses_line(verb: Token, subj: Token | None) -> bool:
    """Whether the parse gave the verb no subject, or one on an earlier line, while its own
    parsed sentence started on an earlier line (a headline run into the text)."""
    start = line_start(verb)
    return start > verb.sent.start and (subj is None or subj.i < start)


def subject_in_line(verb: Token) -> Token | None:
    """The head of the noun phrase right before the verb group, within the verb's line."""
    doc = verb.doc
    start = line_start(verb)
    j = verb.i - 1
    while j >= start and (doc[j].dep_ in _GROUP or doc[j].pos_ in ("AUX", "PART")):
        j -= 1
    if j < start or doc[j].is_punct:
        return None
    t = doc[j]
    seen = 0
    while start <= t.head.i < verb.i and t.head != t and seen < 8:
        t, seen = t.head, seen + 1
    if t.i < start or t.pos_ not in ("NOUN", "PROPN") or (t.dep_ == "pobj" and t.head.i >= start):
        return None
    return t

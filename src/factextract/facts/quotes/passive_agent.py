"""A passive reporting verb: the one after "by" speaks, and without a "by" nobody named does.

Why its own module: in "The plan has been branded “a disaster” by the Unison union" and
"the closures were described by one teachers' union as a “wrecking ball”" the grammatical subject
is the thing described and the speaker is the agent. The parser often hangs the "by" phrase
off the quoted noun instead of the verb (dep "prep", not "agent"), so the subject finder's
agent test misses it and the quote went to a person named earlier. Without any "by" phrase
("Barley is described as a “webmaster, …”") the words are somebody's the sentence does not
name: the quote keeps no speaker rather than borrowing the previous quote's.
"""
from __future__ import annotations

from spacy.tokens import Token

from .spans import QuotedSpans

# how far right of the verb a "by" phrase may stand (tokens): past the quoted words
_REACH = 40
_AGENT_POS = ("NOUN", "PROPN", "PRON")


def is_passive(verb: Token) -> bool:
    """Has the verb a passive subject or a passive auxiliary ("was branded", "described as")?"""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _under(tok: Token, verb: Token) -> bool:
    """Is `tok` in the verb's own clause: reached from it through no other verb?"""
    node = tok
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.head.i == node.i or node.i != tok.i and node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def by_agent(verb: Token, quoted: QuotedSpans) -> Token | None:
    """The head noun after "by" in the passive verb's clause, outside quotes, when the verb is
    passive; None otherwise (or when its clause has no "by" phrase naming someone)."""
    if not is_passive(verb):
        return None
    sent = verb.sent
    doc = verb.doc
    for i in range(verb.i + 1, min(sent.end, verb.i + _REACH)):
        tok = doc[i]
        if tok.lower_ != "by" or tok.dep_ not in ("agent", "prep") or quoted.covers(tok.idx):
            continue
        if not _under(tok, verb):
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj" and c.pos_ in _AGENT_POS
                and not quoted.covers(c.idx) and c.ent_type_ not in ("DATE", "TIME")]
        if objs:
            return objs[0]
    return None


def agentless_report(doc, att) -> bool:
    """Does the attribution `att` rest on a passive reporting verb that governs the quote and
    names no agent ("X is described as a “…”")? Then nobody in the text is the speaker."""
    if att is None or att.how != "governs" or att.subject is not None:
        return False
    span = doc.char_span(att.cue_start, att.cue_start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and is_passive(span[0])

"""“…,” the agent added: a definite role noun left unresolved means the person the text was
just talking about.

Why its own module: descriptions.py and roles.py resolve "the analyst" only to someone the
article called an analyst (or whose post is on a list). A reporter also writes "But Alli
insists … “…,” the agent added", "Amor … was delighted. “…,” said the Gloucester fly-half": the description takes the person
who is the subject of the text right before it. Offices ("the home secretary") are left to
offices.py, which gives them only to someone the article gave the office. Read that narrowly: the latest name outside
quotation marks before the description, within one paragraph break, that is the subject of its
sentence's main verb, must be a person's, and not of the other gender the noun says. Spokesmen, aides and the like
speak for somebody else ("Mr X said … the spokesman said"), so they never take this way.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...nlp.resources import load_wordlist
from .known import Known, KnownEntities
from .spans import QuotedSpans
from .words import Vocab

FOR_SOMEONE_ELSE = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "source",
                               "representative", "lawyer", "solicitor", "attorney", "adviser",
                               "advisor", "official", "insider", "friend", "colleague"})
_DEFINITE = ("the", "this", "that")


@lru_cache(maxsize=1)
def _referring_roles() -> frozenset[str]:
    return frozenset(w.lower() for w in load_wordlist("quotes/referring_roles.txt"))


def _noun_word(text: str, tok: Token) -> str:
    """The noun as written, hyphenated parts joined ("fly-half" parsed as "fly", "-", "half")."""
    lo = tok.idx
    doc = tok.doc
    i = tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
        lo = doc[i].idx
    return text[lo:tok.idx + len(tok.text)].lower()


def _definite(tok: Token) -> bool:
    """"the agent", "his coach"; also a role the parse hung off the name before it ("the Sale
    full-back" with "Sale" the head and "the" its determiner: role_after_name.py)."""
    def marked(t: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss" for c in t.children)
    if marked(tok) or any(c.pos_ == "PROPN" and marked(c) for c in tok.lefts):
        return True     # (or "the" hung off the name before the role: "the Leeds full-back")
    head = tok.head
    return head.i < tok.i and head.pos_ == "PROPN" and tok.left_edge.i > head.i and marked(head)


def _own_phrase_start(tok: Token) -> int:
    """Where the description of `tok` begins: its own first word, or that of the name the parse
    hung it off ("the Sale full-back")."""
    head = tok.head
    if head.i < tok.i and head.pos_ == "PROPN" and tok.left_edge.i > head.i:
        return head.left_edge.idx
    return tok.left_edge.idx


def subject_before(doc: Doc, text: str, tok: Token, vocab: Vocab, entities: KnownEntities,
                   quoted: QuotedSpans) -> tuple[int, int, Known] | None:
    """The person a definite role noun `tok` ("the agent", "the Exeter fly-half") refers
    back to as the subject just before it, or None."""
    lemma = tok.lemma_.lower()
    if lemma in FOR_SOMEONE_ELSE or not tok.text.islower() or tok.tag_ in ("NNS", "NNPS"):
        return None
    if lemma in vocab.offices or tok.lower_ in vocab.offices:
        return None     # "the home secretary" is whoever holds the office, given it by the article (offices.py)
    word = _noun_word(text, tok)
    if lemma not in vocab.known_posts and tok.lower_ not in vocab.known_posts and word not in _referring_roles():
        return None
    if not _definite(tok):
        return None
    own = _own_phrase_start(tok)
    i = bisect.bisect_left(entities.starts, tok.idx) - 1
    while i >= 0:
        ms, me, k = entities.mentions[i]
        i -= 1
        if quoted.covers(ms) or me > own:
            continue        # not a name inside the description itself ("Sale" of "the Sale full-back")
        if text.count("\n\n", me, tok.idx) > 1:
            return None
        span = doc.char_span(ms, me, alignment_mode="expand")
        if span is None or not _main_subject(span.root):
            continue        # a name in an object or a side clause is not who the text is about
        if k.type != "people":
            return None     # an organisation or place the text was about: no person to refer to
        wanted = vocab.gendered.get(lemma)
        if wanted is not None and k.gender is not None and k.gender != wanted:
            return None
        return ms, me, k
    return None


def _main_subject(tok: Token) -> bool:
    """Is `tok` the subject of its sentence's main verb (or of one joined to it by "and")?"""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"

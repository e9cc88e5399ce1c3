"""Quoted words that are a term, a name or a label, not anybody's speech.

Why its own module: real articles put quotation marks round terms ("the so-called “magic
circle”", "a “put option”"), nicknames ("Marion “Suge” Knight"), product names and words the
reporter holds at arm's length ("a “must-have” gadget"). Counting them as speech gives them
nonsense speakers ("the system", "firms"). The decision is structural - how many words,
whether a reporting verb governs them, where they sit in their noun phrase, which words come
right before - so it holds on text nobody has seen; none of it looks at particular words of
the quote itself.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...nlp.resources import load_wordlist
from .marks import Quoted

# a term is short: longer quoted stretches are someone's words even with no cue around
MAX_TERM_WORDS = 4
# a saying or slogan named by a noun right before it ("the old maxim: “…”") may be longer
MAX_SAYING_WORDS = 10
_NAMING_VERBS_POS = ("VERB", "AUX", "ADJ")
_NOUN_POS = ("NOUN", "PROPN")
_PREMODIFIER_DEPS = ("amod", "compound", "nmod", "nummod")
# the parts of speech of a bare quantity ("several hundred", "two or three", "a few thousand")
_QUANTITY_POS = ("NUM", "ADJ", "DET", "CCONJ", "PUNCT")


# two capitalised words right after a closing mark: a name
_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z][\w'’-]*[ \u00a0]+[A-Z][a-z][\w'’-]*\b")

class TermTest:
    """Decides, for one parsed doc, which quoted stretches are terms."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.cues = load_wordlist("quotes/term_cues.txt")
        self.languages = load_wordlist("quotes/gloss_words.txt")

    def _inner(self, q: Quoted) -> Span | None:
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def named_by_cue(self, q: Quoted) -> bool:
        """“magic circle” after "so-called", "the slogan", a subjectless "dubbed"/"known as":
        the words are a name for something, whoever coined them."""
        words = len(self.text[q.start:q.end].split())
        if words > MAX_SAYING_WORDS:
            return False
        opener = self.doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
        if opener is None or not len(opener):
            return False
        i = opener[0].i - 1
        seen = 0
        while i >= 0 and seen < 3:
            tok = self.doc[i]
            if "\n" in tok.text_with_ws:
                return False
            low = tok.lower_
            if low in ("as", "a", "an", "the", "-", "so", "its", "their", "his", "her"):
                i -= 1
                continue
            if words > MAX_TERM_WORDS and not (low in self.cues and tok.pos_ in _NOUN_POS):
                return False     # only "the motto", "the old maxim" name a longer saying
            if low == "called" and i >= 2 and self.doc[i - 1].text == "-" and self.doc[i - 2].lower_ == "so":
                return True
            if low in self.cues:
                if tok.pos_ in _NOUN_POS and seen:
                    return False     # "on terms which “…”": the noun must stand right before
                if tok.pos_ in _NAMING_VERBS_POS and tok.tag_ != "VBN" and low not in ("known", "so-called") \
                        and not (tok.tag_ == "VBD" and tok.dep_ in ("conj", "acl")):
                    return False     # (but "launched … and dubbed “Otoku”", tagged a past tense)
                # a participle naming with its own subject or agent speaks: "the firm dubbed it"
                if tok.pos_ in _NOUN_POS:
                    return True      # the word “energie”, the slogan “…”
                if any(c.dep_ == "nsubj" for c in tok.children):
                    return False
                sent = tok.sent
                return not any(t.dep_ == "agent" or t.lower_ == "by" and t.i > tok.i for t in sent)
            if low in (",", ":") and seen == 0 and i >= 1 and self.doc[i - 1].lower_ in self.cues \
                    and self.doc[i - 1].pos_ in _NOUN_POS:
                i -= 1       # "the chosen name, “Shinnama”": the naming noun before a comma
                continue
            seen += 1
            i -= 1
            if tok.is_punct:
                return False
        return False

    def gloss(self, q: Quoted) -> bool:
        """“truth” in "Veritas, Latin for “truth”", “new draft” in "“Shinnama” or “new
        draft”", "meaning “…”": a translation or another name of a word, not speech."""
        if len(self.text[q.start:q.end].split()) > MAX_TERM_WORDS:
            return False
        before = self.text[max(0, q.open_at - 40):q.open_at]
        words = before.split()
        if len(words) >= 2 and words[-1] == "for" and words[-2].strip(",;:(").lower() in self.languages:
            return True
        # "Kiitos, meaning “thank you”", "- which means “sons of …”" (not "also means “few
        # surprises” are left")
        return len(words) >= 2 and (words[-1].lower() == "meaning" and words[-2].endswith(",")
                                    or words[-1].lower() == "means" and words[-2].lower() == "which")

    def nickname(self, q: Quoted) -> bool:
        """Marion “Suge” Knight: a short quoted word between two parts of a name."""
        words = self.text[q.start:q.end].split()
        if not words or len(words) > 2 or q.close_at is None:
            return False
        before = self.text[max(0, q.open_at - 30):q.open_at].split()
        after = self.text[q.close_at:q.close_at + 30].split()
        return bool(before and after) and before[-1][:1].isupper() and before[-1].isalpha() \
            and after[0][:1].isupper() and after[0].rstrip(",.;:'’s").isalpha() \
            and q.open_at > 0 and self.text[q.open_at - 1] == " "

    def label(self, q: Quoted) -> bool:
        """“shock jock” Howard Stern: a few lower-case words in marks right before a name of
        two capitalised words label the person named; nobody said them."""
        words = self.text[q.start:q.end].split()
        if not words or len(words) > 3 or q.close_at is None or not words[0][:1].islower() \
                or not words[-1][-1:].isalpha():
            return False     # (“cut,” Mr Blair said: speech before its cue)
        if q.open_at == 0 or self.text[q.open_at - 1] != " ":
            return False
        return _NAME_AFTER.match(self.text, q.close_at) is not None

    def in_noun_phrase(self, q: Quoted) -> bool:
        """A “must-have” gadget, the “Hartz-IV” programme, a “put option”: short quoted words
        that modify or make up a noun phrase of the reporter's sentence."""
        words = self.text[q.start:q.end].split()
        if len(words) > MAX_TERM_WORDS:
            return False
        inner = self._inner(q)
        if inner is None:
            return False
        if len(words) > 1 and any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") for t in inner):
            return False     # a clause of someone's: "has no legs" (but a “must-have” gadget)
        root = inner.root
        head = root.head
        outside = not (inner.start <= head.i < inner.end)
        if outside and root.dep_ in _PREMODIFIER_DEPS and head.pos_ in _NOUN_POS and head.i >= inner.end:
            return True      # the quote modifies the noun after it
        if root.pos_ not in _NOUN_POS:
            return False     # "simply wrong", "disappointed": a predicate someone said
        # a noun phrase opened outside the marks: a “put option”, their “poor” response
        i = inner.start - 1
        while i >= 0 and (self.doc[i].is_quote or self.doc[i].text in ("''", "``")):
            i -= 1
        before = self.doc[i] if i >= 0 else None
        return before is not None and (before.pos_ in ("DET", "ADJ", "ADP", "NUM")
                                       or before.dep_ in ("poss", "case", "amod", "compound"))

    def slogan(self, q: Quoted) -> bool:
        """The “make love not spam” campaign, Acme's “buy now pay never” offer: a phrase of
        several words in marks between a determiner or possessive and a noun names a thing (a
        slogan, a campaign); even when a reporting verb governs the phrase, nobody said it."""
        if q.close_at is None or len(self.text[q.start:q.end].split()) > MAX_TERM_WORDS:
            return False
        inner = self._inner(q)
        if inner is None:
            return False
        # between "Lycos's" / "the" and a noun, whatever the parser made of it (not one
        # hyphenated word, not a list of adjectives: “reckless, provocative” acts are a verdict)
        words = self.text[q.start:q.end]
        if len(words.split()) < 2 or "," in words or not words[-1].isalnum() \
                or not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in inner):
            return False
        i, j = inner.start - 1, inner.end
        while i >= 0 and (self.doc[i].is_quote or self.doc[i].text in ("''", "``")):
            i -= 1
        while j < len(self.doc) and (self.doc[j].is_quote or self.doc[j].text in ("''", "``")):
            j += 1
        if i < 0 or j >= len(self.doc):
            return False
        before, after = self.doc[i], self.doc[j]
        return (before.tag_ in ("POS", "PRP$") or before.pos_ == "DET") and after.pos_ == "NOUN" \
            and after.tag_ in ("NN", "NNS")

    def noun_modifier(self, q: Quoted) -> bool:
        """Its “take down” notices, a state “shield” law: one or two quoted words that are no
        adjective, with no subject of their own, right before the noun they qualify, make a
        term of the reporter's noun phrase even when a reporting verb governs the sentence
        (an evaluative adjective, a “significant” impact, stays the speaker's word; so does a
        quantity, “several hundred” people)."""
        if q.close_at is None or len(self.text[q.start:q.end].split()) > 2:
            return False
        inner = self._inner(q)
        if inner is None or inner.root.pos_ in ("ADJ", "ADV") or any(t.dep_.startswith("nsubj") for t in inner):
            return False
        if any(t.pos_ == "NUM" for t in inner) and all(t.pos_ in _QUANTITY_POS for t in inner):
            return False     # "several hundred" people: a count someone gave, not a label
        j = inner.end
        while j < len(self.doc) and (self.doc[j].is_quote or self.doc[j].text in ("''", "``")):
            j += 1
        if j >= len(self.doc) or self.doc[j].idx < q.close_at:
            return False
        after = self.doc[j]
        return after.pos_ == "NOUN" and after.tag_ in ("NN", "NNS") and after.dep_ != "npadvmod" \
            and not after.ent_type_ and self.text[q.close_at:after.idx].strip(" \u00a0\"'”’") == ""

    def is_term(self, q: Quoted, governed: bool, named_speaker: bool) -> bool:
        """Are the quoted words of `q` a term rather than speech? `governed`: a reporting verb
        governs them; `named_speaker`: the attribution found a named entity."""
        if q.headline:
            return False
        if self.named_by_cue(q) or self.nickname(q) or self.gloss(q) or self.label(q) or self.slogan(q) \
                or self.noun_modifier(q):
            return True
        if governed:
            return False
        return not named_speaker and self.in_noun_phrase(q)


def is_common_noun_subject(tok: Token, roles: frozenset[str] | set[str], documents: frozenset[str] | set[str]) -> bool:
    """“the system”, “firms”, “cost considerations”: a subject that is neither a name, a
    pronoun, a role noun ("the spokesman") nor a document ("the report")."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    lemma = tok.lemma_.lower()
    return lemma not in roles and lemma not in documents and tok.lower_ not in roles

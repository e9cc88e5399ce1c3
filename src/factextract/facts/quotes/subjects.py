"""Who a cue's subject is: the words that name the speaker of a reporting verb.

Why its own module: the parse's subject is the answer only most of the time; "…, adding"
borrows the subject of the verb it hangs off, "X issued a statement saying" gives the
statement's issuer, and when the parse gives no subject the noun phrase next to the cue
("…,” said Kristen Day) is taken instead.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp.resources import load_wordlist
from ...nlp.sentences import Sentences
from .deps import CUE_SUBJECT_DEPS, INHERIT_DEPS
from .joined_subject import joined_name_subject
from .loose_apposition import named_holder
from .passive_agent import by_agent
from .quoted_as import quoted_person
from .shown_speaker import shown_speaker
from .spans import QuotedSpans
from .terms import is_common_noun_subject
from .subordinate import subordinate_subject
from .weak_cue import is_weak

_SUBJECT_POS = {"NOUN", "PROPN", "PRON", "NUM", "X"}
# a word in these roles of another verb is no subject of the cue after it
_OBJECT_DEPS = ("dobj", "dative", "iobj")
# reporting verbs whose passive subject still speaks ("he was quoted as saying", "was heard
# to say"); the passive subject of any other ("was asked", "was told", "was urged") is the
# one spoken to or about
_PASSIVE_SPEAKS = {"quote", "hear", "report", "record"}


def statement_issuer(came_by: str, head: Token) -> Token:
    """"X issued a statement saying …" / "X released an ad calling …": when a cue hangs off
    the object of a verb, that verb's subject (the statement's issuer) speaks."""
    if came_by == "acl" and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj" \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


class SubjectFinder:
    """Finds the speaker's head token for a cue of one doc."""

    def __init__(self, doc: Doc, text: str, quoted: QuotedSpans, sentences: Sentences,
                 roles: frozenset[str] | set[str] = frozenset(), documents: frozenset[str] | set[str] = frozenset()) -> None:
        self.roles = roles
        self.documents = documents
        self.cue_verbs = load_wordlist("quotes/reporting_verbs.txt")
        self.groups = load_wordlist("quotes/organisation_nouns.txt")
        self.doc = doc
        self.text = text
        self.quoted = quoted
        self.sents = sentences

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject, borrowed from the verb it hangs off when it has none."""
        first = verb
        if (person := quoted_person(verb, self.quoted)) is not None:
            return person   # "the paper quoted X as saying": X speaks, not the paper
        if (agent := by_agent(verb, self.quoted)) is not None:
            return agent    # "branded “a disaster” by the union": the parse hung "by" elsewhere
        if (shown := shown_speaker(verb, self.quoted)) is not None:
            return shown    # "the film showed X telling …", "a warning from X saying …"
        if (joined := joined_name_subject(verb, self.quoted)) is not None:
            return joined   # "… in Holland and Ferguson said:" with Ferguson joined to Holland
        seen = 0
        passed_thing = False    # a thing's subject was passed over on the way up
        while verb is not None and seen < 4:
            for child in verb.children:
                if child.dep_ == "agent":       # "was called … by the SVP"
                    objs = [c for c in child.children if c.dep_ == "pobj" and not self.quoted.covers(c.idx)]
                    if objs:
                        return objs[0]
            for child in verb.children:
                if child.dep_ == "nsubjpass" and verb.lemma_.lower() not in _PASSIVE_SPEAKS \
                        and verb.lemma_.lower() in self.cue_verbs:
                    return None     # "Mr Blair was asked …": the one asked is not speaking
                if child.dep_ in CUE_SUBJECT_DEPS and not self.quoted.covers(child.idx):
                    if seen and verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i and \
                            child.tag_ == "NN" and child.lemma_.lower() not in self.groups and \
                            is_common_noun_subject(child, self.roles, self.documents):
                        passed_thing = True
                        break   # "X believes a break carries weight, explaining:" - X explains
                    if seen and child.tag_ == "NN" and child.lemma_.lower() not in self.groups and \
                            (verb.lemma_.lower() not in self.cue_verbs or is_weak(verb)) and \
                            is_common_noun_subject(child, self.roles, self.documents):
                        return None     # "The trouble began …, with X marching up, saying": not the trouble
                    if passed_thing and child.pos_ not in ("PROPN", "PRON"):
                        return None     # no speaker up there either: nobody rather than a far noun
                    if self._nominal(child) and self.same_paragraph(child, verb):
                        if (holder := named_holder(child)) is not None:
                            return holder   # "The head of the union, Anna Price said"
                        if child.pos_ not in ("PROPN", "PRON"):
                            return self.name_after_quote(first) or child
                        return child
                    return self.adjacent_subject(first)
            if verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
                if seen == 0 and (lost := subordinate_subject(verb, self.quoted)) is not False:
                    return lost     # "…, as Liam Fox called him “…”": not the main clause's subject
                came_by = verb.dep_
                verb = statement_issuer(came_by, verb.head)
                seen += 1
                continue
            if verb.dep_ == "relcl":   # "Clinton, who said ..." handled by the resolver via "who"
                return None
            break
        return self.adjacent_subject(first)

    def name_after_quote(self, verb: Token) -> Token | None:
        """“…,” Mr. Daniloff, now 81 and retired, said - the name right after the closing
        mark, before its appositive, is the speaker whatever the parse made the subject."""
        doc = self.doc
        i = verb.i - 1
        lo = self.sents.of(verb).start
        while i >= lo and not doc[i].is_quote and doc[i].text != "''":
            i -= 1
        if i < lo:
            return None
        j = i + 1
        while j < verb.i and doc[j].is_punct:
            j += 1
        k = j
        while k < verb.i and doc[k].pos_ == "PROPN":
            k += 1
        if k > j and k < verb.i and doc[k].text == ",":
            return doc[k - 1]
        return None

    def same_paragraph(self, a: Token, b: Token) -> bool:
        lo, hi = sorted((a.idx, b.idx))
        return "\n" not in self.text[lo:hi]

    def adjacent_subject(self, verb: Token) -> Token | None:
        """When the parse gave the cue no subject: the noun phrase right before it
        ("Rep. Steve Cohen, Democrat of Tennessee, told …") or, after a quote, right after it
        ("…,” said Kristen Day)."""
        doc = self.doc
        sent = self.sents.of(verb)
        i = verb.i - 1
        while i >= sent.start and (doc[i].pos_ in ("ADV", "AUX", "PART", "PUNCT") and doc[i].text not in ("”", '"', "''", ".")):
            i -= 1
        if i >= sent.start and not self.quoted.covers(doc[i].idx) and doc[i].pos_ in ("NOUN", "PROPN", "PRON"):
            tok = doc[i]
            if tok.pos_ == "PRON" and tok.dep_ in _OBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX") \
                    and tok.head.i != verb.i and not self.quoted.covers(tok.head.idx):
                return None     # "saying he rarely watched them, calling …": another verb's object
                # (a pronoun only: a name the parser ran into a headline's verb may still speak)
            for _ in range(6):
                head = tok.head
                if head.i == tok.i or head.i >= verb.i or self.quoted.covers(head.idx):
                    break
                if tok.dep_ == "appos" and tok.pos_ == "PROPN" and head.pos_ == "NOUN":
                    break       # "In response to his comments, Ann Lee, leader of …, said": the name
                if tok.dep_ in ("pobj", "prep", "compound", "amod", "poss", "case", "nummod"):
                    tok = head
                elif tok.dep_ == "appos" and any(t.text == "," for t in doc[head.i:tok.i]):
                    tok = head
                else:
                    break
            return tok
        j = verb.i + 1
        before = doc[verb.i - 1] if verb.i > 0 else None
        if before is not None and (before.is_quote or before.text in (",", "''")):
            def name_like(t: Token) -> bool:   # "said Skelly" with Skelly tagged an adverb
                return t.pos_ in ("PROPN", "NOUN") or t.is_title and t.is_alpha
            while j < sent.end and doc[j].pos_ in ("ADV", "DET", "ADJ", "PROPN", "NOUN"):
                if name_like(doc[j]) and (j + 1 >= len(doc) or not name_like(doc[j + 1])):
                    return doc[j]
                j += 1
        return None

    @staticmethod
    def _nominal(tok: Token) -> bool:
        """Can this subject be a speaker? Not a gerund ("Conceding that …, he warned"); a
        capitalised word the tagger took for a verb ("Trump said") still can."""
        if tok.pos_ in _SUBJECT_POS:
            return True
        if tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children):
            return True     # "said the 46-year-old"
        return tok.tag_ != "VBG" and tok.text[:1].isupper()

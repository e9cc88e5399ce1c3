"""What a plain count counts: the noun phrase after the number ("34,000 North Koreans"), or
the noun after "of" for a share ("88 percent of women"), read from the dependency parse.

Why apart from the component: it is asked once a figure is decided, of the parse only."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...nlp.resources import load_groups
from . import clause_guards, counted_clause
from .units import kind


def counted(doc: Doc, h) -> str | None:
    """The noun phrase a plain count counts ("34,000 North Koreans" -> "North Koreans"),
    or for a share ("88 percent of women") the noun after "of", from the dependency parse."""
    return reading(doc, h)[0]


def reading(doc: Doc, h) -> tuple[str | None, bool]:
    """(counted, unsure): the noun phrase, and whether it was left empty because the figure's
    clause points to a pronoun ("It rose 5%"), where a reader would look for a noun."""
    base = h.unit.split(" per ")[0] if h.unit else None   # "40% a year" measures as 40% does
    clause_ok = not base or base in ("percent", "point") or kind(base) == "money"
    if base and base not in ("percent",) and not clause_ok:
        return None, False
    span = doc.char_span(h.start, h.end, alignment_mode="expand")
    if span is None:
        return None, False
    noun = _after(doc, h, span) if not base or base == "percent" else None
    unsure = False
    changes = load_groups("figures/counted_nouns.txt").get("change", ())
    if clause_ok and (noun is None or noun.lemma_.lower() in changes):
        found = counted_clause.read(span, money=bool(base) and kind(base) == "money")
        if base not in ("percent", "point") and counted_clause.earner(found.noun):
            found = counted_clause.Reading(None)   # "Coach Carter took $8m": the earner
        if base is None and found.noun is not None and found.noun.pos_ == "PROPN" and found.noun.i < span.start:
            found = counted_clause.Reading(None)   # "Lindqvist fought back to claim the next two", "Rover
                                                   # produced 110,000": the doer, not what is counted
        if found.noun is not None or noun is None:
            noun, unsure = found.noun, found.pronoun
    if noun is None or (clause_guards.names_no_share(noun, base) and (base or noun.i < span.start)) \
            or noun.sent.start != span[-1].sent.start \
            or any("\n" in t.text_with_ws for t in doc[min(span[-1].i, noun.i):max(span[-1].i, noun.i)]):
        return None, unsure   # the counted noun is in the figure's own sentence, not the next bullet
    return _phrase(doc, noun, span), False


def _after(doc: Doc, h, span: Span) -> Token | None:
    """The noun right after a count, or the "of" object of a share ("88 percent of women")."""
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
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def _phrase(doc: Doc, noun: Token, span: Span) -> str | None:
    """The noun with the adjectives and compounds right before it ("12 search warrants")."""
    noun = _number_of(noun)   # "the number of mobile users rose to 95 million": the users
    hyphened = noun.i > 0 and doc[noun.i - 1].text == "-"    # "a three-judge panel" counts judges
    while not hyphened and noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "NOUN" \
            and noun.head.i > noun.i and noun.right_edge.i == noun.head.i - 1:
        noun = noun.head  # "12 search warrants", "300 Department of Health posts": the head
    if noun.lower_ in ("others", "ones", "another", "rest") \
            and not any(c.dep_ in ("compound", "amod") for c in noun.lefts):
        return None       # "158 others": a pronoun-like word names nothing a reader can check
    # adjectives and compounds right before the noun, after any determiner or number
    barrier = max([x.i for x in noun.lefts if x.dep_ not in ("compound", "amod", "nmod")]
                  + [span.end - 1 if span.end - 1 < noun.i else -1])
    left = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i > barrier
            and not any(ch.isdigit() for ch in c.text) and not span.start <= c.i < span.end
            and c.pos_ != "ADV"      # "buy back shares": "back" belongs to the verb
            and not (c.pos_ == "VERB" and doc[c.i - 1].pos_ == "CCONJ")]   # "and predicts steel exports"
    clause = [c for c in left if c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN") and c.i > 0 and (
        (doc[c.i - 1].pos_ == "NOUN" and doc[c.i - 1] in left) or c.lower_ in clause_guards.REPORTING)]
    if clause:      # "the airline sold seats that were 40% cheaper": a subject and its verb,
        left = [c for c in left if c.i > clause[-1].i]   # not modifiers of "seats"
    start = left[0].left_edge.i if left else noun.i   # "Global Investors wing", whole
    while start < noun.i and (doc[start].dep_ in ("det", "poss", "case", "punct")
                              or span.start <= doc[start].i < span.end):
        start += 1
    for t in doc[start:noun.i]:
        if "\n" in t.text_with_ws or (t.is_punct and _spaced(t)):
            start = t.i + 1    # a headline above a blank line, "fared well - Toyota sales"
    end = hyphen_end(doc, noun.i)
    if noun.pos_ == "PROPN" and end + 2 < len(doc) and doc[end + 1].lower_ == "of" \
            and doc[end + 2].pos_ == "PROPN" and doc[end + 1].head == noun and doc[end + 2].head == doc[end + 1]:
        end = doc[end + 2].right_edge.i if doc[end + 2].right_edge.pos_ == "PROPN" else end + 2
        # "49% of National Bank of Iraq": the whole name
    return doc[start:end + 1].text


def _number_of(noun: Token) -> Token:
    """"the number of X", "the total of X": a figure of the number counts the X."""
    if noun.lower_ not in ("number", "numbers", "total"):
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objs:
                return objs[0]
    return noun


def _spaced(t: Token) -> bool:
    """A punctuation token that stands apart ("well - Toyota", "UK, 60%"), not a word's hyphen."""
    return bool(t.whitespace_) or t.i == 0 or bool(t.doc[t.i - 1].whitespace_)


def hyphen_end(doc: Doc, i: int) -> int:
    """The last token of a hyphened word the tokenizer split ("super-casinos", "e-mail"):
    a counted noun cut at its hyphen would name half a word."""
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" \
            and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
        i += 2
    return i

"""Guards on the clause reading of what a figure counts (counted_clause.py), for parses that
point the reading at the wrong noun:

- an "in" phrase right after money names what the money is when it is a bare noun ("$3bn in
  profits", "£76m in aid", "allow £4bn in tax cuts"), whatever the verb; with a determiner or a possessive it is where the money went or
  what happened ("lost $180bn in WorldCom's collapse", "invested £2m in the company");
- the subject of a verb of change is the noun right before its verb group when the parse gave
  the verb a subject far off ("... a slight reduction on prices and forecasts export earnings
  will fall 10.7%": the earnings fall, not the reduction);
- a verb that moves its object to a level ("taking borrowing costs to 1.75%", "pushed
  inflation to 3%") measures the object, not the subject that moved it;
- a named person is never what a percentage counts ("Smith took 45%"); a company, an index
  or a people is ("Corus fell 2.2% to 55.57p": its shares, as the level after it says;
  "the Nasdaq lost 1.3%"; "owns 55% of Acme": a stake in it; "40% of Americans");
- the subject of a verb of sale whose object is the figure is the seller ("the firm sells 2m
  a year"), and a relative clause of earning names the earner ("Shrek 2, which took $458m").

Why apart: each is a small check on a token the reading already found; kept out of the
reading module so that stays one walk over the parse."""
from __future__ import annotations

from spacy.tokens import Span, Token

NAMES = frozenset({"PERSON"})
# verbs that report a clause whose subject the parse may take for their object ("showed revenue was")
REPORTING = frozenset({"showed", "shows", "show", "said", "says", "revealed", "reveals", "suggested",
                       "suggests", "indicated", "indicates", "found", "finds", "reported", "reports",
                       "estimated", "estimates", "predicted", "predicts", "forecast", "forecasts",
                       "expected", "expects", "believes", "believed", "thinks", "thought"})
MOVE_PREPS = frozenset({"to", "from"})


# "£5m in total", "$2bn in return": an "in" phrase of manner, not what the money is
IN_MANNER = frozenset({"total", "all", "addition", "return", "turn", "part", "advance", "full",
                       "cash terms", "place", "line", "response", "time", "effect", "principle",
                       "order"})   # "raise $10bn a year in order to ..."


def is_circumstance(obj: Token, prep: Token) -> bool:
    """An "in" object with a determiner or possessive: a place or event, not the money's kind."""
    return prep.lower_ == "in" and (any(c.dep_ in ("det", "poss") for c in obj.children)
                                    or obj.lower_ in IN_MANNER)


def right_after(prep: Token, span: Span) -> bool:
    """"allow £4bn in tax cuts", "restate $9bn in earnings": an "in" right after the sum names
    what the money is whatever the verb: a bare plural ("hit $0.09 in thin trade" is when)."""
    return prep.lower_ == "in" and prep.i == span.end \
        and any(c.dep_ == "pobj" and c.tag_ == "NNS" for c in prep.children)


def adjacent_subject(verb: Token, subj: Token) -> Token:
    """The noun right before the verb group when the parse made it the object of another verb
    and gave this verb a subject further back (a garden-path parse)."""
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
                + [verb.i])
    if first == 0 or subj.i > verb.i:
        return subj
    before = verb.doc[first - 1]   # an object of another verb right before this verb's group
    if before.pos_ == "NOUN" and before.dep_ == "dobj" and before.head != verb and before.i > subj.i:
        return before
    if subj.pos_ == "PROPN" and before.pos_ == "NOUN" and before.dep_ == "pobj" \
            and subj.i < before.i and before in set(subj.subtree):
        return before    # "The Purchasing Managers' Survey (PMS) index slipped to 51.8": the index
    k = before.i - 1     # back over the noun's own determiner and modifiers to the word before
    while k > subj.i and verb.doc[k].head == before and verb.doc[k].dep_ in ("det", "amod", "compound") \
            and verb.doc[k].pos_ != "VERB":
        k -= 1
    said = verb.doc[k] if k > subj.i else None
    if before.pos_ == "NOUN" and before.dep_ == "pobj" and before.i > subj.i and said is not None \
            and said.pos_ == "VERB" and said.lower_ in REPORTING:
        return before    # "The figures - released after an audit - showed revenue was 4% higher"
                         # (not "the value of the claims filed by tenants was $4m")
    return subj


def moved_object(verb: Token, prep: Token, span: Span, changes: frozenset[str] | tuple[str, ...]) -> Token | None:
    """The object a verb carries to or from the figure ("taking borrowing costs to 1.75%"); not a
    noun of change ("report a fall in profits to £90m": the reading takes its "in" object)."""
    if prep.lower_ not in MOVE_PREPS or verb.pos_ != "VERB" or span.start - prep.i > 3:
        return None           # "looting the firm to the tune of $600m": no level reached
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start and not c.ent_type_ \
                and c.lemma_.lower() not in changes:
            return c
    return None


def names_no_share(noun: Token | None, unit: str | None) -> bool:
    """A percentage or a bare count never counts a named person (a company's stake or shares
    it does): "Kowalska fought back to claim the next two", "put Morgan at 15" (the caller keeps
    the noun right after a count, whatever the model called it: "two Golden Globes")."""
    return noun is not None and unit in ("percent", None) and noun.ent_type_ in NAMES


def sells_it(tok: Token, sale_verbs: frozenset[str] | tuple[str, ...]) -> bool:
    """The figure is the object of a verb of sale: its subject sold, it is not what was sold."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in sale_verbs


def relative_earner(noun: Token, earners: frozenset[str] | tuple[str, ...]) -> bool:
    """"Shrek 2, which took $458m": the noun a relative clause of earning hangs on."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in earners
               and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that", "who") for s in c.children)
               for c in noun.children)

"""What a money figure, a percentage or a bare count measures when no noun follows it, read
from the figure's own clause: the noun it is "of" ("profits of £9.4bn", "a fine of $10m"), the
subject of a verb of change or level ("Sales rose 5% to £3bn", "inflation fell to 4.3%"), the
object of a verb that changes it ("cut corporate tax from 30% to 29%"), the thing sold for it
("sold its arm for $11bn"), the noun it is the worth of ("vouchers worth £250"), the noun a
figure-led phrase modifies ("a $1.8bn deal") and the "in" object of a noun of change ("a 1% fall
in profits").

Why a module apart from counted.py: counted.py reads the noun right after a count; this reads
the clause around the figure, and says when the clause points away (a pronoun subject) so the
component can warn that `counted` was left empty where a reader would look for it."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...nlp.resources import load_groups
from . import clause_guards, comparatives, line_subject

PRONOUNS = frozenset({"it", "they", "this", "that", "these", "those", "which", "who", "what",
                      "he", "she", "we", "i", "you", "its", "there", "one", "others", "all",
                      "both", "each", "some", "many", "most", "none"})
PARTS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
                   "majority", "minority", "proportion", "fraction", "bulk", "part", "portion"})
# tokens that belong to a figure itself: digits, scale letters, symbols ("£", "%", "m", "bn")
# ("rise by 9.4% and 8.1%": the second figure is a conj of the first and measures the same)
FIGURE_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod", "appos", "npadvmod", "amod", "conj"})
CLAUSE_PREPS = frozenset({"by", "to", "from", "at", "around", "about", "near", "of", "above",
                          "below", "under", "over"})


@dataclass
class Reading:
    """The noun a figure measures (None when its clause names none) and whether the clause
    pointed to something the text named elsewhere (a pronoun subject: worth a warning)."""
    noun: Token | None
    pronoun: bool = False


def _groups(name: str) -> dict[str, frozenset[str]]:
    return load_groups(f"figures/{name}")


def _is_figure_token(t: Token, span: Span) -> bool:
    return span.start <= t.i < span.end or t.like_num or t.is_currency \
        or t.lower_ in ("%", "m", "bn", "k", "per", "cent", "percent") or any(c.isdigit() for c in t.text)


def anchor(span: Span) -> Token:
    """The token that ties the figure to its clause: the span's root, climbed past the
    tokens of a figure it is glued to ("by 5% to £801m": the parse hangs 5% on "m")."""
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
    tok = roots[0] if roots else span[-1]
    seen = 0
    while tok.dep_ in FIGURE_DEPS and tok.head != tok and _is_figure_token(tok.head, span) \
            and seen < 6:
        tok, seen = tok.head, seen + 1
    return tok


def read(span: Span, money: bool = False) -> Reading:
    """The counted noun of a figure from its clause (see the module docstring); only money
    takes the noun of its own "for"/"of"/"in" phrase ("£2m for new schools")."""
    tok = anchor(span)
    own = _own_object(tok, span) if money else None
    if own is not None and _object_like(tok):
        return Reading(own)    # "made 210bn yuan ($25bn) in pre-tax profits": what the money is
    found = _from_role(tok, span, set())
    if own is not None and found.noun is None and not found.pronoun:
        return Reading(own)
    return found


def earner(noun: Token | None) -> bool:
    """Whether the noun is the subject of a verb of earning or costing ("the film took $8m",
    "piracy costs firms millions"): it earns or pays the money, the money does not measure it."""
    earners = _groups("counted_verbs.txt").get("earner", ())
    return noun is not None and ((noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in earners)
                                 or clause_guards.relative_earner(noun, earners))


def _own_object(tok: Token, span: Span) -> Token | None:
    """The noun of the money's own "for"/"of"/"in" phrase: "£2m for new schools", "$850bn in
    reserves", "£100 of interest"; also when the parse hangs the phrase on the verb right
    after the figure or its bracketed conversion ("made $3bn (£2bn) in profits")."""
    after: list[Token] = []
    preps: tuple[str, ...] = ("for", "in")
    if _object_like(tok):   # the parse may call "£76m" in "pledged £76m in aid" an npadvmod
        preps = ("for", "in") if tok.head.lemma_.lower() in _groups("counted_verbs.txt").get(
            "money", ()) else ("for",)
        for c in tok.head.children:
            if c.i >= span.end and (c.lower_ in preps or clause_guards.right_after(c, span)) and all(
                    t.is_punct or _is_figure_token(t, span) for t in tok.doc[span.end:c.i]):
                after.append(c)
    for prep in list(tok.children) + after:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "in") and (
                prep.lower_ != "in" or prep in after or tok.dep_ != "dobj" or "in" in preps
                or clause_guards.right_after(prep, span)):
            obj = _child(prep, ("pobj",), span)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "PERSON", "ORG", "GPE", "LOC",
                                                         "NORP") \
                    and not clause_guards.is_circumstance(obj, prep):   # "£250,000 for the Tories"
                return obj
    return None


def _object_like(tok: Token) -> bool:
    return tok.dep_ == "dobj" or (tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB")


def _from_role(tok: Token, span: Span, tried: set[int]) -> Reading:
    if tok.i in tried:
        return Reading(None)
    tried.add(tok.i)
    head = tok.head
    if head == tok:
        return Reading(None)
    if tok.dep_ == "pobj" and (head.pos_ == "ADP" or head.dep_ == "prep"):
        prep = head.lower_
        owner = head.head
        if prep == "of":
            owner = _excepted(owner)   # "earnings excluding items of $1.48 a share": the earnings
        if prep == "of" and owner.pos_ in ("NOUN", "PROPN"):
            if owner.ent_type_ in ("CARDINAL", "PERCENT") or owner.lower_ in PARTS:
                return Reading(None)   # "nearly half of the £11.7m": the part is no counted thing
            if _elided_count(span):
                return Reading(None)   # "the fate of another 25,000": 25,000 more of something named before
            return _from_noun(owner, span, tried)
        if prep == "for" and owner.pos_ in ("VERB", "AUX"):   # "sold its arm for $11bn"
            obj = _child(owner, ("dobj",), span)
            if obj is None and owner.lemma_.lower() in _groups("counted_verbs.txt").get("sale", ()) \
                    and any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lower_ in PRONOUNS) for c in owner.children):
                return Reading(None, pronoun=True)   # "the auction house sold it for €24m": it, not the seller
            if obj is not None and (obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                    or obj.pos_ == "PROPN") \
                    and owner.lemma_.lower() not in _groups("counted_verbs.txt").get("sale", ()):
                return Reading(None)   # "a group which included Viktor Pinchuk for $800m",
                                       # "joined the Gunners for £17m": a name, not the price's thing
            if obj is not None or owner.lemma_.lower() not in _groups("counted_verbs.txt").get("sale", ()):
                return Reading(obj)
            return _subject_reading(owner, span)             # "the suits sold for $110,000"
        hops = 0     # "and by 24% in China", "bring debt down to €35bn": up to the verb
        while prep in CLAUSE_PREPS and owner.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") \
                and owner.dep_ in ("conj", "advmod", "prt", "acomp", "prep") and hops < 3:
            owner, hops = owner.head, hops + 1
        if prep in CLAUSE_PREPS and owner.pos_ in ("VERB", "AUX"):
            moved = clause_guards.moved_object(owner, head, span,   # "taking costs to 1.75%"
                                               _groups("counted_nouns.txt").get("change", ()))
            return Reading(moved) if moved is not None else _from_verb(owner, span)
        if prep in ("worth",):
            return _from_worth(head, span, tried)
        return Reading(None)
    if tok.dep_ in ("npadvmod", "pobj") and head.lower_ == "worth":
        return _from_worth(head, span, tried)
    if tok.dep_ in ("npadvmod", "dobj") and head.dep_ in ("advmod", "prt") \
            and head.head.pos_ in ("VERB", "AUX"):
        before = head.doc[head.i - 1] if head.i > 0 else None
        if before is not None and before.dep_ == "pobj" and before.head.lower_ == "with" \
                and before.pos_ in ("NOUN", "PROPN"):
            return Reading(before)            # "..., with rival Acme down 3.4%"
        if _named_before(before, head):
            return Reading(before)            # "showed exports down 2.3%", "sent shares up 4.5%"
        return _from_verb(head.head, span)    # "shares were trading down 0.67%"
    compared = comparatives.compared_verb(tok)
    if compared is not None:
        return _from_verb(compared, span)     # "profits set to be 15% lower", "prices 10% higher"
    if tok.dep_ == "npadvmod" and head.pos_ == "NOUN" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("up", "down") and c.i < tok.i for c in head.children):
        return Reading(head)                  # "with household spending up only 0.4%"
    if tok.dep_ in ("dobj", "npadvmod", "attr", "acomp", "oprd", "advmod", "conj", "dep") \
            and head.pos_ in ("VERB", "AUX") and tok.dep_ != "nsubj":
        if clause_guards.sells_it(tok, _groups("counted_verbs.txt").get("sale", ())):
            return Reading(None)              # "the firm sells 2m a year": the seller
        return _from_verb(head, span)
    if tok.dep_ in ("amod", "compound", "nmod", "nummod") and head.i > tok.i \
            and head.pos_ in ("NOUN", "PROPN") and not _is_figure_token(head, span) \
            and not (head.ent_type_ in ("DATE", "TIME") and _sum(span)):   # "sold it for £10 five years ago"
        return _from_noun(head, span, tried, modifies=True)   # "a $1.8bn deal"
    return Reading(None)


# words before a bare count that make it stand for a noun named before ("a further 40,000")
_MORE_OF_THE_SAME = frozenset({"further", "another", "additional", "remaining", "other", "extra"})


def _elided_count(span: Span) -> bool:
    """A bare count after "a further", "another", "the remaining": a noun phrase of its own
    whose noun the text left out, not the value of the noun it is "of"."""
    if not all(t.like_num or t.text == "," for t in span) or span.start == 0:
        return False
    return span.doc[span.start - 1].lower_ in _MORE_OF_THE_SAME


_EXCEPTING = frozenset({"excluding", "including", "ex", "before", "after"})


def _excepted(noun: Token) -> Token:
    """"earnings excluding items of $1.48": the parse hangs the figure on the excepted items;
    the figure is the earnings' (the noun the exception hangs on); likewise on a year between
    a noun and its figure ("a profit in 2011 of 48.2bn yen")."""
    prep = noun.head
    if noun.dep_ in ("pobj", "dobj") and prep.lower_ in _EXCEPTING and prep.dep_ in ("prep", "acl") \
            and prep.head.pos_ == "NOUN":
        return prep.head
    hops = 0   # "a record profit in 2011 of 48.2bn yen", "a loss for the six months to September of
    while noun.ent_type_ == "DATE" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.head.pos_ in ("NOUN", "PROPN") and hops < 3:   # 5.9bn yen": the loss
        noun, hops = noun.head.head, hops + 1
    return noun


def _sum(span: Span) -> bool:
    """A money figure or a percentage (never the count of a period: "the next two quarters")."""
    return any(t.is_currency or t.lower_ in ("%", "p", "pence", "cents", "euros", "dollars", "pounds")
               for t in span)


def _named_before(before: Token | None, updown: Token) -> bool:
    """"showed exports down 2.3%", "sent Reynolds shares up 4.5%": the noun right before
    "up"/"down" is what moved (the parse may tag a plural like "shares" as a verb)."""
    if before is None or updown.lower_ not in ("up", "down") or before.dep_ not in ("dobj", "nsubj", "conj"):
        return False
    if before.pos_ in ("NOUN", "PROPN"):
        return before.head == updown.head or before.i == updown.head.i
    return before.tag_ == "VBZ" and before.i == updown.head.i and before.lower_.endswith("s") \
        and any(c.dep_ == "compound" for c in before.children)


def _from_noun(noun: Token, span: Span, tried: set[int], modifies: bool = False) -> Reading:
    """A noun the figure is "of" or modifies: itself, the object of a noun of change, or for a
    carrier word ("an average of 3.2%") what the carrier measures in its clause."""
    nouns = _groups("counted_nouns.txt")
    lemma = noun.lemma_.lower()
    if lemma in nouns.get("change", ()):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                obj = _child(prep, ("pobj",), span)
                if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "GPE"):
                    return Reading(obj)
        if any(c.dep_ == "compound" for c in noun.lefts):
            return Reading(noun)               # "a tariff rise of 60%", "price rises"
        found = _from_role(noun, span, tried)   # "profits rose, a 5% jump": what jumped
        if found.noun is None and not found.pronoun and lemma == "growth":
            return Reading(noun)               # "growth of just 0.1%": growth is itself a measure
        return found
    if lemma in nouns.get("empty", ()) and _own_measure(noun):
        return Reading(noun)    # "below the African average of 4%": the average is the thing
    if lemma in nouns.get("empty", ()) or noun.lower_ in PRONOUNS:
        return _from_role(noun, span, tried)
    if noun.pos_ == "PROPN" and not modifies:
        return Reading(None)   # "the 2% of Acme": a name is not what a share counts
    return Reading(noun)


# adjectives that make a carrier word a measure of its own ("the national average of 4%")
_OWN_SCOPE = frozenset({"national", "global", "regional", "international", "historical", "historic",
                        "long-term", "world", "industry", "sector"})


def _own_measure(noun: Token) -> bool:
    """A carrier word ("average", "level", "total") that says whose measure it is: a
    possessive, a name or a scope before it ("the EU average", "the industry's average",
    "the African average", "the national average"); bare ("an average of 3.2%") it only
    carries the figure of what its clause measures."""
    return any(c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < noun.i
               and (c.dep_ == "poss" or c.pos_ == "PROPN" or c.text[:1].isupper()
                    or c.lower_ in _OWN_SCOPE)
               and c.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY")
               and not any(ch.isdigit() for ch in c.text) and c.lower_ not in ("m", "bn", "k", "p")
               for c in noun.children)     # not "2003's 784m euro figure": a date's


def _from_worth(worth: Token, span: Span, tried: set[int]) -> Reading:
    """"vouchers worth £250", "payroll tax relief worth 4.1bn rand", "the deal is worth $2bn".
    The noun right before "worth" is what is worth it, whatever the parse made of it (it may
    hang "worth" on a noun further back: "The tax cuts target firms ... offering income tax
    cuts worth 6.8bn rand")."""
    before = worth.doc[worth.i - 1] if worth.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.tag_ in ("NN", "NNS") \
            and not _is_figure_token(before, span) and before.lower_ not in PRONOUNS \
            and before.ent_type_ not in ("DATE", "TIME"):
        return Reading(before)
    if worth.dep_ in ("amod", "prep", "acl") and worth.head.pos_ in ("NOUN", "PROPN"):
        return _from_noun(worth.head, span, tried)
    if worth.head.pos_ in ("VERB", "AUX"):
        obj = _child(worth.head, ("dobj",), span)
        if obj is not None and obj.right_edge.i == worth.i - 1:
            return Reading(obj)     # "buy back shares worth 1bn francs": the parse hangs
        return _from_verb(worth.head, span)   # "worth" on the verb
    return Reading(None)


def _from_verb(verb: Token, span: Span) -> Reading:
    """The subject of a verb of change or level, or the object of a verb that changes it."""
    verbs = _groups("counted_verbs.txt")
    lemma = verb.lemma_.lower()
    if lemma in verbs.get("object", ()):
        obj = _child(verb, ("dobj",), span)
        if obj is not None:
            return Reading(obj)
    if lemma not in verbs.get("subject", ()):
        obj = _child(verb, ("dobj",), span)   # "report a drop in profits to £170m"
        if obj is not None and obj.lemma_.lower() in _groups("counted_nouns.txt").get("change", ()):
            for prep in obj.children:     # only its own "in"/"of" object: no climb back up
                if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                    what = _child(prep, ("pobj",), span)
                    if what is not None and what.ent_type_ not in ("DATE", "TIME", "GPE"):
                        return Reading(what)
        return Reading(None)   # "raise at least 16.4bn rupees": the raiser is not what is counted
    return _subject_reading(verb, span)


def _subject_reading(verb: Token, span: Span) -> Reading:
    """The verb's subject as the counted noun; a pronoun subject leaves it empty, flagged."""
    subj = _subject(verb)
    if line_subject.crosses_line(verb, subj):   # a headline run into the first line (line_subject.py)
        subj = line_subject.subject_in_line(verb)
    if subj is None:
        return Reading(None)
    subj = clause_guards.adjacent_subject(verb, subj)   # "... and forecasts earnings will fall 10%"
    if subj.lower_ in PRONOUNS or subj.pos_ in ("PRON", "DET") or _is_figure_token(subj, span):
        return Reading(None, pronoun=subj.pos_ in ("PRON", "DET") or subj.lower_ in PRONOUNS)
    if subj.pos_ == "PROPN" and any(c.dep_ == "case" for c in subj.children):
        return Reading(None)   # "Spain's is forecast to fall to 4%": Spain's what, elided
    gerund = subj.tag_ == "VBG"    # "Spending on roads will rise by 9%"
    return Reading(subj) if subj.pos_ in ("NOUN", "PROPN") or gerund else Reading(None)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a relative "which" is the noun it hangs on, a verb joined by "and"
    or under "expected to" shares the subject of the verb before it."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj = subjects[0] if subjects else None
        # two subjects in the parse with an aside between ("Unlike Norway - and Denmark -
        # the Dutch workforce is forecast to grow"): the one nearest before the verb is its own
        nearest = [c for c in subjects if c.i < verb.i and c.lower_ not in PRONOUNS and c.pos_ != "PRON"]
        if subj is not None and nearest and nearest[-1] != subj and subj.i < nearest[-1].i \
                and any(t.is_punct for t in verb.doc[subj.i:nearest[-1].left_edge.i]):
            subj = nearest[-1]
        if subj is not None:
            if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
                return verb.head
            return subj
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        raised = comparatives.raised_from(verb)
        if raised is not None:     # "the market is likely to grow by 40%"
            verb = raised
            continue
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return _named_thing(verb.head)   # "a deal valued at $4bn"
        return None
    return None


def _named_thing(noun: Token) -> Token:
    """"recordings of Presley valued at $30,000": the parse hangs the verb on the name after
    "of"; the thing valued is the noun the name belongs to."""
    if noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return noun


def _child(tok: Token, deps: tuple[str, ...], span: Span) -> Token | None:
    """The first child in `deps` that is a noun outside the figure and not a pronoun."""
    for c in tok.children:
        if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN") and not (span.start <= c.i < span.end) \
                and not _is_figure_token(c, span) and c.lower_ not in PRONOUNS:
            return c
    return None

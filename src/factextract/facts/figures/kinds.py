"""Numbers a reader does not check: hyphenated number adjectives that name a kind ("a
third-person shooter", "a four-piece band", "one-day discount sales", "24-hour news") and
year-like numbers before a dated noun ("2004 results", "the 2000 Olympics").

The rule, and why: a hyphenated number adjective is a figure when it measures THIS thing, its
length, size or number of members ("a two-year contract", "a 30-man squad", "a 12-nation
bloc", "a 60,000-seater stadium"): the text claims it and a reader can check it. It is not a
figure when number and word together name a category or format that says what kind of thing
it is, whatever this thing's own size ("third-person", "four-piece", "two-horse race",
"18-rated", "five-star", "one-day international", "24-hour news"): nothing is claimed to
measure. The noun decides; both lists are data (`patterns/figures/kind_words.txt`,
`kind_compounds.txt`)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...nlp.resources import load_wordlist


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    return load_wordlist("figures/kind_words.txt")


@lru_cache(maxsize=1)
def _year_nouns() -> frozenset[str]:
    return load_wordlist("figures/year_nouns.txt")


@lru_cache(maxsize=1)
def _compound_regex() -> re.Pattern:
    parts = []
    for line in load_wordlist("figures/kind_compounds.txt"):
        adjective, noun = line.rsplit(" ", 1)
        parts.append(rf"{re.escape(adjective)}(?:\s+[a-z]+)?\s+{re.escape(noun)}")
    return re.compile(r"(?i)(?:" + "|".join(parts) + r")")


def names_a_kind(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] (with any unit read after it) begins a hyphenated
    adjective that names a kind of thing rather than measuring this one."""
    number = text[start:end]
    m = re.match(r"-([a-z]+)\b", text[end:end + 16], re.I)
    if m and m.group(1).lower() in _kind_words():
        return True               # "four-piece", "third-person", "18-rated"
    if "-" not in number and not m:
        return False
    return bool(_compound_regex().match(text, start))


def dates_a_noun(noun: str) -> bool:
    """"2004 results", "the 2000 Olympics": the noun is one a year dates."""
    return noun.lower() in _year_nouns()


def dates_singular(tok: Token, digits: str) -> bool:
    """"a 2022 Senate run", "his 1998 album", "the 2019 budget": a year-like number before a
    singular noun dates it, since a count of more than one needs a plural ("2000 workers")."""
    head = tok.head
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", digits)) and tok.dep_ in ("nummod", "compound", "amod", "nmod") \
        and 0 < head.i - tok.i <= 3 and head.tag_ in ("NN", "NNP") and head.pos_ in ("NOUN", "PROPN") \
        and all(t.tag_ not in ("NNS", "NNPS") for t in tok.doc[tok.i + 1:head.i])


@lru_cache(maxsize=1)
def _model_regex() -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted(_model_nouns(), key=len, reverse=True))
    return re.compile(rf"\b(?:the|a|an|its|their|his|her|this|that|[A-Z][\w&]*(?:'s|’s)?)\s+"
                      rf"(?P<n>\d{{3,5}})\s+(?:{nouns})s?\b")


@lru_cache(maxsize=1)
def _model_nouns() -> frozenset[str]:
    return load_wordlist("figures/model_nouns.txt")


def model_numbers(text: str, named: set[str]) -> set[str]:
    """Digit strings the article uses as model names ("the 7610 phone"), plus `named` (numbers
    inside a product's name): every other bare use of them ("7610 owners") is the name too."""
    return {m.group("n") for m in _model_regex().finditer(text)} | named

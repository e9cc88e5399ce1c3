"""Numbers that are part of a title or a product name, not claims: "Ocean's 12", "Half-Life 2",
"Dead Or Alive 1 and 2", "Six Feet Under", "One Night" (a song), "NHL 2K5"; ranks ("reached
number 19", "at number two"); and the verb "won"
read as the Korean currency ("Fahrenheit 9/11 won the prize").

Why apart from the component: each is a reading of the capitalised words around a number, the
same question asked of every bare number, answered from the characters alone (no parse), so a
figure that a reader would see as part of a name is dropped before anything else is read."""
from __future__ import annotations

import re
from functools import lru_cache

from ...nlp.resources import load_wordlist

# a capitalised word (a title's last word) right before the number, possibly "Ocean's", and
# possibly an earlier number of the same series ("Dead Or Alive 1 and 2")
_TITLE_BEFORE = re.compile(r"(?P<word>[A-Z][\w’'&-]*?)(?P<poss>['’]s)?[^\S\n]+"
                           r"(?:\d+[^\S\n]*(?:,|and|or|&)[^\S\n]*)?$")
# words that are capitalised as the first of a sentence or as a unit or month, never a title
_NOT_TITLE_WORDS = frozenset("""A An The In On At By For From To Of And Or But About Around Some
    Nearly Almost Over Under Only Just About Up Down Than More Less Fewer With Without Between
    Since Until After Before During Last Next This That These Those Its His Her Their Our My
    Your It He She They We You I Mr Mrs Ms Dr No Number Top Page Section Chapter Paragraph
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Aged Age Was Is Were Are Be Been Being Has Had Have""".split())
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”‘(\[\n]|['’]\s)\s*$")
# after a bare number: a plural noun it counts ("Microsoft's 10,000 employees", "Britain's 659 MPs")
# ("is", "was", "has" end in "s" but count nothing: "Band Aid 20 is not ...")
_COUNTED_AFTER = re.compile(r"[^\S\n]+(?!(?:is|was|has|as|this|his|its|thus|plus)\b)"
                            r"(?:[a-z][\w-]*[^\S\n]+)?(?:[a-z][\w-]*s|[A-Z]{2,}s)\b")
# a number joined to what follows: a range, a score, a hyphenated measure ("the Bank's 2-3%")
_JOINED_AFTER = re.compile(r"\s*(?:[-–/]|to\s+\d|%)")
_VERB_WON_AFTER = re.compile(r"[^\S\n]+(?:the|a|an|his|her|their|its|our|my|your|this|that|"
                             r"best|top|first|second|third|last|[A-Z]\w*|\d)\b")


def _title_word(text: str, start: int) -> re.Match | None:
    """The capitalised word before `start` when it is inside a sentence (not its first word)."""
    m = _TITLE_BEFORE.search(text, max(0, start - 60), start)
    if m is None or m.group("word") in _NOT_TITLE_WORDS:
        return None
    word_start = m.start("word")
    if _SENTENCE_END.search(text, max(0, word_start - 3), word_start):
        return None
    return m


def in_title(text: str, start: int, end: int) -> bool:
    """A bare number (no unit) right after a capitalised word inside a sentence is part of a
    title or a name: "Ocean's 12", "Half-Life 2", "Dead Or Alive 1 and 2", "Radio 1 show".
    It counts when a plural noun follows ("Microsoft's 500 employees", "UK 300 people") or
    when written with a thousands comma or a decimal point (titles are short whole numbers)."""
    if re.fullmatch(r"\d+[A-Za-z]+", text[start:end]) and text[end:end + 1].isdigit():
        return True       # "NHL 2K5", "ESPN 2k5": letters between digits make a name
    if not re.fullmatch(r"\d{1,4}", text[start:end]) or _JOINED_AFTER.match(text, end):
        return False      # "Amicus' 20,000 are balloted", "the Bank's 2-3% range", "a 30-man squad"
    return _title_word(text, start) is not None and not _COUNTED_AFTER.match(text, end)


def is_word_title(text: str, start: int, unit_text: str) -> bool:
    """"Six Feet Under", "One Night": a capitalised number word and a capitalised unit word
    inside a sentence are a title, not a measure."""
    word = text[start:start + 1]
    if not word.isupper() or not unit_text[:1].isupper():
        return False
    return not _SENTENCE_END.search(text, max(0, start - 3), start)


_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


@lru_cache(maxsize=1)
def _after_title_noun() -> re.Pattern:
    nouns = "|".join(sorted(load_wordlist("figures/title_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})[^\S\n]+$")


# what follows a name: punctuation, a verb or a linking word, not a noun the number counts
_NAME_ENDS = re.compile(r"[^\S\n]*(?:[,.;:)!?]|$)|[^\S\n]+(?:is|was|has|had|which|who|that|for|in|"
                        r"on|at|to|with|from|and|but|will|would|fell|rose|sold|opens|opened|"
                        r"returns|returned|won|made|makes|became|remains|stars)\b")
def is_work_name(text: str, start: int, end: int) -> bool:
    """"the US drama 24, which", "selling his company 19 for": a bare small number after a noun
    naming a work or a firm, with no noun after it for it to count, is a name."""
    if not re.fullmatch(r"\d{1,3}", text[start:end]):
        return False
    return _after_title_noun().search(text, max(0, start - 20), start) is not None \
        and _NAME_ENDS.match(text, end) is not None


def is_digit_title(text: str, start: int, unit_end: int) -> bool:
    """"the film 24 Hour Party People", "40 Days and ...": digits, a capitalised unit word and
    another capitalised word, inside a sentence of running text, are a title, not a measure
    ("24 hours", "the 24-hour curfew", and headlines in title case keep their figures)."""
    unit_text = text[start:unit_end].split()[-1] if " " in text[start:unit_end] else ""
    if not re.fullmatch(r"[A-Z][a-z]{2,}", unit_text) or not _CAPITAL_AFTER.match(text, unit_end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _LOWER_WORD.search(text, line_start, start) is not None


def is_verb_won(text: str, unit_end: int) -> bool:
    """"9/11 won the best documentary": "won" followed by what was won is the verb, not KRW."""
    if not text[:unit_end].endswith("won"):
        return False
    return _VERB_WON_AFTER.match(text, unit_end) is not None


# "reached numbers 19 and 10", "at number two", "No 1": a place in a chart or a list
_SEEDED = re.compile(r"\b(?:seeded|ranked)[^\S\n]+$")
_PLURAL_AFTER = re.compile(r"[^\S\n]+[a-z]+s\b")
# "has climbed to 87 in the world": a world ranking reached
_MOVED_TO = re.compile(r"\b(?:risen|rose|climbed|fallen|fell|dropped|slipped|moved|up|down)[^\S\n]+to[^\S\n]+$")
_IN_THE_WORLD = re.compile(r"[^\S\n]+in[^\S\n]+the[^\S\n]+world\b")
_RANK_BEFORE = re.compile(r"\b(?:[Nn]umbers?|No\.?|Nos\.?)[^\S\n]+(?:(?:\d+|[a-z]+)[^\S\n]*"
                          r"(?:,|and|or|to)[^\S\n]*)?$")


# "China's net users number 100m", "they number 5,000": the verb, so a count follows
_VERB_NUMBER = re.compile(r"\b(?:they|we|who|which|[a-z]+s)[^\S\n]+numbers?\b[^\n]*$")


def is_rank(text: str, start: int, end: int) -> bool:
    """A small bare number right after "number(s)" or "No" is a rank or a label, not a count
    ("reached number 13", "at number two", "Number 10"); not after the verb "number"; so is
    one right after "seeded"/"ranked" with no plural noun after it ("ranked 134 in the world")
    and a world ranking reached ("has climbed to 87 in the world")."""
    if not re.fullmatch(r"\d{1,3}|[A-Za-z]+", text[start:end]):
        return False
    if (_SEEDED.search(text, max(0, start - 12), start) and not _PLURAL_AFTER.match(text, end)) \
            or (_MOVED_TO.search(text, max(0, start - 20), start) and _IN_THE_WORLD.match(text, end)):
        return True    # "Mirza, ranked 134 in the world", "Henman, seeded three," (not "ranked two places above")
    m = _RANK_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and not _VERB_NUMBER.search(text, max(0, m.start() - 20), start)


# "the 737-800 and ...": a bare dash pair after an article, with no noun after it for the
# pair to count, names a model ("the 25-54 age group", "the 15-20 pupils" keep their noun)
_MODEL_PAIR = re.compile(r"\d{3,4}[-–]\d{2,4}$")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.I)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$|(?:and|or|but|was|is|has|had|will|would|can|"
                            r"could|which|that|in|on|for|with|to|from|at)\b)")


def is_model_pair(text: str, start: int, end: int, value: float | None) -> bool:
    """"the 737-800": a bare pair of three- or four-digit numbers after an article, with no
    noun after it, is a model name, not a range."""
    return value is None and _MODEL_PAIR.fullmatch(text, start, end) is not None \
        and _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None \
        and _NO_NOUN_AFTER.match(text, end) is not None


_TITLE_YEAR = re.compile(r"(?:^|(?<=\s))['’]\d\d[^\S\n]+[A-Z]")


def is_title_year(text: str, start: int) -> bool:
    """"'03 Bonnie & Clyde": a short year that opens a title (a capitalised word follows);
    "'40 people were hurt'" is a count in quotes."""
    return start > 0 and _TITLE_YEAR.match(text, start - 1) is not None

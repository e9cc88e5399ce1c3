"""Number words that are not counts: idioms and partitives ("one of", "go one better",
"one thing"), pronoun "one", ordinals written like fractions ("a third reading"), numbers in
names ("Six Nations", "two-time champion"), stages ("the last eight").

Why apart from the component: each is a reading of the words around a number, the same
question asked of every word number, and the lists are data (`patterns/figures/idioms.txt`)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ...nlp.resources import load_wordlist
from .instance_one import is_instance_one
from .numbers import number_words

# a word that may follow a fraction that is a share ("a third of", "cut by a third last year")
_AFTER_SHARE = frozenset("""of and or to in on at from by since than as for over compared
    more less fewer higher lower bigger smaller larger last this next the a an
    stake stakes share holding interest rise fall cut increase drop""".split())
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON",
                          "GPE", "LOC", "NORP"})
# small number words that, after "the", refer back rather than count ("the two firms")
_REFERENTIAL = frozenset("two three four five six seven eight nine ten".split())
_WORD_END = re.compile(r"\W|$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘'(\n]\s*|\n)$")


@lru_cache(maxsize=1)
def _idiom_regex() -> re.Pattern:
    parts = []
    for k, phrase in enumerate(sorted(load_wordlist("figures/idioms.txt"), key=len, reverse=True)):
        pieces = []
        for j, word in enumerate(phrase.split()):
            m = re.fullmatch(r"\[(\w+)\](.*)", word)
            pieces.append(rf"(?P<n{k}_{j}>{re.escape(m.group(1))}){re.escape(m.group(2))}" if m
                          else re.escape(word))
        parts.append(r"\s+".join(pieces))
    return re.compile(r"(?i)\b(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?!\w)")


@lru_cache(maxsize=1)
def _idiom_anchor() -> tuple[re.Pattern, int]:
    """The idioms' number words, and how far an idiom reaches either side of its number word:
    the long alternation is tried only near a number word (tried at every character of an
    article, it cost more than the rest of the figures component)."""
    phrases = load_wordlist("figures/idioms.txt")
    words = {m.group(1).lower() for p in phrases for m in re.finditer(r"\[(\w+)\]", p)}
    reach = 2 * max(len(p) for p in phrases) + 20   # room for runs of spaces inside a phrase
    return re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, words))) + ")"), reach


@lru_cache(maxsize=64)
def idiom_numbers(text: str) -> frozenset[int]:
    """Start offsets of the number words that are part of an idiom in `text`."""
    anchor, reach = _idiom_anchor()
    idioms, out = _idiom_regex(), set()
    windows: list[list[int]] = []
    for a in anchor.finditer(text):
        start, end = max(0, a.start() - reach), a.end() + reach
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    for start, end in windows:
        # end the window where a word ends: "(?!\w)" must not succeed in the middle of one
        cut = _WORD_END.search(text, min(end, len(text))).start()
        for m in idioms.finditer(text, start, cut):
            out.update(m.start(g) for g, v in m.groupdict().items() if v is not None)
    return frozenset(out)


def _next_word(span: Span):
    doc = span.doc
    return doc[span.end] if span.end < len(doc) else None


def is_ordinal(span: Span, text: str, end: int, measured: bool) -> bool:
    """"a third reading", "a fourth title", "a sixth-minute penalty": a fraction word that
    qualifies the noun after it is an ordinal, not a share."""
    if text.startswith("-", end) and text[end + 1:end + 2].isalpha() and not text.startswith("-of", end):
        return True                    # "a sixth-minute penalty", "a third-round tie"
    if measured:
        return False
    nxt = _next_word(span)
    if nxt is None or not nxt.is_alpha or nxt.lower_ in _AFTER_SHARE:
        return False
    if nxt.pos_:                       # parsed: an ordinal qualifies a noun or adjective
        return nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.tag_ not in ("JJR", "RBR")
    return True


def in_name(text: str, start: int, end: int) -> bool:
    """"Six Nations", "the Big Four", "on Five television": a number word capitalised inside a
    sentence is a name. "Four-time champion", "two-time": a number of times won is a title."""
    if re.match(r"-times?\b", text[end:end + 6], re.I):
        return True
    word = text[start:end]
    if not word[:1].isupper() or _SENTENCE_START.search(text[max(0, start - 3):start]):
        return False
    if word.isalpha():
        return True               # "on Five television", "BBC Two": capitalised inside a sentence
    return bool(re.match(r"[ /-][A-Z]", text[end:end + 2]) or re.search(r"[A-Z]\w*[ /]$", text[max(0, start - 12):start]))


def is_stage(text: str, start: int, span: Span) -> bool:
    """"reached the last eight": a round of a competition, "stayed in the top ten": a chart's
    list, not a count (but "the last five games", "the top three seeds" count)."""
    if not re.search(r"\b(?:(?:the|last)\s+(?:last|final)|top)\s+$", text[max(0, start - 12):start], re.I) \
            and not re.search(r"\b(?:Cup|League|Trophy|Shield|Open)\s+(?:last|final)\s+$", text[max(0, start - 16):start]):
        return False              # (also "the Uefa Cup last 16", "the Champions League last eight")
    nxt = _next_word(span)
    return nxt is None or not (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or
                               (not nxt.pos_ and nxt.is_alpha and nxt.lower_ not in _AFTER_SHARE))


# "half the person I am", "half the side they were": a measure of someone, not a share
_HALF_WHAT_ONE_IS = re.compile(r"\s+the\s+[a-z]+\s+(?:I|you|he|she|we|they|it)\s+"
                               r"(?:am|are|is|was|were|used\s+to\s+be|once\s+was)\b")


def word_number_ok(m: re.Match, span: Span, unit: str | None) -> bool:
    """"one" is often a pronoun, "half" a noun: keep them only as numbers."""
    text = m.string
    word = m.group(0).lower()
    before = text[max(0, m.start() - 12):m.start()].lower()
    after = text[m.end():m.end() + 12].lower()
    if " " not in word and word in number_words() and number_words()[word][1] == "scale":
        return False              # a bare "dozen" or "million" ("a baker's dozen", "per million")
    if m.start() in idiom_numbers(text):
        return False
    if word == "half":
        if re.search(r"\b(?:the|first|second|other|latter|each|a|one)\s+$", before) or after.startswith("-"):
            return False
        if _HALF_WHAT_ONE_IS.match(text, m.end()):
            return False          # "half the man he was", "half the player I am": an idiom
        determiner = r"\s+(?:of|the|a|an|his|her|their|its|our|my|your|all|that|those|these)\b"
        return bool(re.match(determiner, after)) or unit is not None
    if word in ("one", "an", "a"):
        if re.search(r"\b(?:no|any|every|each|some|the|this|that|which|same|little|big|ones?)\s+$", before):
            return False
        if re.match(r"\s*(?:another|'s|’s|-time|-off|-on-one|-way|[.,;:!?)]|\d|in order|that\b|who\b)",
                    after):
            return False
    if m.group("frac") and not m.group("fscale") and word.split()[0] in ("a", "an") \
            and is_ordinal(span, text, m.end(), unit is not None):
        return False
    if unit is None and (in_name(text, m.start(), m.end()) or is_stage(text, m.start(), span)):
        return False
    label = {t.ent_type_ for t in span}
    if label & _NAME_LABELS and unit is None:
        return False
    if unit is None and word == "one" and is_instance_one(span, text, m.start()):
        return False              # "One reason is ...", "quoted one trader" (instance_one.py)
    if unit is None and (is_referential(text, m.start(), word) or
                         (word == "one" and (is_contrastive(text, m.end()) or is_pronoun(span, text, m.end())))):
        return False
    return True


def is_referential(text: str, start: int, word: str) -> bool:
    """"the two countries", "these three", "both the two": a small number after a definite
    determiner points back to things already named; it is not a new claim. ("the last three",
    "the top four" are not touched: a word stands between the determiner and the number.)"""
    if word not in _REFERENTIAL:
        return False
    if re.match(r"-[a-z]", text[start + len(word):start + len(word) + 2]):
        return False              # "the three-judge panel": a description, not a pointer back
    return bool(re.search(r"\b(?:the|these|those)\s+$", text[max(0, start - 8):start], re.I))


def is_contrastive(text: str, end: int) -> bool:
    """"voted in for one party then crossing over to another", "with one hand ... the other":
    "one" set against "another" / "the other" in its own clause picks one of several."""
    after = re.split(r"[.;:!?\n]", text[end:end + 60], maxsplit=1)[0]
    return bool(re.search(r"\b(?:another|the other|the next|a new)\b", after, re.I))


def is_pronoun(span: Span, text: str, end: int) -> bool:
    """"a legal one", "the existing one", "one from X and one from Y", "if one was
    available": "one" that modifies no noun stands for a thing already named (or anyone);
    a count of one is a number word before its noun ("one analyst", "one or two weeks")."""
    tok = span[-1]
    if not tok.dep_:
        return False                   # no parse: keep the old behaviour
    if re.match(r"\s+(?:or|to|and|in)\s+(?:\d|[a-z]+\b)", text[end:end + 16], re.I) and \
            re.match(r"\s+\w+\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|a half)\b",
                     text[end:end + 24], re.I):
        return False                   # "one or two", "one to 15", "one in five"
    if tok.dep_ in ("nummod", "quantmod") or (tok.dep_ in ("compound", "amod") and tok.head.i > tok.i):
        return False
    return True

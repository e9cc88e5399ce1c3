"""One document's tokens as plain lists, and the runs of capitalised words the rules look for.

spaCy builds a new Token object on every index access; the rules index tokens thousands of
times per article, so the tokens and their strings are listed once per document here.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Callable

from spacy.tokens import Doc

from ...nlp.extensions import doc_text
from .lexicon import MONTHS, NAME_PARTICLES

# the tokens a possessive splits off a name: "Sony's", "Jones'", with either apostrophe
POSSESSIVES = ("'s", "’s", "'", "’")
# the word right before a mention (searched in text[s - 30:s]) and right after it (matched at e)
WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]*$")
WORD_AFTER = re.compile(r"^[ \t]*([A-Za-z][\w'’-]*)")


_WORD_RUN = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=4)
def _word_runs(text: str) -> frozenset[str]:
    return frozenset(_WORD_RUN.findall(text))


def written_in_lower_case(text: str, word: str) -> bool:
    """Does `text` write `word` in lower case as a whole word ("Desperate" against "desperate")?
    One set of the text's words, made once per text, instead of a search of the text per word."""
    low = word.lower()
    if _WORD_RUN.fullmatch(low):
        return low in _word_runs(text)
    return re.search(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", text) is not None


def is_numeric(text: str) -> bool:
    if text.isalpha():  # most tokens: words
        return False
    return any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)


def capitalised(text: str) -> bool:
    return text[:1].isupper()


def numeric_near(numeric: list[bool], i: int, before: int = 4, after: int = 6, need: int = 3) -> bool:
    """Are there at least `need` numbers around token i (a results line or a table)?"""
    return sum(numeric[max(0, i - before):i + after]) >= need


class TokenView:
    """Tokens, their texts, lowercase forms, offsets and numberness, listed once per Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.toks, self.text = list(doc), doc_text(doc)
        self.texts = [t.text for t in self.toks]
        self.lowers = [x.lower() for x in self.texts]
        self.idx = [t.idx for t in self.toks]
        self.numeric = [is_numeric(x) for x in self.texts]

    @cached_property
    def lower_set(self) -> frozenset[str]:
        """Every lowercase form in the doc: for the components that first ask whether their
        words occur at all (built once per doc, not once per component)."""
        return frozenset(self.lowers)

    @cached_property
    def hyphen_words(self) -> frozenset[str]:
        """The doc's hyphenated words, lowercase, as written ("fly-half", "hat-trick"): the
        tokenizer splits them into three tokens, so word lists with hyphens look here."""
        L, T = self.lowers, self.toks
        return frozenset(f"{L[i - 1]}-{L[i + 1]}" for i in range(1, len(L) - 1)
                         if L[i] == "-" and not T[i - 1].whitespace_ and not T[i].whitespace_)

    def __len__(self) -> int:
        return len(self.toks)

    def txt(self, s: int, e: int) -> str:
        """The text of tokens [s, e)."""
        return self.text[self.toks[s].idx:self.toks[e - 1].idx + len(self.toks[e - 1])] if e > s else ""

    def char_to_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return (span.start, span.end) if span is not None and len(span) else None

    def cap_run(self, s: int, most: int) -> int:
        """End of the run of capitalised words starting at s (at most `most` of them)."""
        T = self.toks
        e = s
        while e < len(T) and e - s < most and T[e].is_alpha and capitalised(T[e].text) \
                and T[e].lower_ not in MONTHS:
            e += 1
        return e

    def cap_run_before(self, e: int, most: int) -> int:
        """Start of the run of capitalised words ending at e (at most `most` of them)."""
        T = self.toks
        s = e
        while s > 0 and e - s < most and T[s - 1].is_alpha and capitalised(T[s - 1].text) \
                and T[s - 1].lower_ not in MONTHS:
            s -= 1
        return s

    def opens_line(self, k: int) -> bool:
        """Does token k open a sentence or a line (the parser misses some after a heading)?
        Its capital then says nothing of a name."""
        return k == 0 or self.toks[k].is_sent_start or self.texts[k - 1] in (".", "!", "?") \
            or "\n" in self.texts[k - 1]

    def title_words(self, s: int, most: int) -> int:
        """End of the run of title-case words starting at s (at most `most`): alphabetic, no
        stop word ("Eton College" of "educated at Eton College in")."""
        T, e = self.toks, s
        while e < len(T) and e - s < most and T[e].is_title and T[e].is_alpha and not T[e].is_stop:
            e += 1
        return e

    def title_words_before(self, e: int, most: int, spaced: bool = False) -> int:
        """Start of the run of title-case words ending at e (at most `most`), as `title_words`,
        never taking a sentence's first word (its capital says nothing); with `spaced`, only words
        followed by a space ("Belmarsh Prison", not "-Belmarsh")."""
        T, s = self.toks, e
        while s > 0 and e - s < most and T[s - 1].is_title and T[s - 1].is_alpha and not T[s - 1].is_stop \
                and not T[s - 1].is_sent_start and (T[s - 1].whitespace_ or not spaced):
            s -= 1
        return s

    def name_run(self, s: int) -> int:
        """End of a personal name starting at s: 2-4 capitalised words, particles allowed inside."""
        T = self.toks
        e, caps = s, 0
        while e < len(T) and e - s < 5:
            t = T[e]
            if t.is_alpha and capitalised(t.text) and t.lower_ not in MONTHS:
                caps += 1
            elif not (t.lower_ in NAME_PARTICLES and caps and e + 1 < len(T) and capitalised(T[e + 1].text)):
                break
            e += 1
        return e if caps >= 2 else s


_LIST_JOINS = frozenset((",", "and", "or"))


def listed_beside(v: "TokenView", s: int, e: int, hit: Callable[[int], bool],
                  over_names: bool = False) -> bool:
    """Whether tokens [s, e) stand in a list ("Doncaster, Hartlepool and Stoke") beside a name
    whose first token `hit` accepts; up to six steps each way, over list joins and capitalised
    words (`over_names`: a neighbour of several capitalised words counts as one step)."""
    L, X, n = v.lowers, v.texts, len(v.lowers)
    for step, k in ((-1, s - 1), (1, e)):
        for _ in range(6):
            if not (0 <= k < n and L[k] in _LIST_JOINS):
                break
            k += step
            if not (0 <= k < n and X[k][:1].isupper()):
                break
            if hit(k):
                return True
            while over_names and 0 <= k + step < n and X[k + step][:1].isupper():
                k += step   # over the rest of a two-word name
            k += step
    return False

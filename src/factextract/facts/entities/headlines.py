"""Headlines in capitals or Title Case fool the model: what it finds there is kept only when a
rule or the body of the article confirms it. Here: which tokens sit on such lines, and the
confirmation itself."""
from __future__ import annotations

import re
from bisect import bisect_left

from .proposal import Proposal
from .tokens import TokenView

# anchored at word starts: unanchored, a word without the letter/digit is retried from each of
# its characters (quadratic in its length); the matches are the same
_WORD = re.compile(r"(?<!\S)\S*[^\W\d_]\S*")
_NUMBER_WORD = re.compile(r"(?<!\S)\S*\d\S*")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_UPPER = re.compile(r"[^A-ZÀ-ÖØ-Þ]+")


def headline_tokens(v: TokenView) -> list[bool]:
    """Per token: is it on a line in capitals or Title Case (a headline, a table heading)?"""
    flags = [False] * len(v.toks)
    text = v.text
    pos = 0
    tok = 0
    for line in text.split("\n"):
        end = pos + len(line)
        n_letters = len(_NOT_LETTER.sub("", line))
        shouting = n_letters >= 4 and len(_NOT_UPPER.sub("", line)) >= 0.9 * n_letters
        title_case = False
        if not shouting and n_letters >= 4:
            words = _WORD.findall(line)
            long_words = [w for w in words if len(w) > 3]
            title_case = (len(words) >= 4 and len(long_words) >= 3
                          and sum(w[0].isupper() for w in long_words) >= 0.85 * len(long_words)
                          and len(_NUMBER_WORD.findall(line)) < 3)
        first, tok = tok, bisect_left(v.idx, end, lo=tok)
        if shouting or title_case:  # tokens of this line (a newline token starts before pos)
            for k in range(first, tok):
                flags[k] = v.idx[k] >= pos
        pos = end + 1
    return flags


def confirm_headlines(v: TokenView, spans: list[Proposal]) -> list[Proposal]:
    """A weak proposal (model output on a headline line) stays only if a strong one has its text."""
    strong = {v.txt(sp.s, sp.e).lower() for sp in spans if not sp.weak}
    return [sp for sp in spans if not sp.weak or v.txt(sp.s, sp.e).lower() in strong]

"""Token patterns run only where they can match.

spaCy's Matcher starts every pattern at every token, so its cost grows with patterns × tokens:
with ~60 date patterns it was the dearest part of our components. But nearly every pattern
needs one rare word ("Friday", "quarter", "No.") or a digit shape ("1990"). `TriggeredMatcher`
picks, per pattern, its most selective required token, finds the tokens that could be it (one
pass over the doc's word and shape ids), and runs only the patterns triggered there, on a
window just wide enough for them, with a small Matcher per set of patterns (built once,
cached). The matches are the Matcher's own: every match contains its pattern's required token,
and the window around that token holds the whole match. Patterns without a usable token (all
optional, or only LIKE_NUM and the like) run over the whole doc, as before; so do patterns of
unbounded length ("+", "*") unless a `max_length` caps their matches.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Iterable

from spacy.attrs import IS_TITLE, LOWER, SHAPE
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

Match = tuple[int, int, int]  # (match_id, start token, end token), as the Matcher gives them

_WORD_KEYS = ("LOWER", "ORTH", "TEXT")
_REQUIRED_OPS = (None, "1", "+")


def _values(spec) -> list[str] | None:
    """The strings a token attribute may take: a plain value or an IN list; else None."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"} and isinstance(spec["IN"], list):
        return [v for v in spec["IN"] if isinstance(v, str)]
    return None


class TriggeredMatcher:
    """A Matcher that runs each pattern only around the tokens it requires. `common_words` and
    `common_shapes` are values frequent in any text ("the", "d"): a token needing one of them
    is a poor trigger, chosen only when a pattern offers nothing rarer."""

    def __init__(self, vocab: Vocab, common_words: Iterable[str] = (),
                 common_shapes: Iterable[str] = (), max_length: int | None = None,
                 cache_size: int = 512) -> None:
        self.vocab = vocab
        self.max_length = max_length  # cap on matches of "+"/"*" patterns; None: run those everywhere
        self.common_words = frozenset(w.lower() for w in common_words)
        self.common_shapes = frozenset(common_shapes)
        self.patterns: list[tuple[str, list[dict], int, int]] = []  # key, pattern, tokens before/from trigger
        self.by_lower: dict[int, set[int]] = {}
        self.by_shape: dict[int, set[int]] = {}
        self.title_only: set[int] = set()  # patterns whose trigger token must be in Title case
        self.everywhere = Matcher(vocab)
        self.has_everywhere = False
        self._cache: OrderedDict[frozenset[int], Matcher] = OrderedDict()
        self._cache_size = cache_size

    def add(self, key: str, pattern: list[dict]) -> None:
        # "+" and "*" make a match's length unbounded: no window is sure to hold it, unless the
        # caller caps the length (a longer match is then found shortened by the window)
        bounded = all(tok.get("OP") in (None, "?", "1", "!") for tok in pattern)
        trigger = self._trigger(pattern) if bounded or self.max_length else None
        if trigger is None:
            self.everywhere.add(key, [pattern])
            self.has_everywhere = True
            return
        position, attr, values = trigger
        # how many tokens a match may have before the trigger, and from it on
        unbounded = lambda toks: any(t.get("OP") in ("+", "*") for t in toks)
        before = self.max_length - 1 if unbounded(pattern[:position]) else position
        after = self.max_length if unbounded(pattern[position:]) else len(pattern) - position
        index = len(self.patterns)
        self.patterns.append((key, pattern, before, after))
        if pattern[position].get("IS_TITLE") is True:  # "Party" triggers, "party" does not
            self.title_only.add(index)
        table = self.by_lower if attr == LOWER else self.by_shape
        for value in values:
            table.setdefault(self.vocab.strings.add(value), set()).add(index)
        self._cache.clear()

    def _trigger(self, pattern: list[dict]) -> tuple[int, int, list[str]] | None:
        """(position in the pattern, LOWER or SHAPE, values) of the most selective required
        token: rare words before digit shapes before common words; the fewest values first."""
        best, best_score = None, None
        for position, tok in enumerate(pattern):
            if tok.get("OP") not in _REQUIRED_OPS:
                continue
            for key in _WORD_KEYS + ("SHAPE",):
                values = _values(tok.get(key))
                if not values:
                    continue
                if key == "SHAPE":
                    attr, common, kind = SHAPE, any(v in self.common_shapes for v in values), 1
                else:
                    values = sorted({v.lower() for v in values})
                    attr, common, kind = LOWER, any(v in self.common_words for v in values), 0
                score = (common, kind, len(values))
                if best_score is None or score < best_score:
                    best, best_score = (position, attr, values), score
        return best

    def _matcher(self, indices: frozenset[int]) -> Matcher:
        matcher = self._cache.get(indices)
        if matcher is None:
            matcher = Matcher(self.vocab)
            for i in sorted(indices):
                key, pattern, _, _ = self.patterns[i]
                matcher.add(key, [pattern])
            self._cache[indices] = matcher
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(indices)
        return matcher

    def windows(self, doc: Doc) -> list[tuple[int, int, frozenset[int]]]:
        """Merged token ranges, each with the patterns triggered inside it."""
        if not len(doc) or not self.patterns:
            return []
        by_lower, by_shape, none = self.by_lower, self.by_shape, frozenset()
        spans: list[tuple[int, int, set[int]]] = []
        n = len(doc)
        # a dict lookup per token beats numpy.isin on article-sized docs
        for i, (lower, shape, title) in enumerate(doc.to_array([LOWER, SHAPE, IS_TITLE]).tolist()):
            if lower not in by_lower and shape not in by_shape:
                continue
            for p in by_lower.get(lower, none) | by_shape.get(shape, none):
                if not title and p in self.title_only:
                    continue
                _, _, before, after = self.patterns[p]
                spans.append((max(0, i - before), min(n, i + after), {p}))
        spans.sort(key=lambda x: x[0])
        merged: list[list] = []
        for a, b, ps in spans:
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
                merged[-1][2] |= ps
            else:
                merged.append([a, b, set(ps)])
        return [(a, b, frozenset(ps)) for a, b, ps in merged]

    def __call__(self, doc: Doc) -> list[Match]:
        """All matches in the doc, sorted by position (the Matcher's own order is not kept)."""
        found: list[Match] = []
        for a, b, indices in self.windows(doc):
            found += [(m, s + a, e + a) for m, s, e in self._matcher(indices)(doc[a:b])]
        if self.has_everywhere:
            found += self.everywhere(doc)
        return sorted(found, key=lambda x: (x[1], x[2], x[0]))

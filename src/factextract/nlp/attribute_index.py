"""The model's attribute ruler, matched through an index instead of its Matcher.

The English model's AttributeRuler holds ~180 patterns (the tag map, morph rules, a few
exceptions) and runs them through spaCy's Matcher, which tries every pattern at every token:
on news text that was ~12 % of the whole model's time, more than its lemmatizer and tagger
together. Almost all of them are one token with a plain TAG or LOWER value, so this finds their
matches by dictionary lookup (tag -> patterns, lower form -> patterns) and checks the few other
conditions (DEP, IS_SPACE; equal, IN, NOT_IN) in Python; the rest (several tokens, REGEX) stay
in a Matcher of their own. The match list is the same list, in the same order, that
AttributeRuler.match returns, and the ruler's own set_annotations applies it: the annotations
are identical (tests/test_attribute_index.py checks it against the stock ruler)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.attrs import LOWER, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc

_PLAIN_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}
_NONE: list = []


def _value(token, key: str) -> Any:
    if key == "TAG":
        return token.tag_
    if key == "LOWER":
        return token.lower_
    if key == "DEP":
        return token.dep_
    return token.is_space


def _holds(spec: dict, token) -> bool:
    for key, want in spec.items():
        have = _value(token, key)
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"]:
                return False
            if "NOT_IN" in want and have in want["NOT_IN"]:
                return False
        elif have != want:
            return False
    return True


def _indexable(pattern: list[dict]) -> bool:
    """One token, only plain keys, values compared as equal or by IN/NOT_IN lists, and a
    TAG or LOWER given as a plain string to index it by."""
    if len(pattern) != 1:
        return False
    spec = pattern[0]
    if not spec or set(spec) - _PLAIN_KEYS:
        return False
    for want in spec.values():
        if isinstance(want, dict) and set(want) - {"IN", "NOT_IN"}:
            return False
    return isinstance(spec.get("TAG"), str) or isinstance(spec.get("LOWER"), str)


class IndexedAttributeMatch:
    """A drop-in for AttributeRuler.match: (attr_id, match_id, start, end), sorted."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.by_tag: dict[int, list] = defaultdict(list)
        self.by_lower: dict[int, list] = defaultdict(list)
        self.rest = Matcher(ruler.vocab)
        strings = ruler.vocab.strings
        for key in ruler.matcher._patterns:            # one key per added rule: str(attr_id)
            attr_id = int(strings[key])
            for pattern in ruler.matcher.get(key)[1]:
                if _indexable(pattern):
                    spec = dict(pattern[0])
                    entry = (attr_id, key, spec)
                    if isinstance(spec.get("TAG"), str):   # indexed by the value's hash
                        self.by_tag[strings.add(spec.pop("TAG"))].append(entry)
                    else:
                        self.by_lower[strings.add(spec.pop("LOWER"))].append(entry)
                else:
                    self.rest.add(strings[key], [pattern])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        by_tag, by_lower = self.by_tag, self.by_lower
        matches = []
        for i, (tag, lower) in enumerate(doc.to_array([TAG, LOWER]).tolist()):
            for attr_id, key, spec in by_tag.get(tag, _NONE) + by_lower.get(lower, _NONE):
                if not spec or _holds(spec, doc[i]):   # a tag map row: the tag is all it asks
                    matches.append((attr_id, key, i, i + 1))
        strings = self.ruler.vocab.strings
        for m_id, s, e in self.rest(doc, allow_missing=True, as_spans=False):
            matches.append((int(strings[m_id]), m_id, s, e))
        matches.sort()
        return matches


def index_attribute_ruler(nlp) -> bool:
    """Swap the model's attribute ruler's match for the indexed one; whether it was done."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "match"):
        return False
    ruler.match = IndexedAttributeMatch(ruler)
    return True

"""Which written form of a referent the checks read as its full name.

The type checks (person_check, person_evidence, company_grammar) look at one form of a referent:
its longest. Forms of the same length ("Oz" and "OZ" in one article) must not be chosen by the
order of a set, which changes with Python's hash seed from run to run: the same article gave a
person one run and dropped it the next. The tie goes to a form not written all in capitals (a
headline or shouted form tells less), then to the one the text writes first.
"""
from __future__ import annotations

from typing import Sequence


def fullest_form(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The longest written form of the mentions (most words, then most characters), ties as above."""
    forms = [text[s:e] for s, e in sorted(spans)]
    return max(forms, key=lambda n: (len(n.split()), len(n), not n.isupper()))

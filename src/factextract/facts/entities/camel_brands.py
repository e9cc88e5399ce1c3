"""Company names written lower-case first ("eBay", "eDonkey", "iDefence"): one or two small
letters, then a capitalised word.

Why: every name rule tests for a capital first letter, so such a name after a cue that only
introduces organisations ("companies such as eDonkey", "security firm iDefence") or in a list of
companies was missed. The shape is that of the name only; the cue or the list decides that it
names a company (a product named so, "iPod", comes after no company cue).
"""
from __future__ import annotations

import re

_SHAPE = re.compile(r"[a-z]{1,2}[A-Z][a-z]+(?:[A-Z][a-z]*)*")


def brand_shaped(text: str) -> bool:
    """Is the word written like "eDonkey": one or two small letters, then a capitalised word?"""
    return _SHAPE.fullmatch(text) is not None

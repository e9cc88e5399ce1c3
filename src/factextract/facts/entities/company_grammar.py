"""Companies the grouping typed as people: told by the grammar around their mentions.

The model types a one-word or foreign company name it has not seen ("Tenbury", "Holt Ferrand")
as a person when no describing noun stands next to it. A reader knows the company by the
grammar around its mentions: "X, which ..." (not "who"), "X said its profits ..." and "X and
its rivals" (its, not his or her), "shares in X", "X shares rose", "X's chief executive",
"a spokesman for X", "vice president of sales for X", "from X investment bank", "X, the bank".
The evidence is weighed over all the mentions of the referent (one referent, one type), and a
person's evidence wins: an honorific, role noun or age at a mention, "who", "his" or "her"
after it, or a given name first ("Sal Holt" is a person unless a company noun is its head:
"from Sal Holt investment bank"). Words are data: patterns/entities/company_grammar.txt.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...nlp.resources import load_groups
from .person_check import PersonCheck
from .name_forms import fullest_form

_HONORIFIC = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof|Professor)\.?\s+)$")
_TITLE_ARTICLE = re.compile(r"(?:^|[^\w])(?:A|An|The)\s$")
_PERSON_AFTER = re.compile(r"^(?:,\s\d{1,2},|,?\s(?:who|whose)\b|(?:\s[a-z]+){0,4}\s(?:his|her|himself|herself)\b)")
# "X shares rose": a share price's verb after "shares" ("Holt shares the prize" is a person's verb)
_MOVES = frozenset("rose fell jumped slumped dropped climbed gained slid surged tumbled closed ended were are have had lost "
                   "soared dipped plunged edged rallied".split())
_PREPOSITIONS = frozenset("by from of with for to at in on into about than like".split())


def _phrases(words: frozenset[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.split()) for w in words)


class CompanyGrammar:
    """Says whether a people referent reads, over all its mentions, as a company."""

    def __init__(self, check: PersonCheck) -> None:
        self.check = check
        g = load_groups("entities/company_grammar.txt")
        self.possessed, self.before = _phrases(g["possessed"]), _phrases(g["before"])
        self.heads, self.jobs = g["head"], g["job"]
        self.its = _phrases(g["its"])
        heads = "|".join(sorted(self.heads, key=len, reverse=True))
        mods = "|".join(sorted(g["modifier"], key=len, reverse=True))
        # the company noun ends the phrase ("X, the bank, is advising"; not "X, the bank chairman")
        end = r"(?=\s*[,.;:)]|\s+(?:is|was|has|had|will|would|said|says|told|which|that|in|and|to)\b)"
        # "X investment bank", "X bank": a company noun (a modifier such as "investment" before it at most) as its head
        self._head_after = re.compile(rf"^\s(?:(?:{mods})\s)?(?:{heads}){end}")
        # "X, the investment bank,", "X, a German chain"
        self._apposition = re.compile(rf"^,\s(?:the|a|an)\s(?:[\w-]+\s){{0,3}}(?:{heads}){end}")

    def is_company(self, text: str, spans: Sequence[tuple[int, int]]) -> bool:
        """Company grammar at one mention at least and no person's evidence at any."""
        names = {text[s:e] for s, e in spans}
        full = fullest_form(text, spans)   # never a set's order (name_forms.py)
        if self.check.known_by_one_name(full) or self.check.strong_evidence(text, spans):
            return False
        if any(_TITLE_ARTICLE.search(text[max(0, s - 4):s]) for s, _ in spans):
            return False   # "A Quiet Harbour, which opens in May": a work's title, no company
        if any(_HONORIFIC.search(text[max(0, s - 15):s]) or _PERSON_AFTER.match(text[e:e + 50]) for s, e in spans):
            return False
        headed = any(self._headed(text, e) for s, e in spans)
        if any(self.check.given_first(n.split()) for n in names) and not headed:
            return False
        return headed or any(self._company_cue(text, s, e) for s, e in spans)

    def _headed(self, text: str, e: int) -> bool:
        """A company noun is the name's head: "Holt investment bank", "Holt, the investment bank"."""
        after = text[e:e + 60]
        return bool(self._head_after.match(after) or self._apposition.match(after))

    def _company_cue(self, text: str, s: int, e: int) -> bool:
        after = text[e:e + 50]
        words_after = re.findall(r"[\w'’]+|,", after.lower())[:4]
        before = re.findall(r"[\w'’]+|[,.;:()\"“”]", text[max(0, s - 80):s].lower())
        # "X, which": the relative of a thing (not after a preposition: "a song by X, which ...")
        if words_after[:2] == [",", "which"] and (not before or before[-1] not in _PREPOSITIONS):
            return True
        # "X and its rivals"; "X said its profits ..." (a company's accounts; not "said its release
        # was late": the album's, nor "said that it was time": no one's)
        if words_after[:2] == ["and", "its"]:
            return True
        if words_after[:2] in (["said", "its"], ["says", "its"]) and len(words_after) > 2 \
                and (words_after[2],) in self.possessed | self.its:
            return True
        # "X shares rose", "X's chief executive"
        if words_after[:1] == ["shares"] and after[:1] == " " and len(words_after) > 1 and words_after[1] in _MOVES:
            return True
        m = re.match(r"^['’]s\s([a-z]+(?:\s[a-z]+)?)", after)
        if m and any(tuple(m.group(1).split()[:k]) in self.possessed for k in (1, 2)):
            return True
        if any(tuple(before[-k:]) in self.before for k in (1, 2, 3)):
            return True
        # "vice president of business development for X": a job whose employer X is
        if before and before[-1] == "for":
            for w in reversed(before[-7:-1]):
                if not w.isalpha():
                    break
                if w in self.jobs:
                    return True
        return False

"""A quote the article left open, with a new attribution before the next opening mark:
"He said: “A. “B. He added: “C.”" - the first quote ends with the sentence before "He added:".

Why its own module: BBC copy opens every sentence of a long quote with a mark and closes only
the last, so a second opener inside an open quote is read as the same quote going on. When
the writer forgot a closing mark, that reading swallowed the narrative sentence that
introduces the next quote ("… never fully explained. He added: “The entire league …”") and
everything after it: one span running into the reporter's words (half right at best) and
the next speaker's words lost inside it ("… Rovers boss Len Ashcroft said: “…”"). Read
narrowly: the stretch between the last sentence end and the second opener is one short
clause of its own, starting with a capital, holding a reporting verb
(patterns/quotes/reporting_verbs.txt, by simple inflection) and ending with a colon.
"""
from __future__ import annotations

import re

from ...nlp.resources import load_wordlist

# the last sentence end before the opener: ". ", "? ", "! " (a closing mark may follow)
_END = re.compile(r"[.?!][\"'”’]?\s+")
_WORD = re.compile(r"[A-Za-z]+")
_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "spoke": "speak",
              "went": "go", "put": "put"}
MAX_CLAUSE = 80     # characters of the introducing clause


def _reports(word: str, verbs: frozenset[str] | set[str]) -> bool:
    """Is `word` a form of a reporting verb ("added", "says", "replied", "told")?"""
    w = word.lower()
    forms = {w, _IRREGULAR.get(w, w)}
    if w.endswith("s"):
        forms.add(w[:-1])
    if w.endswith("ed"):
        forms.update((w[:-2], w[:-1]))
    if w.endswith("ied"):
        forms.add(w[:-3] + "y")
    return bool(forms & set(verbs))


def reopened_at(text: str, inside: int, opener: int) -> int | None:
    """When the open quote whose words start at `inside` should end before the opening mark
    at `opener` because a sentence of attribution comes between ("… promoted. He added: “"),
    the offset just past that sentence end; else None."""
    stretch = text[inside:opener]
    if not stretch.rstrip().endswith(":"):
        return None
    ends = list(_END.finditer(stretch))
    if not ends:
        return None
    last = ends[-1]
    clause = stretch[last.end():].strip()
    if not clause or len(clause) > MAX_CLAUSE or not clause[0].isupper() or '"' in clause:
        return None
    verbs = load_wordlist("quotes/reporting_verbs.txt")
    if not any(_reports(w, verbs) for w in _WORD.findall(clause)):
        return None
    return inside + last.start() + 1


# the words right after a closing mark up to the next sentence or clause end
_AFTER = re.compile(r"[^.?!;:“”\"]{0,60}")


def cue_follows(text: str, at: int) -> bool:
    """Does an attribution clause follow the closing mark ending at `at` ("…,” Woodard said,
    though …", "…,” said the chairman")? A reporting verb form among its first three words."""
    clause = _AFTER.match(text, at).group(0).split(",")[0]
    verbs = load_wordlist("quotes/reporting_verbs.txt")
    return any(_reports(w, verbs) for w in _WORD.findall(clause)[:3])

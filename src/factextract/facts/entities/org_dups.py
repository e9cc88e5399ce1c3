"""One organisation, one entity, and no fragments: the joins and drops made on the grouped
entities of an article, after the short names of org_joins.py.

- An acronym the article never defines ("the IOC", "EC") joins the one organisation whose long
  name it spells: initials with "of", "and", "&"... skipped ("International Olympic Committee"),
  its capitals ("UK Independence Party" ~ UKIP), or a prefix form ("XYZ" ~ "XYZ Fund
  Management", the rest a company's tail word). The long name stays the entity's name.
- A short form that is a long name less its leading place or nationality word ("Senate" of "US
  Senate", "Commission" of "European Commission", "Customs" of "US Customs Service") joins it
  when exactly one long name fits, and never for a party or a body every nation has ("Labour"
  is not "Scottish Labour").
- Fragments: a mention whose neighbouring capitalised words make the name of another entity of
  the article ("Madrid" in "Real Madrid", "Group" in "Menatep Group") belongs to that entity; a
  word cut from a title ("Health" of "Health Secretary") is no entity.
Groups are {"type", "keys", "mentions", "votes"} with lowercase keys and (start, end) mentions.
"""
from __future__ import annotations

import re
from itertools import islice
from collections.abc import Callable

from ...nlp.resources import load_groups
from .acronyms import initials
from .lexicon import ORG_SUFFIXES

ORG = "organisations"
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}$")
# an acronym written as a word, house style of some papers: "Bat" of "British American Tobacco"
_WORD_ACRONYM = re.compile(r"[A-Z][a-z]{2,4}$")
_LINKS = {"of", "for", "and", "the", "&", "de"}
_REACH = 160  # characters either side of a mention where its name's other words can be
_CAP_WORD = re.compile(r"[A-Z][\w'&.-]*$")


def org_dup_words() -> dict[str, frozenset[str]]:
    """group ("office", "head", "keep") -> lowercase entries of patterns/entities/org_dups.txt."""
    return load_groups("entities/org_dups.txt")


class OrgDuplicates:
    """Joins an organisation's other names to it and drops the fragments of names."""

    def __init__(self, tails: frozenset[str], place_words: set[str],
                 canonical: Callable[[str], str] = lambda key: key) -> None:
        """`canonical` maps a name's key to its referent's (the alias table: "uk" -> "united kingdom")."""
        words = org_dup_words()
        self.canonical = canonical
        self.tails = tails
        self.place_words = frozenset(place_words)
        self.offices = words.get("office", frozenset())
        self.heads = words.get("head", frozenset())
        self.keep = words.get("keep", frozenset())

    def apply(self, text: str, groups: list[dict]) -> list[dict]:
        groups = self._headline_fused(text, groups)
        groups = self._fragments(text, groups)
        groups = self._acronyms(text, groups)
        return self._place_short_forms(text, groups)

    # -- acronyms ----------------------------------------------------------------------
    def spells(self, acronym: str, long_name: str) -> bool:
        """Does the long name (as written) spell the acronym: initials, capitals or a prefix form?"""
        words = re.split(r"[\s-]+", long_name.strip())
        if len(words) < 2 or acronym.lower() in self.place_words:   # "US" of "US Airways" is the country
            return False
        if acronym in words:   # "BT Together" is BT's product, "IAAF Council" a body of the IAAF
            rest = [w.lower() for w in words[1:]]
            return words[0] == acronym and rest[-1] in self.tails and not any(w in self.place_words for w in rest)
        return initials(words) == acronym or "".join(c for c in long_name if c.isupper()) == acronym

    def _acronyms(self, text: str, groups: list[dict]) -> list[dict]:
        orgs = [g for g in groups if g["type"] == ORG]
        merged: set[int] = set()
        for g in groups:
            forms = {text[s:e].strip() for s, e in g["mentions"]}
            if len(forms) != 1:
                continue
            acr = forms.pop()
            if _WORD_ACRONYM.match(acr):   # only the initials of a name of as many words
                owners = [o for o in orgs if o is not g and id(o) not in merged
                          and any(_spelled_by_initials(acr, name) for name in _names(text, o))]
            elif _ACRONYM.match(acr):
                owners = [o for o in orgs if o is not g and id(o) not in merged
                          and any(self.spells(acr, name) for name in _names(text, o))]
            else:
                continue
            if len(owners) == 1:
                _merge(owners[0], g)
                merged.add(id(g))
        return [g for g in groups if id(g) not in merged]

    # -- short forms less a place word -----------------------------------------------------
    def _shorts(self, key: str) -> set[str]:
        """The short forms of a long name key less its place word ("customs", "customs service")."""
        words = key.split()
        if len(words) < 2 or words[0] not in self.place_words:
            return set()
        rest = words[1:]
        out = {" ".join(rest)}
        if len(rest) >= 2 and rest[-1] in self.heads:
            out.add(" ".join(rest[:-1]))
        return out - self.keep - self.place_words

    def _place_short_forms(self, text: str, groups: list[dict]) -> list[dict]:
        orgs = [g for g in groups if g["type"] == ORG]
        shorts = {id(o): set().union(*(self._shorts(k) for k in o["keys"])) for o in orgs}
        merged: set[int] = set()
        for g in orgs:
            if any(text[s:e].isupper() for s, e in g["mentions"]):
                continue
            owners = [o for o in orgs if o is not g and id(o) not in merged and g["keys"] <= shorts[id(o)]]
            if len(owners) == 1:
                _merge(owners[0], g)
                merged.add(id(g))
        return [g for g in groups if id(g) not in merged]

    # -- names fused from a headline's words ---------------------------------------------------
    def _headline_fused(self, text: str, groups: list[dict]) -> list[dict]:
        """A name of several words found only in the headline ("Digital UK driven by net") whose
        first or last words are another entity's name in the article is that entity's mention:
        the headline's capitals fused a common word to it."""
        head_end = text.find("\n")
        if head_end < 0:
            return groups
        body = " ".join(text[head_end:].replace("-", " ").lower().split())
        key_owner = {k: g for g in groups for k in g["keys"]}
        out = []
        for g in groups:
            spans = g["mentions"]
            if not all(e <= head_end for _, e in spans) or any(" " + k + " " in " " + body + " " for k in g["keys"]):
                out.append(g)
                continue
            kept = []
            for s, e in spans:
                words = list(re.finditer(r"\S+", text[s:e]))
                parts = []   # the longest part, then the one the article names most
                for n in range(len(words) - 1, 0, -1):
                    for piece, rest in ((words[:n], words[n:]), (words[-n:], words[:-n])):
                        if any(self._name_word(w.group()) for w in rest):
                            continue   # "Bank of England", "Leeds United Football Club": one name
                        a, b = s + piece[0].start(), s + piece[-1].end()
                        owner = key_owner.get(self.canonical(" ".join(text[a:b].replace("-", " ").lower().split())))
                        if owner is not None and owner is not g:
                            parts.append((n, len(owner["mentions"]), owner, (a, b)))
                best = max(parts, key=lambda p: p[:2], default=None)
                part = best and best[2:]
                if part is None:
                    kept.append((s, e))
                else:
                    part[0]["mentions"].append(part[1])
            if kept:
                g["mentions"] = kept
                out.append(g)
        return out

    # -- fragments ---------------------------------------------------------------------
    def _fragments(self, text: str, groups: list[dict]) -> list[dict]:
        key_owner: dict[str, dict] = {}
        for g in groups:
            for k in g["keys"]:
                key_owner.setdefault(k, g)
        taken = {m for g in groups for m in g["mentions"]}
        out = []
        for g in groups:
            kept = []
            for s, e in g["mentions"]:
                if g["type"] != "people" and self._title_word(text, s, e):
                    continue
                longer = self._longer_name(text, s, e, key_owner, g, self.canonical)
                if longer is None:
                    kept.append((s, e))
                    continue
                owner, span = longer
                inside = [m for m in taken if m != (s, e) and m != span and m[0] < span[1] and span[0] < m[1]]
                if inside:   # another name already sits in the longer span: leave both as they are
                    kept.append((s, e))
                    continue
                if span not in taken:
                    owner["mentions"].append(span)
                    taken.add(span)
            if kept:
                g["mentions"] = kept
                out.append(g)
        return out

    def _name_word(self, word: str) -> bool:
        """A word that holds a name together rather than a common word a headline capitalised:
        a link ("of", "&") or an organisation's last word ("Bank", "Club", "Holdings")."""
        low = word.lower().strip(".,:;'’\"")
        return low in _LINKS or low in self.tails or low in ORG_SUFFIXES

    def _title_word(self, text: str, s: int, e: int) -> bool:
        """"Health" of "Health Secretary": a capitalised word right before a title's last word (a
        name of several words stays: "Home Office Minister" names the Home Office)."""
        name = text[s:e]
        if name.isupper() or not name[:1].isupper() or not name.isalpha() or name.lower() in self.place_words:
            return False   # "Scotland Secretary Alistair Darling": the place stays
        m = re.match(r" ([A-Z][a-z]+)\b", text[e:e + 20])
        return m is not None and m.group(1).lower() in self.offices

    @staticmethod
    def _longer_name(text: str, s: int, e: int, key_owner: dict[str, dict], g: dict,
                     canonical: Callable[[str], str]) -> tuple[dict, tuple[int, int]] | None:
        """The other entity whose name the mention's capitalised neighbours complete, with the span."""
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        # four words either side at most: a window, not the whole paragraph, is searched
        line_start = max(line_start, s - _REACH)
        before = list(re.finditer(r"\S+", text[line_start:s]))[-4:]
        after = list(islice(re.finditer(r"\S+", text[e:min(line_end, e + _REACH)]), 4))
        lefts = [s]
        for m in reversed(before):
            w = m.group()
            if not (_CAP_WORD.match(w) or w.lower() in _LINKS) or not text[line_start + m.end():lefts[-1]].isspace():
                break
            lefts.append(line_start + m.start())
        rights = [e]
        for m in after:
            w = re.sub(r"[,.;:!?'’\"]+$|'s$|’s$", "", m.group())
            if not (_CAP_WORD.match(w) or w.lower() in _LINKS) or not text[rights[-1]:e + m.start()].isspace():
                break
            rights.append(e + m.start() + len(w))
        best = None
        for a in lefts:
            for b in rights:
                if (a, b) == (s, e):
                    continue
                key = " ".join(text[a:b].replace("-", " ").lower().split())
                for k in (key, key[4:] if key.startswith("the ") else None):
                    owner = key_owner.get(canonical(k)) if k else None
                    if owner is not None and owner is not g and (best is None or b - a > best[1][1] - best[1][0]):
                        best = (owner, (a + (4 if k != key else 0), b))
        return best


def _names(text: str, group: dict) -> list[str]:
    return list(dict.fromkeys(text[s:e] for s, e in group["mentions"]))


def _merge(owner: dict, g: dict) -> None:
    owner["keys"] |= g["keys"]
    owner["mentions"] += g["mentions"]


def _spelled_by_initials(acronym: str, long_name: str) -> bool:
    """"Bat" ~ "British American Tobacco": one capitalised word per letter, no word skipped."""
    words = re.split(r"[\s-]+", long_name.strip())
    return len(words) == len(acronym) and all(w[:1].isupper() for w in words) \
        and "".join(w[0] for w in words).lower() == acronym.lower()

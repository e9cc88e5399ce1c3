"""Bands the model did not propose at all, found by a sure band cue and then every use.

"Rock band U2 break ticket record", "Oasis singer Liam Gallagher", "soul group the O'Jays",
"the ex-Hole singer": the model often proposes nothing for a band's name (a letter and a
digit, a common word, a plural). A reader knows it is a band from one sure cue: a band noun
right before the name ("rock band X", "the group X") or a member's word right after it with
the member's name or "the"/"former" around it ("X frontman Bono", "former X singer"). The name
found so is proposed as an organisation at every use the article makes of it that no other
proposal covers. Never in sports reports ("group B"), never a place, a demonym, a name that
starts with a given name ("duo Jayne Torvill") or a word the article writes in lower case.
Words are data: patterns/entities/work_evidence.txt (band_noun, band_member).
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .given_names import given_names
from .lexicon import Lexicon
from .proposal import Proposal, overlapping, replace
from .tokens import TokenView, written_in_lower_case

_LEADS = frozenset(("former", "ex", "-", "the", "late"))   # words before a member's cue ("former X singer")


def _is_name_word(text: str) -> bool:
    """A capitalised word or a letters-and-digits name ("U2", "D12", "O'Jays")."""
    return text[:1].isupper() and any(c.isalpha() for c in text) and len(text) > 1 or text == "&"


class BandProposals:
    """Proposes organisations for bands that only a band cue names."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.w = load_groups("entities/work_evidence.txt")
        self.given = given_names()

    def _ok(self, v: TokenView, s: int, e: int) -> bool:
        """May tokens [s, e) be a band's name?"""
        if e <= s or e - s > 4 or v.texts[e - 1] == "&":
            return False
        name = " ".join(v.texts[s:e])
        low = name.lower()
        if low in self.lex.places or low in self.lex.demonyms or low in self.lex.skip \
                or v.lowers[s] in self.given or low in self.w["not_work"] \
                or low in self.w["not_band"] or v.lowers[s] in self.lex.titles \
                or any(v.lowers[k].endswith(("-born", "-based")) for k in range(s, e)):
            return False
        # a sentence-start word or one the article writes in lower case ("Former", "Devon" aside)
        return not (e - s == 1 and v.toks[s].is_sent_start and written_in_lower_case(v.text, name))

    def _after_noun(self, v: TokenView, i: int) -> tuple[int, int] | None:
        """The name right after the band noun at i ("rock band U2", "the group the O'Jays")."""
        T, L = v.toks, v.lowers
        s = i + 1
        if s < len(T) and L[s] == "the":
            s += 1
        e = s
        while e < len(T) and e < s + 4 and _is_name_word(v.texts[e]):
            e += 1
        # "skating duo Maria Kessler and Tomas Brandt": a pair of people, not a band
        if e + 1 < len(T) and L[e] == "and" and T[e + 1].is_title:
            return None
        return (s, e) if self._ok(v, s, e) else None

    def _before_member(self, v: TokenView, i: int) -> tuple[int, int] | None:
        """The name right before the member's word at i ("Oasis singer Liam Gallagher")."""
        T, L = v.toks, v.lowers
        e = i
        if e > 0 and v.texts[e - 1] in ("'s", "’s"):
            e -= 1
        s = e
        while s > 0 and s > e - 4 and L[s - 1] not in _LEADS and (_is_name_word(v.texts[s - 1]) or (
                # "Blazin' Squad": an apostrophe that ends a word
                s > 1 and v.texts[s - 1] in ("'", "’") and not T[s - 2].whitespace_ and _is_name_word(v.texts[s - 2]))):
            s -= 1
        while s < e and (L[s] in self.lex.demonyms or (T[s].is_sent_start and L[s] in _LEADS)):
            s += 1
        person_next = i + 1 < len(T) and T[i + 1].is_title and T[i + 1].is_alpha
        led = s > 0 and L[s - 1] in _LEADS
        if not (person_next or led) or (s > 0 and v.texts[s - 1][:1].isupper() and L[s - 1] not in _LEADS):
            return None
        return (s, e) if self._ok(v, s, e) else None

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> None:
        """Adds the missed bands' proposals (in place)."""
        if sports:
            return
        names: set[tuple[str, ...]] = set()
        for i, low in enumerate(v.lowers):
            if not v.toks[i].is_lower:
                continue
            if low in self.w["band_noun"]:
                found = self._after_noun(v, i)
            elif low in self.w["band_member"]:
                found = self._before_member(v, i)
            else:
                continue
            if found and self._free(spans, *found):
                names.add(tuple(v.texts[found[0]:found[1]]))
        for key in names:
            n = len(key)
            for s in range(len(v.texts) - n + 1):
                if v.texts[s] == key[0] and tuple(v.texts[s:s + n]) == key and self._free(spans, s, s + n) \
                        and not (s + n < len(v.texts) and _is_name_word(v.texts[s + n])) \
                        and not (s > 0 and _is_name_word(v.texts[s - 1]) and not v.toks[s - 1].is_sent_start):
                    replace(spans, Proposal(s, s + n, "organisations", "band"))

    @staticmethod
    def _free(spans: list[Proposal], s: int, e: int) -> bool:
        """No proposal covers [s, e) but pieces inside it ("Blazin" of "Blazin' Squad")."""
        return all(s <= sp.s and sp.e <= e and (sp.s, sp.e) != (s, e) for sp in overlapping(spans, s, e))

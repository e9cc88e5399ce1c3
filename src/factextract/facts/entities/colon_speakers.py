"""Is a name before a colon a person's (a headline's speaker or columnist) or a work's title?

"Call of Duty: Finest Hour" is a title and its subtitle, but news headlines put a person's
name before a colon just as often: the speaker of what follows ("Rush Limbaugh: Hillary
Asking Voters to Trust Her", "Gordon Brown: Budget Will Help Families") or a columnist's
byline ("Coral Davenport: Climate Talks Stall"). Both open their line or sentence (in running
text, "films such as Robin Hood: Prince of Thieves", the colon joins a title). A reader takes
the name at the start of a line or sentence for a person's when
- it starts with a given name the lexicon knows and the words after the colon name no kind of
  work ("Harry Potter: The Musical" is still a title);
- or the article uses the name (or its last word, the surname) as a person's elsewhere: an
  honorific or a role noun right before it ("Mr Limbaugh", "radio host Rush Limbaugh"), a
  speech verb right after or before it ("Limbaugh told", "said Coral Davenport"), or "By"
  before it at the start of a line (a byline);
- or the words after the colon are a clause: a modal or auxiliary in title case ("Labour
  Will Win", "Economy Is Safe") or a quotation mark.
Then the colon gives no work evidence (work_referents.py); other work evidence still counts.
A name right after a colon ("Campaign Trail: Joe Biden Visits Ohio") is likewise a person's by
a given name or a use elsewhere, not a subtitle ("Medal of Honor: Pacific Assault").
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import PERSON_BEFORE, SPEECH_VERBS, Lexicon
from .tokens import TokenView

_QUOTES = frozenset(('"', "'", "‘", "“"))


class ColonSpeakers:
    """Says whether the name at tokens [s, e), right before a colon, is a person's."""

    def __init__(self, lex: Lexicon, given: frozenset[str] | set[str]) -> None:
        w = load_groups("entities/colon_speakers.txt")
        self.given = given
        self.work_nouns = w["subtitle_noun"]   # "The Musical", "The Movie": a subtitle names a work
        self.honorifics = w["honorific"]
        self.clause_words = w["clause_word"]   # "Will", "Is", "Must" after the colon: a clause
        self.roles = PERSON_BEFORE | lex.person_roles | w["role"]
        self.speech = SPEECH_VERBS | w["speech_verb"]
        self.function_words = w["function_word"]

    def person(self, v: TokenView, s: int, e: int) -> bool:
        """Is the name [s, e) before the colon at e a person's (so no title before a subtitle)?"""
        T, L = v.toks, v.lowers
        if not self._line_start(v, s):
            return False   # "films including Robin Hood: Prince of Thieves": a title in running text
        after = self._after(v, e + 1)
        if any(L[k] in self.work_nouns for k in after):
            return False   # "Harry Potter: The Musical"
        if L[s] in self.given:
            return True
        if e + 1 < len(T) and T[e + 1].text in _QUOTES:
            return True
        if any(L[k] in self.clause_words for k in after):
            return True
        return self._used_as_person(v, tuple(v.texts[s:e]))

    def person_after(self, v: TokenView, s: int, e: int) -> bool:
        """Is the name [s, e), right after a colon, a person's ("Campaign Trail: Joe Biden Visits
        Ohio", "Week in Review: Dale Harwick"), not a subtitle ("Medal of Honor: Pacific Assault")?
        A given name first, or the article uses the name as a person's elsewhere."""
        if any(v.lowers[k] in self.work_nouns for k in range(s, e)):
            return False
        return v.lowers[s] in self.given or self._used_as_person(v, tuple(v.texts[s:e]))

    @staticmethod
    def _line_start(v: TokenView, s: int) -> bool:
        """Does the name open its line or sentence, where a headline puts its speaker?"""
        T = v.toks
        return s == 0 or T[s].is_sent_start or "\n" in T[s - 1].text or "\n" in T[s - 1].whitespace_

    @staticmethod
    def _after(v: TokenView, k: int) -> list[int]:
        """The capitalised words right after the colon, up to the end of the line or sentence."""
        T = v.toks
        out = []
        while k < len(T) and len(out) < 10 and "\n" not in T[k].text and T[k].text not in (".", "!", "?"):
            if T[k].is_alpha and T[k].is_title:
                out.append(k)
            if "\n" in T[k].whitespace_:
                break
            k += 1
        return out

    def _used_as_person(self, v: TokenView, key: tuple[str, ...]) -> bool:
        """Does the article use the name, or its surname, as a person's somewhere?"""
        T, L, X = v.toks, v.lowers, v.texts
        n = len(T)
        # the surname alone only for a name shaped like a person's: two or three capitalised
        # words, no function word ("Reclaim Our Schools said" is no "Schools said")
        named = 2 <= len(key) <= 3 and all(x[:1].isupper() and x[1:].islower() and x.lower() not in self.function_words
                                            for x in key)
        forms = {key, key[-1:]} if named else {key}
        for s in range(n):
            for form in forms:
                e = s + len(form)
                if e > n or tuple(X[s:e]) != form:
                    continue
                before = L[s - 1] if s > 0 else ""
                if before in self.honorifics or before.rstrip(".") in self.honorifics:
                    return True
                if s > 0 and T[s - 1].is_lower and (before in self.roles or before in self.speech):
                    return True
                if e < n and T[e].is_lower and L[e] in self.speech:
                    return True
                if before == "by" and (s < 2 or "\n" in T[s - 2].text or "\n" in T[s - 2].whitespace_):
                    return True
        return False

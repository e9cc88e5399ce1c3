"""Where someone works: the name after a job noun or a person's name is an organisation.

News copy gives a source's employer right after the job or the name: "said Ann Lee at Harwell
Stockbrokers", "deputy editor at PC Monthly", "Tom Hale, chief of Brightline", "a spokesperson
from Ofcast". The model often leaves these names out: one or two capitalised words it does not
know. A capitalised name (up to four words, "&" inside) right after a lowercase job noun and
"at"/"of"/"from", or right after a person's proposed full name and "at" (not in a sports report, where
a player is "at Wimbledon"), is proposed as an organisation when nothing covers it yet.

Not an employer: a place a gazetteer or the towns list knows ("president of France", "head of
Lagos"), a nationality ("head of North American sales"), a name that is only a modifier of a
noun after it ("head of UK equities", "of Aberdeen-based", "of Germany's panel"), a
capitalised job ("Director of Public Prosecutions": a title), or a name cut before a number ("at
Bet 365"). Words are data:
patterns/entities/employer_cues.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import MONTHS, Lexicon
from .proposal import Proposal
from .tokens import POSSESSIVES, TokenView, capitalised

ORGS = "organisations"
_MOST = 4   # words of an employer's name
_MODIFIED = ("NOUN", "PROPN", "ADJ", "NUM")   # a lowercase word after the name that it modifies


class EmployerNames:
    """Proposes the organisation named after a job noun or a person's name (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        w = load_groups("entities/employer_cues.txt")
        self.jobs, self.preps, self.after_person = w["job"], w["preposition"], w["after_person"]
        self.place_jobs, self.speech = w["place_job"], w["speech"]
        self.not_names = lex.places | lex.towns | lex.countries | lex.demonyms | lex.skip

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> None:
        T, L, n = v.toks, v.lowers, len(v.toks)
        covered = {k for sp in spans for k in range(sp.s, sp.e)}
        # a full name (two words at least): a lone "Oscar" may be the model's person for an award
        person_ends = {sp.e for sp in spans if sp.type == "people" and sp.e - sp.s >= 2}
        places = {(sp.s, sp.e): sp for sp in spans if sp.type == "places" and sp.src == "model"}
        for k in range(1, n - 1):
            if L[k] not in self.preps:
                continue
            job = L[k - 1] in self.jobs and T[k - 1].is_lower
            person = not sports and L[k] in self.after_person and (k in person_ends or self._source(v, k))
            if not (job or person):
                continue
            s = k + 1
            if L[s] == "the" and s + 1 < n:   # "editor of The Daily Post": the article stays out
                s += 1
            e = self._run(v, s)
            place = places.get((s, e))
            if place is not None and job and L[k - 1] not in self.place_jobs and self._employer(v, s, e):
                place.type, place.src = ORGS, "cue"   # "chief of Brightline": no place a gazetteer knows
                continue
            if e == s or any(j in covered for j in range(s, e)) or not self._employer(v, s, e):
                continue
            spans.append(Proposal(s, e, ORGS, "cue"))
            covered.update(range(s, e))

    def _source(self, v: TokenView, k: int) -> bool:
        """Is there a source's name of two or three capitalised words right before token k, after a
        speech verb ("said Ann Lee at X"), that no proposal covers yet?"""
        j = v.cap_run_before(k, 3)
        return k - j >= 2 and j > 0 and v.lowers[j - 1] in self.speech and v.toks[j - 1].is_lower

    @staticmethod
    def _run(v: TokenView, s: int) -> int:
        """End of a name of up to _MOST capitalised words starting at s, "&" inside ("Holt & Lee")."""
        T, n = v.toks, len(v.toks)
        word = lambda j: j < n and (T[j].is_alpha or T[j].text.isalnum()) and capitalised(T[j].text) \
            and v.lowers[j] not in MONTHS and not v.opens_line(j)
        e, words = s, 0
        while words < _MOST and word(e):
            e, words = e + 1, words + 1
            if e + 1 < n and v.texts[e] == "&" and word(e + 1):
                e += 1
        return e

    def _employer(self, v: TokenView, s: int, e: int) -> bool:
        """Is the run [s, e) a name of its own, not a place, a nationality or a modifier?"""
        T, L, n = v.toks, v.lowers, len(v.toks)
        name = v.txt(s, e).lower()
        if name in self.not_names or L[e - 1] in self.lex.demonyms:
            return False
        if e < n:
            nxt = T[e]
            if L[e] in POSSESSIVES or (v.texts[e] == "-" and not nxt.whitespace_ and not T[e - 1].whitespace_):
                return False   # "of Germany's panel", "of Aberdeen-based"
            if nxt.is_lower and nxt.is_alpha and nxt.pos_ in _MODIFIED:
                return False   # "head of UK equities", "of MMS firm Adamind"
            if v.numeric[e]:
                return False   # "at Bet 365": a name with a number in it, cut
        return True

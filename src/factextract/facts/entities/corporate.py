"""Organisations the model missed or typed as people: found by the words news copy puts around
a company, a bank, a band or an agency, and settled for every mention of the name at once.

A cue that only ever introduces an organisation ("the band X", "shares in X", "an economist at
X", "administrators X", "X Games") proposes the capitalised name after it when nothing covers
it. A name the model typed a person (or a non-gazetteer place) becomes an organisation, in all
its mentions, when one of them has corporate evidence (those cues, weaker ones such as "rival
X" or "takeover of X", "X's chief executive", "X shares", "X, the company") and none has a
person's (an honorific, a given name, a part of a person's full name): a single capitalised
word that never comes with a first name but comes with shares and profits is a company.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from ...nlp.resources import load_wordlist
from .camel_brands import brand_shaped
from .given_names import given_names
from .lexicon import GAZETTEER_IDS, MONTHS, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE, ORG_POSSESSED, Lexicon
from .proposal import Proposal
from .tokens import POSSESSIVES as _POSSESSIVE, TokenView, capitalised

# proposals whose type a corporate cue may change: what the model, a shape or a propagation guessed
JOB_OR_COMPANY = frozenset(load_wordlist("entities/job_or_company.txt"))
_RETYPABLE = ("model", "prop", "given", "shape", "cue", "org_suffix")
# sources that are a person's evidence whatever the cues say
_PERSON_SOURCES = ("honorific", "competitor", "team", "scorecard")
_LIST_BREAKS = frozenset({",", "-", "\u2013", "\u2014", ":"})
_PREPOSITIONS = frozenset("at in on for from by with of to into after before during since under across near".split())


def _cues() -> dict[str, frozenset[tuple[str, ...]]]:
    """patterns/entities/org_recall_cues.txt: group -> its cues as word tuples."""
    return {g: frozenset(tuple(w.split()) for w in ws) for g, ws in load_groups("entities/org_recall_cues.txt").items()}


_CUES = _cues()
PROPOSE = _CUES["propose"]
RETYPE = _CUES["retype"] | PROPOSE | {(w,) for w in ORG_NOUNS_BEFORE}
APPOSITIVE = frozenset(w[0] for w in _CUES["appositive"])
# one-word company nouns, as cues before a name ("firm X", "exchange X")
COMPANY_NOUNS = frozenset(w[0] for w in PROPOSE if len(w) == 1) | APPOSITIVE
SUFFIX = frozenset(w[0] for w in _CUES["suffix"])
LIST_START = _CUES["list"]
AFTER2 = _CUES["after2"]
AFTER = ORG_NOUNS_AFTER | {w[0] for w in _CUES["after"]}
POSSESSED = frozenset(_CUES["possessed"]) | {(w,) for w in ORG_POSSESSED} | {("chief", "executive")}


class CorporateNames:
    """Proposes organisations after company cues and retypes a referent's every mention by them."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.given = given_names()

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        self._propose(v, spans)
        self._retype(v, spans)
        self._lists(v, spans)

    # -- cues ---------------------------------------------------------------------------
    @staticmethod
    def _cue_before(v: TokenView, s: int, cues: frozenset[tuple[str, ...]]) -> bool:
        """Is the name at token s right after a lowercase cue of one or two words?"""
        for n in (1, 2):
            if s - n >= 0 and tuple(v.lowers[s - n:s]) in cues and v.texts[s - 1].islower():
                return True
        return False

    def _corporate(self, v: TokenView, s: int, e: int) -> bool:
        """Does the mention at tokens [s, e) have a company's words around it?"""
        L, n = v.lowers, len(v.toks)
        if self._cue_before(v, s, RETYPE):
            return True
        if L[e - 1] in _POSSESSIVE or (e < n and L[e] in _POSSESSIVE):
            k = e if L[e - 1] in _POSSESSIVE else e + 1
            if k < n and any(tuple(L[k:k + m]) in POSSESSED for m in (1, 2)) and v.texts[k].islower():
                return True
        elif e < n and L[e] in AFTER and v.texts[e].islower():
            return True
        if e < n and v.texts[e].islower() and any(tuple(L[e:e + m]) in AFTER2 for m in (2, 3, 4)):
            return True
        # "The company, GlaxoSmithKline, is to ...", "developer, Rockstar, which": the noun in apposition before the name
        if s >= 2 and L[s - 1] == "," and L[s - 2] in APPOSITIVE and v.texts[s - 2].islower() \
                and e < n and L[e] == ",":
            return True
        # "Tarnwell, one of Scotland's biggest brewers": a plural company noun after "one of"
        if e + 3 < n and L[e:e + 3] == [",", "one", "of"]:
            for j in range(e + 3, min(e + 10, n)):
                if L[j] in APPOSITIVE and L[j].endswith("s") and v.texts[j].islower():
                    return j + 1 >= n or L[j + 1] not in _POSSESSIVE
                if L[j] in (",", ".", ";", "and"):
                    break
        # "Hardie, the company", "Gazprom, a state-owned gas giant"
        # "Highfield said that it intends ...", "Tenbury said its profits ...": a speaker that is an "it"
        if e + 1 < n and L[e] in ("said", "says") and (L[e + 1] == "its" or L[e + 1:e + 3] == ["that", "it"]):
            return True
        # (not a fronted place: "At Gatwick, the company wrote")
        if e + 2 < n and L[e] == "," and L[e + 1] in ("the", "a", "an") and (s == 0 or L[s - 1] not in _PREPOSITIONS):
            for j in range(e + 2, min(e + 8, n)):
                if L[j] in APPOSITIVE and v.texts[j].islower():
                    return j + 1 >= n or L[j + 1] not in ("of", "'s", "’s")
                if not v.toks[j].is_alpha and v.texts[j] != "-":
                    break
        return False

    # -- proposing ------------------------------------------------------------------------
    def _propose(self, v: TokenView, spans: list[Proposal]) -> None:
        """A capitalised name after a cue that only introduces organisations, or ending in a
        company word ("Ridgeway Games"), that nothing covers yet."""
        T, L = v.toks, v.lowers
        # an organisation cut at a hyphen after a letter ("F" of "company F-Secure") gets the rest
        # (not "Fiat" of "the Fiat-GM deal": two names)
        for sp in spans:
            if sp.type == "organisations" and sp.e - sp.s == 1 and len(v.texts[sp.s]) <= 2 and sp.e < len(T) \
                    and v.texts[sp.e] == "-":
                e = self._run(v, sp.s)
                if e > sp.e and not any(o is not sp and o.s < e and sp.e <= o.s for o in spans):
                    sp.e = e
        covered = {k for sp in spans for k in range(sp.s, sp.e)}
        honorific_words = {L[k] for sp in spans if sp.src == "honorific" for k in range(sp.s, sp.e)}
        for i in range(1, len(T)):
            if i in covered or not (T[i].is_alpha and (capitalised(T[i].text) or brand_shaped(T[i].text))) \
                    or L[i] in MONTHS:
                continue
            if self._cue_before(v, i, PROPOSE) or self._such_as(v, i):   # "companies such as eDonkey"
                e = self._run(v, i)
                # a person's name: "Ilse Marrow" ... "Mrs Marrow" (but "retailer John Lewis" is a company)
                person_shaped = any(L[k] in honorific_words for k in range(i, e))
                if e > i and not person_shaped and not any(k in covered for k in range(i, e)) \
                        and v.txt(i, e).lower() not in self.lex.places:
                    spans.append(Proposal(i, e, "organisations", "cue"))
                    covered.update(range(i, e))
        # "Ridgeway Networks", "Holt & Partners": a run ending in a company word
        for i in range(1, len(T)):
            if L[i] in SUFFIX and capitalised(T[i].text) and i not in covered and i - 1 not in covered:
                s = v.cap_run_before(i, 4)
                if s > 1 and L[s - 1] == "&":
                    s = v.cap_run_before(s - 1, 3)
                while s < i and L[s] in ("the", "a", "an"):
                    s += 1
                if s < i and not any(k in covered for k in range(s, i + 1)) \
                        and v.txt(s, i + 1).lower() not in self.lex.skip and v.txt(s, i).lower() not in self.lex.places:
                    spans.append(Proposal(s, i + 1, "organisations", "cue"))
                    covered.update(range(s, i + 1))

    @staticmethod
    def _run(v: TokenView, s: int, most: int = 4) -> int:
        """End of a name of up to `most` capitalised words (letters and digits: "X1"), joined by "&"
        or a hyphen inside ("Smith & Nephew", "F-Secure", "Four-Kings")."""
        T, n = v.toks, len(v.toks)
        word = lambda k: T[k].text[:1].isupper() and T[k].text.isalnum() and v.lowers[k] not in MONTHS
        if s < n and brand_shaped(T[s].text):
            return s + 1   # "eDonkey": a name of one word
        e, words = s, 0
        while e < n and words < most and word(e):
            e, words = e + 1, words + 1
            while e + 1 < n and v.texts[e] in ("&", "-") and word(e + 1) \
                    and (v.texts[e] == "&" or T[e].idx == T[e - 1].idx + len(T[e - 1]) == T[e + 1].idx - 1):
                e += 2
        return e

    @staticmethod
    def _at_start(v: TokenView, i: int) -> bool:
        """Does token i start a sentence, a line or a quotation (where every word is capitalised)?"""
        return i == 0 or v.toks[i].is_sent_start or v.toks[i - 1].is_space or "\n" in v.texts[i - 1] \
            or (v.texts[i - 1] in ('"', "“", "‘", "'") and not v.toks[i - 1].whitespace_)   # an opening quote

    @staticmethod
    def _key(v: TokenView, s: int, e: int) -> tuple[str, ...]:
        """A name's words, without a possessive or punctuation at its edges ("ex-Yukos" -> "Yukos")."""
        while s < e and not v.toks[s].is_alpha and not v.numeric[s]:
            s += 1
        while e > s and (v.lowers[e - 1] in _POSSESSIVE or not (v.toks[e - 1].is_alpha or v.numeric[e - 1])):
            e -= 1
        return tuple(v.lowers[s:e])

    # -- retyping -------------------------------------------------------------------------
    def _retype(self, v: TokenView, spans: list[Proposal]) -> None:
        """Every mention of a name becomes an organisation when one has corporate evidence and
        none a person's."""
        T = v.toks
        key = lambda sp: self._key(v, sp.s, sp.e)
        person_words: set[str] = set()
        honorific_words: set[str] = set()
        not_org: set[tuple[str, ...]] = set()
        for sp in spans:
            words = [t for t in T[sp.s:sp.e] if t.is_alpha]
            if sp.src == "honorific":
                honorific_words.update(t.lower_ for t in words)
            if sp.type == "people" and ((len(words) >= 2 and " " in v.txt(sp.s, sp.e).strip()) or sp.src in _PERSON_SOURCES):
                person_words.update(t.lower_ for t in words)
            if sp.src in _PERSON_SOURCES or sp.src in GAZETTEER_IDS or sp.src == "dateline" \
                    or " ".join(key(sp)) in self.lex.places:
                not_org.add(key(sp))
        # the evidence of every use of a name, also those no proposal covers yet ("rival Euronext")
        keys = {key(sp) for sp in spans if sp.src in _RETYPABLE and sp.type != "organisations"} - not_org
        keys.discard(())
        firsts: dict[str, list[tuple[str, ...]]] = {}
        for k in keys:
            firsts.setdefault(k[0], []).append(k)
        evidence: set[tuple[str, ...]] = set()
        mid: set[tuple[str, ...]] = set()   # names capitalised somewhere other than a sentence's start
        for i, low in enumerate(v.lowers):
            for k in firsts.get(low, ()):
                if tuple(v.lowers[i:i + len(k)]) == k and capitalised(v.texts[i]):
                    if not self._at_start(v, i):
                        mid.add(k)
                    if k not in evidence and self._corporate(v, i, i + len(k)):
                        evidence.add(k)
        evidence &= mid   # "Rap boss arrested": a common word at a headline's start
        for sp in spans:
            if sp.type == "people" and sp.src in _RETYPABLE and sp.e - sp.s >= 2 and v.lowers[sp.e - 1] in SUFFIX \
                    and capitalised(v.texts[sp.e - 1]):
                sp.type, sp.src = "organisations", "cue"   # "Grant & Partners", "Vantry Ltd"
        for sp in spans:
            k = key(sp)
            if k not in evidence or k in not_org or sp.type == "organisations" or sp.src not in _RETYPABLE:
                continue
            if any(w in person_words or w in self.given for w in k if w.isalpha()) and " " not in v.txt(sp.s, sp.e).strip():
                continue
            if any(w in honorific_words for w in k):
                continue   # "founder of the consultancy Jeanne-Marie Gescher" ... "Mrs Gescher"
            if sp.type == "people" and k[0] in self.given and sp.s > 0 and v.lowers[sp.s - 1] in JOB_OR_COMPANY:
                continue   # "publisher Jason O-Grady": a job before a given name
            if " " in v.txt(sp.s, sp.e).strip() and sp.type == "people" and not self._cue_before(v, sp.s, PROPOSE) \
                    and not any(self._cue_before(v, o.s, PROPOSE) for o in spans if key(o) == k):
                continue   # a full name needs a cue that only introduces organisations ("the band X")
            sp.type, sp.weak, sp.src = "organisations", False, "cue"

    # -- lists ----------------------------------------------------------------------------
    def _list_cue(self, v: TokenView, s: int) -> bool:
        """A list that a company noun introduces: "firms such as X, Y and Z", "rivals X and Y"."""
        return self._cue_before(v, s, PROPOSE) or self._cue_before(v, s, LIST_START) or self._such_as(v, s)

    @staticmethod
    def _such_as(v: TokenView, s: int) -> bool:
        """A company noun, then "such as", "including" or "like" before token s: "firms such as X"."""
        L = v.lowers
        # "drug companies, including X and Y", "retailers - including X, Y and Z": a comma, dash or
        # colon may part the company noun from "including"
        c = 1 if s >= 4 and L[s - 3] in _LIST_BREAKS else 0
        return s >= 3 and tuple(L[s - 2:s]) in (("such", "as"),) and (L[s - 3 - c],) in PROPOSE | LIST_START \
            or s >= 2 and L[s - 1] in ("including", "like") \
            and (L[s - 2 - (L[s - 2] in _LIST_BREAKS)],) in PROPOSE | LIST_START

    def _lists(self, v: TokenView, spans: list[Proposal]) -> None:
        """In a list of three or more names of which most (two at least) are organisations ("HMV, Monsoon, Body
        Shop and Tesco"), a lone name the model typed a person or a place (no gazetteer's), or missed, is one too."""
        T, L, n = v.toks, v.lowers, len(v.toks)
        by_start = {sp.s: sp for sp in spans}
        covered = {k for sp in spans for k in range(sp.s, sp.e)}
        person_words = {t.lower_ for sp in spans if sp.type == "people" and (sp.src in _PERSON_SOURCES or
                        " " in v.txt(sp.s, sp.e).strip()) for t in T[sp.s:sp.e]}
        i = 0
        while i < n:
            items: list[tuple[int, int, Proposal | None]] = []
            j = i
            while j < n:
                sp = by_start.get(j)
                if sp is not None:
                    items.append((sp.s, sp.e, sp))
                    j = sp.e
                elif j not in covered and T[j].is_alpha and (capitalised(T[j].text) or brand_shaped(T[j].text)) \
                        and not T[j].is_sent_start \
                        and L[j] not in MONTHS:
                    e = self._run(v, j, 3)
                    e = next((k for k in range(j, e) if k in covered), e)
                    items.append((j, e, None))
                    j = e
                else:
                    break
                k = j
                if k < n and L[k] == ",":
                    k += 1
                if k < n and L[k] in ("and", "or"):
                    k += 1
                if k == j or k >= n:
                    break
                j = k
            orgs = sum(1 for *_, sp in items if sp is not None and sp.type == "organisations" and sp.src != "prop")
            # a list with a person's full name in it ("LL Cool J, DMX, Ja Rule"), or that starts a
            # paragraph (a line-up: "Gordon, Webster, Miller ..."), is no list of companies
            no_list = bool(items) and (any(sp is not None and sp.type == "people" and " " in v.txt(sp.s, sp.e) for *_, sp in items)
                          or "\n" in v.text[max(0, v.idx[items[0][0]] - 2):v.idx[items[0][0]]]
                          or items[0][0] == 0)
            # most of its names already organisations: a line-up or a list of seats with two
            # names the model took for clubs is no list of companies
            if not no_list and ((len(items) >= 3 and orgs >= 2 and 2 * orgs > len(items))
                              or (len(items) >= 2 and self._list_cue(v, items[0][0]))):
                for s, e, sp in items:
                    # "D Dal Maso": an initial and a surname (but "X-Friend" is one name)
                    initial = e - s >= 2 and len(v.texts[s]) == 1 and v.texts[s + 1] != "-"
                    if sp is None and not initial and v.txt(s, e).lower() not in self.lex.skip \
                            and v.txt(s, e).lower() not in self.lex.places:
                        spans.append(Proposal(s, e, "organisations", "cue"))
                    elif sp is not None and sp.type in ("people", "places") and sp.src in ("model", "prop") \
                            and sp.e - sp.s == 1 and L[sp.s] not in person_words and L[sp.s] not in self.given \
                            and L[sp.s] not in self.lex.places:
                        sp.type, sp.src = "organisations", "cue"
            i = max(j, i + 1) if items else i + 1

"""Is a name a work (film, song, album, book, game, TV show) or a band? Weighed per referent.

A reader decides what "Ray" or "Keane" is from the whole article: one mention says "the film
Ray", "Mary Poppins star Julie Andrews", "her leading role in Elizabeth", "The Aviator won best
film", "rock band Keane", "Blur guitarist Graham Coxon", "Keane were"; the other mentions have
no cue at all. So every textual use of a proposed name is looked at (also the uses the model
did not propose), and the evidence decides for all mentions at once:
- band evidence (and no more work evidence): the name is an organisation;
- work evidence and no artist evidence ("X's new album" is an artist's): every mention goes.
A title's own shape is evidence too: function words capitalised inside it ("Learn To Be
Lonely"), or quotation marks around exactly the name. Names a gazetteer knows and names after
an honorific are never weighed. The words are data: patterns/entities/work_evidence.txt.
"""
from __future__ import annotations

from collections import defaultdict

from ...nlp.resources import load_groups
from .colon_speakers import ColonSpeakers
from .given_names import given_names
from .lexicon import GAZETTEER_IDS, WORK_BEFORE, Lexicon
from .proposal import Proposal
from .tokens import TokenView
from .music_acts import MusicActs
from .work_cues import WorkCues
from .works import LIST_GAPS, _chains

_POSSESSIVE = ("'s", "’s", "'")
_QUOTE_PAIRS = {'"': '"', "'": "'", "‘": "’", "“": "”"}
_MODALS = frozenset(("would", "could", "should", "might", "must", "will", "may", "to", "and", ",", "or"))


def _evidence_words() -> dict[str, frozenset[str]]:
    return load_groups("entities/work_evidence.txt")


class WorkReferents:
    """Drops works and retypes bands as organisations, one decision per name over all its uses."""

    def __init__(self, lex: Lexicon, acts: MusicActs) -> None:
        self.lex = lex
        self.w = _evidence_words()
        self.given = given_names()
        self.cues = WorkCues(lex, self.w)   # more work evidence: "the cast of X", "X housemates"
        self.colon = ColonSpeakers(lex, self.given)   # "Rush Limbaugh: Hillary Asking ..." is a speaker
        self._sure = 0   # the current name's sure band evidence, counted by _around
        self.acts = acts   # the candidate finder's one MusicActs: its lists are built once
        self._solo: set[tuple[str, ...]] = set()   # names shaped like one person's (music_acts.py)

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> list[Proposal]:
        """The proposals with works dropped and bands typed as organisations."""
        groups: dict[tuple[str, ...], list[Proposal]] = defaultdict(list)
        for sp in spans:
            key = self._key(v, sp.s, sp.e)
            if key:
                groups[key].append(sp)
        if not groups:
            return spans
        self.cues.tails = []
        firsts: dict[str, list[int]] = defaultdict(list)
        wanted = {k[0] for k in groups}
        for i, x in enumerate(v.texts):
            if x in wanted:
                firsts[x].append(i)
        kinds: dict[tuple[str, ...], str] = {}
        sure: set[tuple[str, ...]] = set()   # bands by a band noun or a member's word, not a verb alone
        eligible: dict[tuple[str, ...], bool] = {}
        for key, group in groups.items():
            if any(sp.src == "band" for sp in group):   # a known act or a sure cue (music_acts.py, band_proposals.py)
                kinds[key] = "band"
                sure.add(key)
                continue
            if any(sp.src in GAZETTEER_IDS or sp.src in ("honorific", "dateline") for sp in group) \
                    or " ".join(key).lower() in self.lex.places or " ".join(key).lower() in self.w["not_work"]:
                continue
            # "Ricky Gervais won best comedy": a person's name is no title by a prize alone
            personal = all(sp.type == "people" for sp in group) and key[0].lower() in self.given
            placey = any(sp.type == "places" for sp in group)
            # a list member takes its list's kind ("Black Sabbath, Led Zeppelin and Iron Maiden")
            # unless it may be a person: a given name first, or one word typed a person ("Dido")
            eligible[key] = not personal and (len(key) > 1 or all(sp.type != "people" for sp in group))
            work = band = artist = self._sure = 0
            for s in firsts[key[0]]:
                e = s + len(key)
                if tuple(v.texts[s:e]) != key:
                    continue
                wk, bd, ar = self._around(v, s, e, sports, personal, placey)
                work, band, artist = work + wk, band + bd, artist + ar
            work += self._shape(v, group)
            if band and band >= work and not (personal and band < 2):   # one "were" after "Will Young"
                kinds[key] = "band"
                if self._sure:
                    sure.add(key)
            elif work and not artist:
                kinds[key] = "work"
            elif artist:
                eligible[key] = False
        if not kinds:
            return spans
        self._solo = {k for k, g in groups.items() if self.acts.soloist(k, [sp.type for sp in g])}
        if not sports:   # line-ups and results are lists of people and clubs
            self._lists(v, spans, kinds, eligible, "band" in kinds.values())
        for key, kind in kinds.items():
            if kind == "band":
                for sp in groups[key]:   # "band": a sure band is no person's surname (component.py)
                    sp.type, sp.weak = "organisations", False
                    if key in sure:
                        sp.src = "band"
        tails = [(ts, te) for key, ts, te in self.cues.tails if kinds.get(key) == "work"]   # "Prisoner of Azkaban"
        return [sp for sp in spans if kinds.get(self._key(v, sp.s, sp.e)) != "work"
                and not any(ts <= sp.s and sp.e <= te for ts, te in tails)]

    def _lists(self, v: TokenView, spans: list[Proposal], kinds: dict[tuple[str, ...], str],
               eligible: dict[tuple[str, ...], bool], band_article: bool = False) -> None:
        """Members of a list "X, Y and Z" with one decided kind take that kind (in place). In an
        article about a band, a list of three or more undecided names none of which may be a
        person's ("Rust Harbour, Iron Lantern and Paper Saints") is a list of bands."""
        for members in _chains(spans, lambda e, s: tuple(v.lowers[e:s]) in LIST_GAPS):
            keys = [self._key(v, sp.s, sp.e) for sp in members]
            found = {kinds[k] for k in keys if k in kinds}
            solo = self._solo if found else set()   # a decided band among them: soloists stay people
            if not found and band_article and len(set(keys)) >= 3 and all(eligible.get(k) for k in keys):
                found = {"band"}
            if len(found) == 1:
                kind = found.pop()
                for k in keys:
                    if k not in kinds and eligible.get(k) and k[-1].lower() not in self.w["institution_head"] \
                            and not (kind == "band" and k in solo):   # "Kanye West" among bands
                        kinds[k] = kind

    def _title_run(self, v: TokenView, k: int) -> int:
        """How many words of a title start at k: capitalised words, function words inside."""
        T, L = v.toks, v.lowers
        j = k
        while j < len(T) and j < k + 6 and T[j].is_alpha and (T[j].is_title or (j > k and L[j] in self.w["title_word"])):
            j += 1
        while j > k and not T[j - 1].is_title:
            j -= 1
        return j - k

    def _title_run_before(self, v: TokenView, k: int) -> int:
        """How many words of a title end at k (inclusive)."""
        T, L = v.toks, v.lowers
        j = k
        while j >= 0 and j > k - 6 and T[j].is_alpha and (T[j].is_title or (j < k and L[j] in self.w["title_word"])):
            j -= 1
        while j < k and not T[j + 1].is_title:
            j += 1
        return k - j

    @staticmethod
    def _key(v: TokenView, s: int, e: int) -> tuple[str, ...]:
        """The name's words as written, without a leading "The" or a trailing possessive."""
        while s < e and v.lowers[s] == "the":
            s += 1
        while e > s and v.texts[e - 1] in _POSSESSIVE:
            e -= 1
        return tuple(v.texts[s:e])

    def _shape(self, v: TokenView, group: list[Proposal]) -> int:
        """1 when a mention reads as a title: a function word capitalised inside it ("Learn To
        Be Lonely"), or quotation marks around exactly the name ('the "Tell Me" video')."""
        T, w = v.toks, self.w
        for sp in group:
            s, e = sp.s, sp.e
            words = [T[k] for k in range(s, e) if T[k].is_alpha]
            # (spaced words only: "Roc-A-Fella" is no title)
            if len(words) >= 3 and not all(t.is_upper for t in words) and any(
                    t.is_title and len(t) > 1 and t.lower_ in w["title_word"] and t.whitespace_ and T[t.i - 1].whitespace_
                    for t in words[1:-1]) \
                    and not all(t.is_title for t in T[s].sent if t.is_alpha):
                return 1
            # two words or more, in a pair of quotes ("Rangers' boss" after a quote is no title,
            # nor a one-word party name in scare quotes)
            if len(words) >= 2 and s >= 2 and e < len(T) and _QUOTE_PAIRS.get(T[s - 1].text) == T[e].text \
                    and (T[s - 2].is_lower or T[s - 2].is_punct):
                return 1
        return 0

    def _around(self, v: TokenView, s: int, e: int, sports: bool, personal: bool, placey: bool) -> tuple[int, int, int]:
        """(work, band, artist) evidence of the use of the name at tokens [s, e)."""
        T, L, w = v.toks, v.lowers, self.w
        n = len(T)
        work = band = artist = 0
        b = s - 1
        if b >= 0 and L[b] == "the":
            b -= 1
        qualifies = e < n and T[e].is_lower and T[e].pos_ == "NOUN"   # "Lemony Snicket novels"
        # "Medal of Honor: Pacific Assault": two words or more of a title on each side of a
        # colon (not a label: "Scorers: Dean Hale", "Pakistan: Amir Sohail"; never in sports)
        if not sports and s >= 3 and L[s - 1] == ":" and e - s >= 2 and self._title_run_before(v, s - 2) >= 2 \
                and all(T[k].is_title or L[k] in w["title_word"] for k in range(s, e)) \
                and not self.colon.person_after(v, s, e):   # "Campaign Trail: Joe Biden Visits ..."
            work += 1
        if b >= 0 and T[b].is_lower and not qualifies:
            low = L[b]
            if low in w["band_noun"]:
                # "skating duo Maria Kessler and Tomas Brandt": a pair of people
                band += not (e + 1 < n and L[e] == "and" and T[e + 1].is_title)
                self._sure += not (e < n and L[e] == "and")   # "rock band X": sure evidence
            elif low in w["work_noun"] or (low in WORK_BEFORE and T[b].pos_ == "NOUN") \
                    or (low == "hit" and b >= 1 and (T[b - 1].pos_ in ("DET", "ADJ") or L[b - 1] in w["hit_before"])):
                work += 1
            elif low in w["verb_work"]:
                work += 1
            elif low == "in" and b >= 1 and L[b - 1] in w["in_work"]:
                if L[b - 1] not in ("role", "roles") or (b >= 2 and L[b - 2] in w["role_word"]):
                    work += 1
        if e < n:
            nxt = L[e]
            if nxt in _POSSESSIVE and e + 1 < n:
                k = e + 1
                while k < n and k < e + 3 and L[k] in ("new", "latest", "last", "first", "debut", "lead", "former"):
                    k += 1
                if k < n and L[k] in w["band_member"]:
                    band += 1
                    self._sure += 1   # a band noun or a member: sure evidence
                elif k < n and L[k] in w["band_possessed"] or L[e + 1] in w["band_possessed"]:
                    artist += 1
            elif T[e].is_lower:
                person_next = e + 1 < n and T[e + 1].is_title and T[e + 1].is_alpha
                # "the Leicester singer" is a town's: without a person after, not for a place
                member_of = person_next or (s > 0 and L[s - 1] in ("the", "former") and not placey)
                if nxt in w["band_member"] and member_of and not sports:
                    band += 1
                    self._sure += 1   # a band noun or a member: sure evidence
                elif nxt in w["after_work_person"] and person_next and not sports:
                    work += 1
                elif nxt in w["band_verb"] and (s == 0 or L[s - 1] not in _MODALS) and not sports and not placey \
                        and (s == 0 or T[s - 1].pos_ != "ADP") \
                        and (s == 0 or not (T[s - 1].is_lower and T[s - 1].pos_ == "NOUN")) \
                        and not (s > 0 and L[s - 1] == "the" and T[s - 1].is_lower):
                    band += 1
            elif nxt == ":" and not sports and e - s >= 2 and not T[e - 1].whitespace_ \
                    and all(T[k].is_alpha and not T[k].is_upper for k in range(s, e)) \
                    and self._title_run(v, e + 1) >= 2 and not self.colon.person(v, s, e):
                work += 1   # "Call of Duty: Finest Hour", a title and its subtitle (colon_speakers.py)
            elif nxt == "," and e + 2 < n:
                if (L[e + 1] in w["comma_work"] and T[e + 2].is_title) or f"{L[e + 1]} {L[e + 2]}" in w["comma_work"]:
                    work += 1
            # "X won best film", "X was named best British group"; not "X's prize for best band"
            # ("X, which won best animation": the relative clause's verb is the name's)
            for k in range(e, min(n, e + 6) if not personal else e):
                if L[k] == "best":
                    run = set()
                    j = k + 1
                    while j < n and j < k + 5 and T[j].is_alpha and (T[j].is_lower or L[j] in self.lex.demonyms):
                        run.add(L[j])
                        j += 1
                    if run & w["best_person"]:
                        pass
                    elif run & w["best_work"]:
                        work += 1
                    elif run & w["best_band"]:
                        band += 1
                    break
                if T[k].pos_ not in ("VERB", "AUX", "ADV", "DET", "PART", "ADP") and L[k] not in ("which", "that") \
                        and not (k == e and L[k] == "," and k + 1 < n and L[k + 1] in ("which", "that")):
                    break
        work += self.cues.around(v, s, e, sports, placey)
        return work, band, artist

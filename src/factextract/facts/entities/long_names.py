"""Long official names the model cuts into pieces: at "and" or a comma inside a remit
("Department for Education and Skills", "Ministry of Economy, Trade and Industry"), at a second
"of"/"for" ("Board of Deputies of British Jews", "Northern Trust for the Support of Families of
Miners"), or before the head ("World Travel and Tourism Council", "Independent Police" +
"Complaints Commission"); and a nation's body named by its adjective ("Scottish Executive").

A piece joins only when it reads as part of a name and not as a name of its own: its words are
common words (a remit: "Skills", "Trade", "Development", not "Barclays" or "Wales"), no person's
or gazetteer's proposal covers it, and the article never uses it as a name by itself ("Treasury"
of "the Ministry of Defence and Treasury" stays apart). "of England and Wales" is fused.py's.
The words are data (patterns/entities/long_names.txt); the checks look only at the tokens
around organisation proposals.
"""
from __future__ import annotations

from ...nlp.extensions import warn
from ...nlp.resources import load_groups, load_wordlist
from .acronyms import definitions, initials
from .given_names import given_names
from .lexicon import GAZETTEER_IDS, MONTHS, ORG_HEADS, ORG_SUFFIXES, Lexicon
from .proposal import Proposal
from .spelled_names import is_minor, organisation_sign, spelled_by_prefixes
from .tokens import TokenView, capitalised, written_in_lower_case

ORG = "organisations"
_AND = ("and", "&")
_LINKS = ("of", "for", "on")


class LongNames:
    """Joins the pieces of one long official name and finds "Scottish Executive"."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        groups = load_groups("entities/long_names.txt")
        self.heads, self.topics, self.governments = groups["head"], groups["topic"], groups["government"]
        # every common English word, also those that are names too ("Cross", "Work", "Media")
        self.common = load_wordlist("entities/common_words.txt") | load_wordlist("entities/common_name_words.txt")
        self.given = given_names()
        self.org_heads = frozenset(self.heads | ORG_HEADS | ORG_SUFFIXES)

    def apply(self, v: TokenView, spans: list[Proposal]) -> list[Proposal]:
        self._governments(v, spans)
        self._model_names(v, spans)
        self._acronyms(v, spans)
        for sp in sorted(spans, key=lambda sp: sp.s):
            if sp in spans and sp.type == ORG:
                self._join_left(v, spans, sp)
                self._join_place(v, spans, sp)
                self._join_owners(v, spans, sp)
                for _ in range(3):   # "for the Support" + "of Families" + "of Miners"
                    if not (self._join_remit(v, spans, sp) or self._join_part(v, spans, sp)):
                        break
        return spans

    # -- words ---------------------------------------------------------------------------
    def _word(self, v: TokenView, k: int) -> bool:
        """A capitalised word that may stand in a name (no month or day, no line break before it)."""
        t = v.toks[k]
        return t.is_alpha and capitalised(t.text) and v.lowers[k] not in MONTHS

    def _run(self, v: TokenView, s: int, most: int = 3) -> int:
        """End of the capitalised words from s (hyphened pieces join: "Co-operation", "Low-fare"),
        or s when the run is longer than `most` words or crosses a line."""
        T, n = v.toks, len(v.toks)
        e, words = s, 0
        while e < n and self._word(v, e):
            if e > s and "\n" in T[e - 1].whitespace_:
                break
            e, words = e + 1, words + 1
            while e + 1 < n and v.texts[e] == "-" and not T[e - 1].whitespace_ and not T[e].whitespace_ \
                    and T[e + 1].is_alpha:
                e += 2
        return e if 0 < words <= most and not (e < n and self._word(v, e)) else s

    def _plain(self, v: TokenView, s: int, e: int) -> bool:
        """Are tokens [s, e) common words (a remit, not a name): no given name, place or demonym?"""
        if v.txt(s, e).lower() in self.lex.places:
            return False
        for k in range(s, e):
            w = v.lowers[k]
            if not v.toks[k].is_alpha or (k + 1 < e and v.texts[k + 1] == "-" and not v.toks[k].whitespace_):
                continue   # the first piece of a hyphened word ("Co" of "Co-operation")
            if w in self.lex.demonyms or w in self.lex.places:
                return False
            if w in self.given and not (k + 1 < e and v.lowers[k + 1] in self.common):
                return False   # a given name, unless a common word follows ("Red Cross", not "Red Smith")
            if not (w in self.common or w in self.topics or w in self.heads or written_in_lower_case(v.text, w)):
                return False
        return True

    # -- what may be absorbed -------------------------------------------------------------
    @staticmethod
    def _over(spans: list[Proposal], s: int, e: int) -> list[Proposal]:
        return [o for o in spans if o.s < e and s < o.e]

    def _free(self, v: TokenView, spans: list[Proposal], s: int, e: int, sp: Proposal, places: bool = False) -> bool:
        """May tokens [s, e) join `sp`? Only fragments lie over them (no person's, gazetteer's or
        longer name), and the article never names them alone elsewhere."""
        name = v.txt(s, e).lower()
        for o in self._over(spans, s, e):
            if o is sp:
                continue
            if o.s < s or o.e > e or o.type == "people" or (o.src in GAZETTEER_IDS and not (places and o.type == "places")):
                return False
        if places and name in self.lex.places:
            return True   # a place is named alone too ("Latin America" of "Economic Commission for Latin America")
        return not any(o is not sp and not (s <= o.s and o.e <= e) and v.txt(o.s, o.e).lower() == name for o in spans)

    @staticmethod
    def _alone(v: TokenView, pieces: list[tuple[int, int]], whole: str) -> bool:
        """Does the article write one of the pieces more often than the whole name, i.e. use it
        as a name by itself ("the Treasury" after "the Ministry of Defence and Treasury")?
        Counted only for a join about to be made, so rarely."""
        n = v.text.count(whole)
        return any(v.text.count(v.txt(a, b)) > n for a, b in pieces)

    @staticmethod
    def _absorb(spans: list[Proposal], sp: Proposal, s: int, e: int) -> None:
        spans[:] = [o for o in spans if o is sp or not (s <= o.s and o.e <= e)]
        sp.s, sp.e = min(sp.s, s), max(sp.e, e)

    def _tail(self, v: TokenView, sp: Proposal) -> int | None:
        """Start of the words after a name's last "of"/"for"/"on" ("Education" of "Department for
        Education"), None when it has none."""
        k = max((k for k in range(sp.s + 1, sp.e - 1) if v.lowers[k] in _LINKS), default=None)
        if k is None:
            return None
        return k + 2 if v.lowers[k + 1] == "the" else k + 1

    # -- joins ----------------------------------------------------------------------------
    def _join_remit(self, v: TokenView, spans: list[Proposal], sp: Proposal) -> bool:
        """"Department for Culture" + ", Media and Sport": a remit of common words continues
        through commas and one "and" (every piece common words, the last not an organisation's head)."""
        L, n = v.lowers, len(v.toks)
        tail = self._tail(v, sp)
        if tail is None or tail >= sp.e or not self._plain(v, tail, sp.e):
            return False
        j, end, pieces = sp.e, None, []
        while j + 1 < n and L[j] in (",",) + _AND:
            last = L[j] in _AND
            k = j + 1
            if not last and L[k] in _AND:
                k, last = k + 1, True
            e = self._run(v, k) if k < n else k
            if e == k or not self._plain(v, k, e) or (L[e - 1] in self.heads and not L[e - 1].endswith("s")):
                return False   # (a plural head is members: "of the Lifeboat and Mountain Rescue Societies")
            pieces.append((k, e))
            j = e
            if last:
                end = e
                break
        if end is None:
            return False
        if not self._free(v, spans, sp.e, end, sp) or self._alone(v, pieces, v.txt(sp.s, end)):
            # a remit's shape whose pieces are also names here: say so rather than guess silently
            warn(v.doc, f"organisations: {v.txt(sp.s, sp.e)!r} may go on as {v.txt(sp.s, end)!r} "
                        f"(one name or two?); kept apart")
            return False
        self._absorb(spans, sp, sp.e, end)
        return True

    def _join_part(self, v: TokenView, spans: list[Proposal], sp: Proposal) -> bool:
        """"Northern Trust" + "for the Support of Families of Miners", "Board of Deputies" + "of
        British Jews", "Joint Committee" + "on Human Rights": a body's head (or a remit of common
        words) takes the "of"/"for"/"on" part after it."""
        L, n = v.lowers, len(v.toks)
        j = sp.e
        if j + 1 >= n or L[j] not in _LINKS or not v.texts[j].islower():
            return False
        tail = self._tail(v, sp)
        if not (L[sp.e - 1] in self.heads or (tail is not None and tail < sp.e and self._plain(v, tail, sp.e)
                                              and L[j] == "of")):
            return False
        k = j + 2 if L[j + 1] == "the" and L[j] != "on" else j + 1
        e = self._run(v, k) if k < n else k
        if e == k:
            return False
        # a model fragment that starts here and runs on ("Care of Victims of Torture") comes whole
        frag = next((o for o in spans if o.s == k and o.e > e and o.type in (ORG, "places") and o.src == "model"), None)
        end = frag.e if frag is not None else e
        # a region a commission serves ("Economic Commission for Latin America"), not a party's
        places = L[j] == "of" or (L[j] == "for" and L[sp.e - 1] not in ("party", "bank", "club")
                                  and v.txt(k, e).lower() in self.lex.places)
        if not places and L[j] != "of" and not self._plain(v, k, e):
            return False   # "the Labour Party for Veritas": another name, not a remit
        place = v.txt(k, end).lower() in self.lex.places   # a place is named alone too ("Latin America")
        if not self._free(v, spans, k, end, sp, places) or (not place and self._alone(v, [(k, end)], v.txt(sp.s, end))):
            return False
        self._absorb(spans, sp, j, end)
        return True

    def _join_left(self, v: TokenView, spans: list[Proposal], sp: Proposal) -> None:
        """"World Travel" + "and Tourism Council", "Independent Police" + "Complaints Commission":
        common words before a body's head, joined by "and" or nothing, are its first words."""
        T, L = v.toks, v.lowers
        if L[sp.e - 1] not in self.heads or sp.s < 1 or not self._plain(v, sp.s, sp.e):
            return
        j = sp.s
        if L[j - 1] in _AND and j >= 2 and T[j - 2].whitespace_:
            j -= 1
        elif not (T[j - 1].whitespace_ == " " and self._word(v, j - 1)):
            return
        s = j
        while s > 0 and s > j - 3 and self._word(v, s - 1) and "\n" not in T[s - 1].whitespace_:
            s -= 1
        if s == j or (s > 0 and self._word(v, s - 1)) or not self._plain(v, s, j) or L[j - 1] in self.heads:
            return   # (a body of its own before "and": "Electoral Commission and National Union")
        if j == sp.s:   # no "and": only a fragment the model cut off
            if not any(o.s == s and o.e == j and o.type == ORG and o.src not in GAZETTEER_IDS for o in spans):
                return
        if not self._free(v, spans, s, j, sp) or self._alone(v, [(s, j)], v.txt(s, sp.e)):
            return
        self._absorb(spans, sp, s, sp.e)

    def _governments(self, v: TokenView, spans: list[Proposal]) -> None:
        """"the Scottish Executive", "Welsh Assembly": a nation's adjective before a government's
        head, both capitalised, is a body the model often leaves out."""
        T, L = v.toks, v.lowers
        for k in range(1, len(T)):
            if L[k] not in self.governments or not T[k].is_title or L[k - 1] not in self.lex.demonyms \
                    or not T[k - 1].is_title or "\n" in T[k - 1].whitespace_:
                continue
            e = k + 1
            over = self._over(spans, k - 1, e)
            if any(o.type == ORG for o in over) or any(o.s < k - 1 or o.e > e for o in over):
                continue
            spans[:] = [o for o in spans if o not in over]
            spans.append(Proposal(k - 1, e, ORG, "shape"))

    def _model_names(self, v: TokenView, spans: list[Proposal]) -> None:
        """"National Union" of the model's "National Union of Students": a shape or a split cut the
        model's organisation before its "of"/"for" part; the part comes back when only fragments
        of the model's name lie over it."""
        for ent in v.doc.ents:
            if ent.label_ != "ORG" or len(ent) < 3:
                continue
            for sp in spans:
                if sp.type != ORG or not (ent.start <= sp.s < sp.e < ent.end) or v.lowers[sp.e] not in ("of", "for") \
                        or not all(self._word(v, k) or v.lowers[k] in ("of", "for", "the", "and", "&")
                                   for k in range(sp.e, ent.end)) or not self._word(v, ent.end - 1):
                    continue
                if any(o is not sp and (o.s < sp.e or o.e > ent.end or o.type == "people" or o.src in GAZETTEER_IDS)
                       for o in self._over(spans, sp.e, ent.end)) or "\n" in v.text[v.idx[sp.e]:v.idx[ent.end - 1]]:
                    continue
                self._absorb(spans, sp, sp.e, ent.end)
                break

    def _join_place(self, v: TokenView, spans: list[Proposal], sp: Proposal) -> None:
        """"UK" + "Independence Party", "China" + "Construction Bank": a place written right
        before a body whose first words are common words is the first word of its name."""
        T, L = v.toks, v.lowers
        if L[sp.e - 1] not in self.heads or sp.s < 1 or T[sp.s - 1].whitespace_ != " ":
            return
        first = sp.s + 1 if L[sp.s] == "the" else sp.s
        if first >= sp.e - 1 or not self._plain(v, first, sp.e - 1):
            return
        place = next((o for o in spans if o.e == sp.s and o.type == "places"), None)
        if place is None:   # a country's name the model left out ("China" of "China Construction Bank")
            k = next((k for k in range(max(0, sp.s - 3), sp.s) if v.txt(k, sp.s).lower() in self.lex.countries
                      and not self._over(spans, k, sp.s)), None)
            place = Proposal(k, sp.s, "places", "country") if k is not None else None
        if place is None or not all(self._word(v, k) for k in range(place.s, place.e)) \
                or (place.s > 0 and (self._word(v, place.s - 1) or v.texts[place.s - 1] in ("'s", "’s"))):
            return
        start = place.s
        while start >= 2 and v.texts[start - 1] == "-" and not v.toks[start - 2].whitespace_ \
                and not v.toks[start - 1].whitespace_ and self._word(v, start - 2):
            start -= 2   # "EU-India Trade and Technology Review Commission"
        spans[:] = [o for o in spans if not (start <= o.s and o.e <= place.e)]
        sp.s = start

    def _join_owners(self, v: TokenView, spans: list[Proposal], sp: Proposal) -> None:
        """"Workers'" + "Educational Association": a plural common noun's possessive right before a
        body's name of common words is its first word."""
        T, L = v.toks, v.lowers
        s = sp.s - 2
        if s < 0 or L[sp.e - 1] not in self.heads or v.texts[sp.s - 1] not in ("'", "’") or T[sp.s - 1].whitespace_ != " " \
                or T[s].whitespace_ or not self._word(v, s) or not L[s].endswith("s") or (s > 0 and self._word(v, s - 1)):
            return
        if self._plain(v, s, s + 1) and self._plain(v, sp.s, sp.e) and not self._over(spans, s, s + 2):
            sp.s = s

    def _acronyms(self, v: TokenView, spans: list[Proposal]) -> None:
        """"European Low-fare Airlines Association (ELAA)", "Scottish and Newcastle (S&N)": the
        words an acronym in brackets spells are one organisation's name; a piece of it the model
        found ("Airlines Association") grows to it, a place inside it ("Newcastle") goes."""
        ends = {v.idx[k] + len(v.texts[k]): k + 1 for k in range(len(v.toks))} if "(" in v.text else {}
        for m in definitions(v.text) if ends else ():
            e = ends.get(len(v.text[:m.start()].rstrip()))
            if e is None:
                continue
            acr, letters = m.group(1), "".join(c for c in m.group(1) if c.isalpha()).upper()
            s = self._spelled(v, e, letters)
            if s is None:
                s = self._spelled_by_prefixes(v, e, acr)
            if s is None:
                continue
            over = self._over(spans, s, e)
            if any(o.s < s or o.e > e or (o.type == "people" and o.src != "model") for o in over):
                continue
            org = next((o for o in over if o.e == e and o.type == ORG), None)
            if org is None and not ("&" in acr or v.lowers[e - 1] in self.heads
                                    or organisation_sign(v.texts[s:e], self.org_heads)):
                continue   # no organisation's sign: "Identification Friend or Foe (IFF)"
            if org is None:
                org = Proposal(s, e, ORG, "shape")
                spans.append(org)
            self._absorb(spans, org, s, e)

    def _spelled(self, v: TokenView, e: int, letters: str) -> int | None:
        """Start of the shortest run of capitalised words (with "of", "and", "&" ... inside) ending
        at e whose initials or capitals spell `letters`, None when there is none."""
        T = v.toks
        s = e
        while s > 0 and e - s < 10 and "\n" not in T[s - 1].whitespace_:
            s -= 1
            if not (self._word(v, s) or v.lowers[s] in ("of", "and", "&", "for", "the", "-") or
                    (v.texts[s].islower() and s > 0 and v.texts[s - 1] == "-")):
                return None
            if self._word(v, s) and v.texts[s][0].upper() == letters[0]:
                name = v.txt(s, e)
                caps = "".join(c for c in name if c.isupper())
                if initials(name.replace("-", " ").split()) == letters or caps == letters:
                    return s if e - s >= 2 else None
        return None

    def _spelled_by_prefixes(self, v: TokenView, e: int, acr: str) -> int | None:
        """Start of the longest run of capitalised and minor words ending at e whose first letters
        spell `acr` ("Network Authority for Registered Names and Codes" ~ Narnac), None when
        none does (spelled_names.py)."""
        T, best = v.toks, None
        s = e
        while s > 0 and e - s < 12 and "\n" not in T[s - 1].whitespace_:
            s -= 1
            if not (self._word(v, s) or is_minor(v.texts[s])):
                break
            if self._word(v, s) and spelled_by_prefixes(acr, v.texts[s:e]):
                best = s
        return best

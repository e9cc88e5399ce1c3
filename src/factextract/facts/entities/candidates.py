"""Proposing and typing entity mentions, before they are grouped (see entities.py).

The statistical model's entities are the starting point; rules correct them where news copy
has conventions the model was not trained on:

- gazetteers (countries, cities, regions, international bodies) from the ruler, matched
  case-insensitively so ALL-CAPS headlines and datelines are covered, override the model's type
  for the same span but never cut a longer name ("Bank of England" stays whole);
- organisation shapes ("Acme Corp", "Ministry of Finance") and person cues (titles, "P. Smith",
  "Name (Country)" in results, "X, a senior analyst at ...");
- a dateline ("BELGRADE 1996-08-30", "SEOUL, Oct 19") names a place;
- in results and standings tables a club followed by its scores is an organisation, even when
  it is named after a city (a country stays a place: national teams);
- headlines in capitals or Title Case fool the model: what it finds there is kept only when a
  rule or the body of the article confirms it;
- every later use of a name (and a person's surname) found in the article is a mention too.

All of it works on token indices; the caller turns spans into character offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc

from ...nlp.ruler import RULER_KEY
from ...nlp.resources import jsonl_files, load_jsonl, load_wordlist

LABEL_TYPES = {"PERSON": "people", "ORG": "organisations", "GPE": "places", "LOC": "places", "FAC": "places"}
GAZETTEER_IDS = {"country", "city", "region", "body"}
CRICKET_CUES = {"b", "c", "st", "lbw"}
CUT_TOKENS = {"(", ")", "[", "]", ",", ";", "v", "vs", "vs.", "at", "AT", "or", "/"}
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d$")
_BOWLING = re.compile(r"\d+(?:\.\d)?-\d+-\d+-\d+$")   # overs-maidens-runs-wickets
# anchored at word starts: unanchored, a word without the letter/digit is retried from each of
# its characters (quadratic in its length); the matches are the same
_WORD = re.compile(r"(?<!\S)\S*[^\W\d_]\S*")
_NUMBER_WORD = re.compile(r"(?<!\S)\S*\d\S*")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_UPPER = re.compile(r"[^A-ZÀ-ÖØ-Þ]+")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
_DATELINE = re.compile(
    r"(?=[A-Z])(?:^|(?<=\n)|(?<=[.!?] ))([A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*){0,3})"
    r"(?:, ([A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*){0,3}))?"
    r"(?: \d{4}-\d\d-\d\d\b|,? (?:\([A-Za-z ]+\) )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d"
    r"| \([A-Za-z .]+\) [-–—])")
_PHOTO_CREDIT = re.compile(r"\(([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,2})\)\s*$")
ACRONYM_DEF = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,9}[A-Z]|[A-Z]{2,})\s*\)")


@dataclass
class Proposal:
    """A proposed mention on token indices [s, e)."""
    s: int
    e: int
    type: str
    src: str              # model | gazetteer id | shape | cue | prop ...
    weak: bool = False    # model output on a headline line: kept only when confirmed


def _cue_words() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for row in load_wordlist("entities/cue_words.txt"):
        group, _, word = row.partition(":")
        groups.setdefault(group.strip(), set()).add(word.strip().lower())
    return {g: frozenset(w) for g, w in groups.items()}


_CUES = _cue_words()
MONTHS = _CUES["months"]
ORG_NOUNS_AFTER = _CUES["org_after"]
ORG_NOUNS_BEFORE = _CUES["org_before"]
PLACE_NAME_HEADS = _CUES["place_name_head"]
PLACE_NOUNS_AFTER = _CUES["place_after"]
PLACE_NOUNS_OF = _CUES["place_of"]
PLACE_HEADS = _CUES["acronym_place_head"]
ORG_HEADS = _CUES["acronym_org_head"]
SPEECH_VERBS = _CUES["speech_verb"]
NAME_PARTICLES = _CUES["name_particle"]


_MINOR_WORDS = {"of", "and", "the", "for", "on", "in", "de", "du", "des", "la", "le", "&", "to", "at"}


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w.lower() not in _MINOR_WORDS and w[0].isalpha()).upper()


def acronym_matches(acronym: str, long_form: str) -> bool:
    """True when the capitals of the long form spell the acronym ("Joint Chiefs of Staff" ~ JCS)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = re.split(r"[\s-]+", long_form)
    if initials(words) == "".join(letters):
        return True
    caps = "".join(c for c in long_form if c.isupper())
    if len(letters) >= 2 and caps == "".join(letters):
        return True
    return len(letters) >= 2 and len(words) >= 2 and _letters_in_order(acronym, long_form)


def _letters_in_order(acronym: str, long_form: str) -> bool:
    """Schwartz & Hearst's test: the acronym's letters occur in the long form in order (read
    from the end), the first at the start of a word ("Demilitarised Zone" ~ DMZ)."""
    a, long_form = acronym.lower(), long_form.lower()
    j = len(long_form) - 1
    for i in range(len(a) - 1, -1, -1):
        c = a[i]
        if not c.isalnum():
            continue
        while j >= 0 and (long_form[j] != c or (i == 0 and j > 0 and long_form[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return True


def _numeric(text: str) -> bool:
    if text.isalpha():  # most tokens: words
        return False
    return any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


class CandidateFinder:
    def __init__(self) -> None:
        self.person_roles = {w.lower() for w in load_wordlist("entities/person_roles.txt")}
        # never names by themselves: not propagated
        self.skip = {w.lower() for f in ("demonyms", "not_entities") for w in load_wordlist(f"entities/{f}.txt")}
        self.sports_words = {w.lower() for w in load_wordlist("entities/sports_words.txt")}
        self.club_cues: dict[tuple[str, bool], set[str]] = {}
        for row in load_wordlist("entities/club_cues.txt"):
            where, _, word = row.partition(":")
            strong = word.startswith("strong:")
            self.club_cues.setdefault((where, strong), set()).add(word.removeprefix("strong:").lower())
        self.event_heads = {w.lower() for w in load_wordlist("entities/event_heads.txt")}
        self.titles: set[str] = set()
        self.gaz_forms: dict[str, set[str]] = {}
        self.countries: set[str] = set()
        self.places: set[str] = set()
        self.bodies: set[str] = set()
        for path in jsonl_files("entities"):
            for row in load_jsonl(path):
                pat = row.get("pattern")
                if isinstance(pat, str):
                    self.gaz_forms.setdefault(pat.lower(), set()).add(pat)
                    if row.get("id") == "country":
                        self.countries.add(pat.lower())
                    if row.get("label") in ("GPE", "LOC"):
                        self.places.add(pat.lower())
                    elif row.get("label") == "ORG":
                        self.bodies.add(pat.lower())
                elif row.get("id") == "person_title":
                    self.titles |= set(pat[0]["LOWER"]["IN"])

    # -- public -------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Proposal]:
        # tokens and their strings made once: spaCy builds a new Token object per index access
        self.T, self.text = list(doc), doc.text
        self.texts = [t.text for t in self.T]
        self.lowers = [x.lower() for x in self.texts]
        self.idx = [t.idx for t in self.T]
        numeric = [_numeric(x) for x in self.texts]
        self.sports = self._is_sports(doc)
        headline = self._headline_tokens(doc)
        spans = [Proposal(e.start, e.end, LABEL_TYPES[e.label_], "model", weak=headline[e.start])
                 for e in doc.ents if e.label_ in LABEL_TYPES]
        spans = self._split_numbers(spans, numeric)
        for sp in spans:
            if sp.e - sp.s > 1 and self.T[sp.s].lower_ == "the":
                sp.s += 1
        spans = self._merge_ruler(doc, spans, headline)
        spans = [self._extend_hyphen(doc, sp) for sp in self._person_prefixes(spans)]
        self._datelines(doc, spans)
        self._photo_credits(doc, spans)
        self._cues(doc, spans, numeric)
        self._tables(doc, spans, numeric)
        self._clubs(doc, spans)
        self._team_sheets(spans, numeric)
        self._acronyms(doc, spans)
        spans = [sp for sp in spans if not self._in_compound(sp) and not self._in_event(sp)]
        spans = self._confirm_headlines(doc, spans)
        spans = self._propagate(doc, spans, headline)
        return sorted(spans, key=lambda sp: sp.s)

    # -- helpers ------------------------------------------------------------------------
    def _txt(self, s: int, e: int) -> str:
        return self.text[self.T[s].idx:self.T[e - 1].idx + len(self.T[e - 1])] if e > s else ""

    @staticmethod
    def _overlapping(spans: list[Proposal], s: int, e: int) -> list[Proposal]:
        return [sp for sp in spans if sp.s < e and s < sp.e]

    @staticmethod
    def _replace(spans: list[Proposal], new: Proposal) -> None:
        spans[:] = [sp for sp in spans if not (sp.s < new.e and new.s < sp.e)]
        spans.append(new)

    def _cut(self, k: int, numeric: list[bool]) -> bool:
        """Tokens a name never runs across: numbers, brackets, " - ", commas, "v", "at", "or"."""
        t = self.T[k]
        return numeric[k] or t.text in CUT_TOKENS or (t.text == "-" and t.whitespace_ and k > 0
                                                          and self.T[k - 1].whitespace_)

    def _split_numbers(self, spans: list[Proposal], numeric: list[bool]) -> list[Proposal]:
        """In tables the model runs names and scores together ("Ayr 6 Berwick 0"), and names with
        what follows ("Hizbollah (Party of God", "Interfax news"): cut, trim lowercase edges."""
        out = []
        for sp in spans:
            s = sp.s
            for k in range(sp.s, sp.e + 1):
                if k == sp.e or self._cut(k, numeric):
                    a, b = s, k
                    while b > a and self.T[b - 1].is_lower and self.T[b - 1].is_alpha and not (
                            b - 2 >= a and self.T[b - 2].text == "-" and not self.T[b - 2].whitespace_):
                        b -= 1   # "Interfax news", but not the "myung" of "Jae-myung"
                    while b > a and (self.T[a].lower_ in MONTHS or (self.T[a].is_lower and self.T[a].is_alpha
                                                                    and self.T[a].lower_ != "the")):
                        if self.T[a].is_lower and self.T[a].lower_ in NAME_PARTICLES:
                            break
                        a += 1
                    if b > a and any(t.is_alpha for t in self.T[a:b]):
                        out.append(Proposal(a, b, sp.type, sp.src, sp.weak))
                    s = k + 1
        return out

    def _headline_tokens(self, doc: Doc) -> list[bool]:
        """Per token: is it on a line in capitals or Title Case (a headline, a table heading)?"""
        flags = [False] * len(self.T)
        text = self.text
        pos = 0
        tok = 0
        for line in text.split("\n"):
            end = pos + len(line)
            n_letters = len(_NOT_LETTER.sub("", line))
            shouting = n_letters >= 4 and len(_NOT_UPPER.sub("", line)) >= 0.9 * n_letters
            title_case = False
            if not shouting and n_letters >= 4:
                words = _WORD.findall(line)
                long_words = [w for w in words if len(w) > 3]
                title_case = (len(words) >= 4 and len(long_words) >= 3
                              and sum(w[0].isupper() for w in long_words) >= 0.85 * len(long_words)
                              and len(_NUMBER_WORD.findall(line)) < 3)
            first, tok = tok, bisect_left(self.idx, end, lo=tok)
            if shouting or title_case:  # tokens of this line (a newline token starts before pos)
                for k in range(first, tok):
                    flags[k] = self.idx[k] >= pos
            pos = end + 1
        return flags

    def _extend_hyphen(self, doc: Doc, sp: Proposal) -> Proposal:
        """"Yoon Suk-yeol": the model often stops at the hyphen of a given name."""
        e = sp.e
        if (sp.type == "people" and e + 1 < len(self.T) and self.T[e].text == "-" and not self.T[e - 1].whitespace_
                and not self.T[e].whitespace_ and self.T[e + 1].text.isalpha() and self.T[e + 1].text.islower()):
            sp.e = e + 2
        b = sp.s
        if sp.type == "people" and b >= 2 and self.T[b - 1].text == "-" and not self.T[b - 1].whitespace_ \
                and not self.T[b - 2].whitespace_ and self.T[b - 2].is_alpha and _capitalised(self.T[b - 2].text):
            sp.s = b - 2   # "Joe-Max Moore"
        return sp

    def _person_prefixes(self, spans: list[Proposal]) -> list[Proposal]:
        """"Broker Khurshid Alam", "Sri Lanka S. Perera": a role word or a country before a person
        is not part of the name (the country is a place of its own)."""
        out = []
        for sp in spans:
            if sp.type == "people" and sp.src == "model":
                while sp.e - sp.s > 2 and (self.T[sp.s].lower_ in self.person_roles or self.T[sp.s].lower_ in self.titles):
                    sp.s += 1
                for n in (3, 2, 1):
                    if sp.e - sp.s >= n + 2 and self._txt(sp.s, sp.s + n).lower() in self.countries:
                        out.append(Proposal(sp.s, sp.s + n, "places", "country"))
                        sp.s += n
                        break
            out.append(sp)
        return out

    def _case_ok(self, surface: str) -> bool:
        forms = self.gaz_forms.get(surface.lower())
        return bool(forms) and any(surface in (f, f.upper()) or (f.isupper() and len(f) >= 4 and surface == f.capitalize())
                                   for f in forms)

    def _merge_ruler(self, doc: Doc, spans: list[Proposal], headline: list[bool]) -> list[Proposal]:
        ruler = list(doc.spans.get(RULER_KEY, []))
        ruler.sort(key=lambda r: (r.id_ not in GAZETTEER_IDS, -(r.end - r.start), r.start))
        for r in ruler:
            kind, etype = r.id_, LABEL_TYPES.get(r.label_)
            if etype is None:
                continue
            over = self._overlapping(spans, r.start, r.end)
            if kind in GAZETTEER_IDS:
                if not self._case_ok(r.text):
                    continue
                if any(sp.src in GAZETTEER_IDS for sp in over):
                    continue
                if any(sp.s <= r.start and r.end <= sp.e and sp.e - sp.s > r.end - r.start and not sp.weak
                       for sp in over):
                    continue  # a longer name contains it
                self._replace(spans, Proposal(r.start, r.end, etype, kind))
            elif kind in ("org_suffix", "org_head"):
                same = [sp for sp in over if (sp.s, sp.e) == (r.start, r.end) and sp.src == "model"]
                if same:
                    same[0].type = "organisations"
                    continue
                inside = lambda sp: r.start <= sp.s and sp.e <= r.end and sp.e - sp.s < r.end - r.start
                if any((sp.src in GAZETTEER_IDS and not inside(sp))
                       or (sp.type == "organisations" and sp.e == r.end and not sp.weak)
                       or (sp.s <= r.start and r.end <= sp.e and not sp.weak) for sp in over):
                    continue
                self._replace(spans, Proposal(r.start, r.end, etype, "shape"))
            elif kind == "person_title":
                s = r.start
                while s < r.end and (self.T[s].lower_ in self.titles or self.T[s].text == "."):
                    s += 1
                if s >= r.end or headline[s]:
                    continue
                if not over:
                    spans.append(Proposal(s, r.end, "people", "title"))
                elif len(over) == 1 and over[0].src == "model" and (over[0].s, over[0].e) == (s, r.end):
                    over[0].type = "people"
            elif kind == "person_initial":
                if not over or all(sp.src == "model" and sp.type != "people" and r.start <= sp.s and sp.e <= r.end
                                   for sp in over):
                    self._replace(spans, Proposal(r.start, r.end, "people", "initial"))
        return spans

    def _char_to_tokens(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        span = doc.char_span(start, end, alignment_mode="contract")
        return (span.start, span.end) if span is not None and len(span) else None

    def _datelines(self, doc: Doc, spans: list[Proposal]) -> None:
        """"BELGRADE 1996-08-30", "CHISINAU, Moldova 1996-08-30", "SEOUL, Oct 19 (Reuters)": places."""
        for m in _DATELINE.finditer(self.text):
            if not (m.group(1).isupper() or m.group(1).lower() in self.places) or m.group(1).lower() in self.bodies:
                continue
            for g in (1, 2):
                if m.group(g):
                    toks = self._char_to_tokens(doc, m.start(g), m.end(g))
                    if toks:
                        self._replace(spans, Proposal(toks[0], toks[1], "places", "dateline"))

    def _photo_credits(self, doc: Doc, spans: list[Proposal]) -> None:
        """A caption ending in "(FIRST LAST)" credits a photographer."""
        pos = 0
        for line in self.text.split("\n"):
            m = _PHOTO_CREDIT.search(line)
            if m and any(c.islower() for c in line[:m.start()]):
                toks = self._char_to_tokens(doc, pos + m.start(1), pos + m.end(1))
                if toks:
                    self._replace(spans, Proposal(toks[0], toks[1], "people", "credit"))
            pos += len(line) + 1

    def _role_after(self, doc: Doc, e: int) -> bool:
        """", a senior analyst at ..." right after the name."""
        if e + 2 >= len(self.T) or self.T[e].text != "," or self.T[e + 1].lower_ not in ("a", "an", "the"):
            return False
        for t in self.T[e + 2:e + 7]:
            if t.lower_ in self.person_roles:
                return True
            if not t.is_alpha or t.lower_ in ("at", "of", "for", "in", "with", "and", "who", "which"):
                return False
        return False

    def _cues(self, doc: Doc, spans: list[Proposal], numeric: list[bool]) -> None:
        """Context words that settle a type: roles, "(Country)" in results, organisation nouns."""
        for sp in list(spans):
            if sp.type != "places" and sp.src not in GAZETTEER_IDS and self.T[sp.e - 1].lower_ in PLACE_NAME_HEADS \
                    and sp.e - sp.s >= 2:
                sp.type = "places"   # "Northern Limit Line", "Demilitarised Zone"
            if sp.type != "places" and sp.src not in GAZETTEER_IDS and sp.e < len(self.T) \
                    and self.T[sp.e].lower_ in PLACE_NOUNS_AFTER and self.T[sp.e].is_lower:
                sp.type = "places"   # "the Guaiba river", "Huize county"
            if sp.type != "people" and sp.src not in GAZETTEER_IDS and self._role_after(doc, sp.e) and sp.e - sp.s >= 2:
                sp.type, sp.weak = "people", False
            nxt = self.T[sp.e].lower_ if sp.e < len(self.T) else ""
            prev = self.T[sp.s - 1].lower_ if sp.s > 0 else ""
            if sp.type != "organisations" and sp.src not in GAZETTEER_IDS and (
                    nxt in ORG_NOUNS_AFTER or (prev in ORG_NOUNS_BEFORE and self.T[sp.s - 1].is_lower)):
                sp.type, sp.weak = "organisations", False
        # "the town of Uyo", "the western state of Michoacan"
        for i, low in enumerate(self.lowers[:-2]):
            if low in PLACE_NOUNS_OF and self.lowers[i + 1] == "of" and self.texts[i].islower():
                e = self._cap_run(i + 2, 3)
                if e > i + 2 and self._txt(i + 2, e).lower() not in self.bodies:
                    over = self._overlapping(spans, i + 2, e)
                    if all(o.src == "model" and i + 2 <= o.s and o.e <= e for o in over):
                        self._replace(spans, Proposal(i + 2, e, "places", "cue"))
        # an unnamed-by-the-model name right after "firm", "daily"...
        for i, low in enumerate(self.lowers[:-1]):
            if low in ORG_NOUNS_BEFORE and self.texts[i].islower():
                e = self._cap_run(i + 1, 3)
                if e > i + 1 and not self._overlapping(spans, i + 1, e):
                    spans.append(Proposal(i + 1, e, "organisations", "cue"))
        # "Name (Country)" in results lists: a competitor
        for i, x in enumerate(self.texts):
            if x != "(" or i == 0 or i + 2 >= len(self.T):
                continue
            j = i + 1
            while j < len(self.T) and j < i + 5 and self.texts[j] != ")":
                j += 1
            if j >= len(self.T) or self.texts[j] != ")" or self._txt(i + 1, j).lower() not in self.countries:
                continue
            s = i
            while s > 0 and s > i - 4 and _capitalised(self.T[s - 1].text) and (self.T[s - 1].is_alpha or self.T[s - 1].text in ("-", "'")):
                s -= 1
            if i - s < 2 or self._txt(s, i).lower() in self.places:
                continue
            over = self._overlapping(spans, s, i)
            if all(o.src in ("model", "shape") and s <= o.s for o in over):
                self._replace(spans, Proposal(s, i, "people", "competitor"))
                if not self._overlapping(spans, i + 1, j):
                    spans.append(Proposal(i + 1, j, "places", "country"))
        # bowling figures "Jones 10-0-41-2" and scorers "Ion Popescu (75th)": people
        for i, x in enumerate(self.texts):
            if (x[:1].isdigit() and _BOWLING.match(x)) or (x == "(" and i + 1 < len(self.T) and _ORDINAL.match(self.texts[i + 1])):
                s = self._cap_run_before(i, 4)
                if s < i and (x != "(" or i - s >= 2):
                    over = self._overlapping(spans, s, i)
                    if all(o.src == "model" and s <= o.s and o.e <= i for o in over):
                        self._replace(spans, Proposal(s, i, "people", "scorecard"))
        # cricket scorecards: "c Smith b Jones", "lbw b Jones"
        for i, x in enumerate(self.texts[:-1]):
            if x in CRICKET_CUES and numeric_near(numeric, i) and not self.T[i].is_sent_start:
                nxt = self.T[i + 1]
                if _capitalised(nxt.text) and nxt.is_alpha and nxt.text not in CRICKET_CUES:
                    e = i + 2
                    over = self._overlapping(spans, i + 1, e)
                    if not over or all(o.src == "model" for o in over):
                        self._replace(spans, Proposal(i + 1, e, "people", "scorecard"))

    def _tables(self, doc: Doc, spans: list[Proposal], numeric: list[bool]) -> None:
        """In results and standings, a club followed by its scores is an organisation."""
        starts = {sp.e: sp for sp in spans}
        sports = self.sports
        n = len(self.T)
        i = 0
        while i < n:
            if not (numeric[i] and i > 0 and not _ISO_DATE.match(self.texts[i]) and numeric_near(numeric, i, need=2)):
                i += 1
                continue
            sp = starts.get(i)
            if sp is not None:
                if sp.type == "places" and sp.src != "country" and sp.src != "dateline" and self._txt(sp.s, sp.e).lower() not in self.countries:
                    sp.type, sp.weak, sp.src = "organisations", False, "table"
                elif sp.type == "people" and sp.src == "model" and sp.e - sp.s == 1 and sports and self.T[i].text.isdigit():
                    sp.type, sp.src = "organisations", "table"
            else:
                s = self._cap_run_before(i, 3)
                if sports and s < i and not self._overlapping(spans, s, i) and len(self.T[s].text) > 1 \
                        and self._txt(s, i).lower() not in self.countries:
                    spans.append(Proposal(s, i, "organisations", "table"))
            i += 1

    def _in_compound(self, sp: Proposal) -> bool:
        """"New York-based", "pro-Moscow", "ex-England": a name inside an adjective is no mention."""
        T, n = self.T, len(self.T)
        if sp.type == "people":
            return False
        after = sp.e + 1 < n and T[sp.e].text == "-" and not T[sp.e - 1].whitespace_ and T[sp.e + 1].is_lower
        before = sp.s >= 2 and T[sp.s - 1].text == "-" and not T[sp.s - 2].whitespace_ and T[sp.s - 2].is_lower
        return after or before

    def _in_event(self, sp: Proposal) -> bool:
        """"African Nations Cup", "the Atlanta Games", "U.S. Open": event names are not entities,
        nor the places inside them (unless a gazetteer knows the whole name)."""
        if sp.src in GAZETTEER_IDS and self.T[sp.e - 1].lower_ not in self.event_heads:
            e = sp.e
            while e < len(self.T) and e - sp.e < 3 and _capitalised(self.T[e].text) and self.T[e].is_alpha:
                if self.T[e].lower_ in self.event_heads:
                    return True
                e += 1
            return False
        return self.T[sp.e - 1].lower_ in self.event_heads and sp.src not in GAZETTEER_IDS

    def _is_sports(self, doc: Doc) -> bool:
        return len(self.sports_words.intersection(self.lowers)) >= 3

    def _club_cue(self, doc: Doc, sp: Proposal, strong_only: bool) -> bool:
        before = self.T[sp.s - 1].lower_ if sp.s > 0 else ""
        k = sp.e + (1 if sp.e < len(self.T) and self.T[sp.e].lower_ in ("'s", "’s") else 0)
        after = self.T[k].lower_ if k < len(self.T) else ""
        kinds = (True,) if strong_only else (True, False)
        return any(before in self.club_cues.get(("before", st), ()) or after in self.club_cues.get(("after", st), ())
                   for st in kinds)

    def _cap_run(self, s: int, most: int) -> int:
        """End of the run of capitalised words starting at s (at most `most` of them)."""
        e = s
        while e < len(self.T) and e - s < most and self.T[e].is_alpha and _capitalised(self.T[e].text) \
                and self.T[e].lower_ not in MONTHS:
            e += 1
        return e

    def _cap_run_before(self, e: int, most: int) -> int:
        s = e
        while s > 0 and e - s < most and self.T[s - 1].is_alpha and _capitalised(self.T[s - 1].text) \
                and self.T[s - 1].lower_ not in MONTHS:
            s -= 1
        return s

    def _clubs(self, doc: Doc, spans: list[Proposal]) -> None:
        """In a sports article a city or county with a club cue ("against Essex", "Norwich
        striker") is the club; a lone "person" with a strong one ("Deportivo were") too."""
        if not self.sports:
            return
        for sp in spans:
            if sp.type == "places" and sp.src not in ("country", "dateline", "region") \
                    and self._txt(sp.s, sp.e).lower() not in self.countries and self._club_cue(doc, sp, False):
                sp.type, sp.weak, sp.src = "organisations", False, "club"
            elif sp.type == "people" and sp.src == "model" and sp.e - sp.s == 1 and self._club_cue(doc, sp, True):
                sp.type, sp.src = "organisations", "club"
        # "the Florida Marlins", "Bradford Bulls": a place and a plural nickname make a club
        for sp in list(spans):
            if sp.type == "places" and sp.src not in ("country", "dateline"):
                e = self._cap_run(sp.e, 2)
                if e > sp.e and self.T[e - 1].text.endswith("s") and not self.T[e - 1].text.isupper() \
                        and all(o is sp or (o.src == "model" and o.s >= sp.e) for o in self._overlapping(spans, sp.s, e)):
                    self._replace(spans, Proposal(sp.s, e, "organisations", "club"))
        # venues of results: "At Hove: Sussex 363 ..."
        for i, x in enumerate(self.texts[:-1]):
            if x in ("At", "at"):
                e = self._cap_run(i + 1, 3)
                if e > i + 1 and e < len(self.T) and self.texts[e] == ":":
                    over = self._overlapping(spans, i + 1, e)
                    if all(o.src not in ("country",) and i + 1 <= o.s and o.e <= e for o in over):
                        self._replace(spans, Proposal(i + 1, e, "places", "venue"))
        # fixtures: "Birmingham v Barnsley"
        for i, t in enumerate(self.T):
            if t.text in ("v", "vs", "vs.") and 0 < i < len(self.T) - 1:
                for s, e in ((self._cap_run_before(i, 3), i), (i + 1, self._cap_run(i + 1, 3))):
                    if s >= e or self._txt(s, e).lower() in self.countries:
                        continue
                    over = self._overlapping(spans, s, e)
                    if not over:
                        spans.append(Proposal(s, e, "organisations", "club"))
                    for sp in over:
                        if sp.src not in ("country", "dateline") and sp.type != "people" or (sp.src == "model" and sp.e - sp.s == 1):
                            sp.type, sp.src = "organisations", "club"
        clubs = {self._txt(sp.s, sp.e).lower() for sp in spans if sp.src in ("club", "table")}
        for sp in spans:
            venue = sp.s > 0 and self.T[sp.s - 1].lower_ in ("at", "in")
            if sp.type == "places" and sp.src not in ("dateline", "country") and not venue \
                    and self._txt(sp.s, sp.e).lower() in clubs:
                sp.type, sp.weak, sp.src = "organisations", False, "club"

    def _name_run(self, s: int) -> int:
        """End of a personal name starting at s: 2-4 capitalised words, particles allowed inside."""
        e, caps = s, 0
        while e < len(self.T) and e - s < 5:
            t = self.T[e]
            if t.is_alpha and _capitalised(t.text) and t.lower_ not in MONTHS:
                caps += 1
            elif not (t.lower_ in NAME_PARTICLES and caps and e + 1 < len(self.T) and _capitalised(self.T[e + 1].text)):
                break
            e += 1
        return e if caps >= 2 else s

    def _team_sheets(self, spans: list[Proposal], numeric: list[bool]) -> None:
        """Line-ups and scorers in sports articles: "7 - Didier Deschamps", "Romania - Ion Popescu
        (31st)", "(Nico Vandam, 81st)": people, whatever the model made of them."""
        if not self.sports:
            return
        n = len(self.T)
        for i, t in enumerate(self.T[:-2]):
            start = None
            if t.text == "-" and i > 0 and (numeric[i - 1] or any(sp.e == i and sp.src == "country" for sp in spans)):
                start = i + 1
            elif t.text == "(" or (t.text == "," and numeric[i - 1] if i else False):
                start = i + 1
            if start is None:
                continue
            e = self._name_run(start)
            if e == start:
                continue
            after = self.T[e].text if e < n else ""
            after2 = self.T[e + 1].text if e + 1 < n else ""
            ordinal = lambda x: x[:-2].isdigit() and x[-2:] in ("st", "nd", "rd", "th")
            if t.text == "(" and not (after == "," and (after2.isdigit() or ordinal(after2)) or ordinal(after)):
                continue
            if t.text == "," and not (after == "(" or after == ","):
                continue
            if self._txt(start, e).lower() in self.places:
                continue
            over = self._overlapping(spans, start, e)
            if all(o.src not in GAZETTEER_IDS and o.src != "dateline" for o in over):
                self._replace(spans, Proposal(start, e, "people", "team"))

    def _acronyms(self, doc: Doc, spans: list[Proposal]) -> None:
        """An acronym takes its long form's type; one defined after common words names a place
        when its head is "line", "zone"..., an organisation for "agency"..., else nothing."""
        text = self.text
        by_end = {self.T[sp.e - 1].idx + len(self.T[sp.e - 1]): sp for sp in spans}
        for m in ACRONYM_DEF.finditer(text):
            acr = m.group(1)
            before = text[:m.start()].rstrip()
            long = by_end.get(len(before))
            if long is not None:
                if not acronym_matches(acr, self._txt(long.s, long.e)):
                    continue   # "WASHINGTON (AP)" is no definition
                etype = long.type
            else:
                words = before.split()[-len(acr):]
                if len(words) < 2 or "".join(w[0] for w in words).upper() != acr.upper() or not words[-1].islower():
                    continue
                head = words[-1].lower()
                etype = "places" if head in PLACE_HEADS else "organisations" if head in ORG_HEADS else None
            for sp in list(spans):
                if self._txt(sp.s, sp.e) == acr:
                    if etype is None:
                        spans.remove(sp)
                    else:
                        sp.type, sp.weak = etype, False

    def _confirm_headlines(self, doc: Doc, spans: list[Proposal]) -> list[Proposal]:
        strong = {self._txt(sp.s, sp.e).lower() for sp in spans if not sp.weak}
        return [sp for sp in spans if not sp.weak or self._txt(sp.s, sp.e).lower() in strong]

    def _propagate(self, doc: Doc, spans: list[Proposal], headline: list[bool]) -> list[Proposal]:
        """Every other use of a name found in the article (in any case on headline lines), and a
        person's surname, is a mention; hyphenated pairs of known people ("Trump-Kim") split."""
        known: dict[tuple[str, ...], str] = {}
        for sp in spans:
            key = tuple(t.lower_ for t in self.T[sp.s:sp.e] if t.text not in ("'s", "’s"))
            if key and any(c.isupper() for c in self._txt(sp.s, sp.e)) and " ".join(key) not in self.skip:
                known.setdefault(key, sp.type)
        surnames, name_parts = set(), set()
        for sp in spans:
            toks = [t for t in self.T[sp.s:sp.e] if t.is_alpha]
            if sp.type == "people" and len(toks) >= 2 and len(toks[-1]) > 2:
                surnames.add((toks[-1].lower_,))
                known.setdefault((toks[-1].lower_,), "people")
                name_parts.update(t.lower_ for t in toks if len(t) > 2)
        # a lone surname the model typed otherwise is still that person ("Wang" after "Wang Dan")
        for sp in spans:
            if sp.src == "model" and sp.e - sp.s == 1 and sp.type != "people" \
                    and (self.T[sp.s].lower_,) in surnames and sp.src not in GAZETTEER_IDS:
                sp.type = "people"
                known[(self.T[sp.s].lower_,)] = "people"
        # a lone word the model took for a person that starts an organisation's name ("Magna" after
        # "Magna International Inc") is that organisation
        org_firsts = {self.T[sp.s].lower_ for sp in spans if sp.type == "organisations" and sp.e - sp.s >= 2}
        for sp in spans:
            if sp.src == "model" and sp.e - sp.s == 1 and sp.type == "people" \
                    and self.T[sp.s].lower_ in org_firsts and (self.T[sp.s].lower_,) not in surnames:
                sp.type = "organisations"
                known[(self.T[sp.s].lower_,)] = "organisations"
        # "Trump-Kim summits": two people, not one organisation
        for sp in list(spans):
            parts = self.T[sp.s:sp.e]
            if sp.type != "people" and len(parts) == 3 and parts[1].text == "-" and \
                    any(known.get((p.lower_,)) == "people" for p in (parts[0], parts[2])):
                spans.remove(sp)
                for k in (sp.s, sp.s + 2):
                    if known.get((self.T[k].lower_,)) == "people":
                        spans.append(Proposal(k, k + 1, "people", "prop"))
        # a family name written first ("Hong Min" ... "Hong said"): any part of a person's name
        # right before a speech verb is that person
        for i, low in enumerate(self.lowers[:-1]):
            if low in name_parts and self.lowers[i + 1] in SPEECH_VERBS and _capitalised(self.texts[i]) \
                    and (low,) not in known and not self._overlapping(spans, i, i + 1):
                spans.append(Proposal(i, i + 1, "people", "prop"))
        if not known:
            return spans
        longest = max(len(k) for k in known)
        covered = [False] * len(self.T)
        for sp in spans:
            for k in range(sp.s, sp.e):
                covered[k] = True
        i = 0
        while i < len(self.T):
            if covered[i] or not _capitalised(self.texts[i]):
                i += 1
                continue
            for n in range(min(longest, len(self.T) - i), 0, -1):
                key = tuple(self.lowers[i:i + n])
                if key in known and not any(covered[i:i + n]) and self._fits(doc, i, i + n, headline):
                    spans.append(Proposal(i, i + n, known[key], "prop"))
                    i += n - 1
                    break
            i += 1
        return spans

    def _fits(self, doc: Doc, s: int, e: int, headline: list[bool]) -> bool:
        """A known name re-found at self.T[s:e]: capitalised like a name, and off headlines not
        the start or end of a longer capitalised run ("North" in "North Korean")."""
        if not all(_capitalised(t.text) or not t.is_alpha or (t.is_lower and len(t) <= 3) for t in self.T[s:e]):
            return False
        if headline[s]:
            return True
        for k in (s - 1, e):
            if 0 <= k < len(self.T) and self.T[k].is_alpha and _capitalised(self.T[k].text) and not self.T[k].is_sent_start \
                    and not (k == s - 1 and self.T[k].lower_ in ("the", "a", "an")):
                return False
        return True


def numeric_near(numeric: list[bool], i: int, before: int = 4, after: int = 6, need: int = 3) -> bool:
    """Are there at least `need` numbers around token i (a results line or a table)?"""
    return sum(numeric[max(0, i - before):i + after]) >= need

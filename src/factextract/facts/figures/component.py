"""Figures: numbers with value, unit, qualifier and what they count (issue 4).

Why text-level patterns rather than the model's number entities alone: the tokenizer splits
"HK$5.4m" and "20-hour" unevenly, and the model calls durations ("four months") DATE. So the
numbers come from one compiled regex over the text (`numbers.py`), units and money symbols
from lexicons tried at each number's edges (`units.py`), and the parse and entities only
decide what is NOT a figure (dates, times, names) and what a number counts.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.vocab import Vocab
from spacy.tokens import Doc, Span, Token

from ...nlp import extensions
from ...nlp.extensions import doc_text
from . import (addresses, age_ranges, conversions, counted_neighbours, date_phrases, in_names, kinds, lineups,
               listing, name_units, not_counts, odds, products, qualifier_gap, ratios, shares_chain, subunits,
               title_numbers, unit_or, vague)
from .age_decades import age_decades
from .hits import Hit
from .range_joins import join_ranges
from .implied_units import age_unit, times_after
from .numbers import Number, number_regex, parse
from .counted import reading
from .scores import score_spans
from ...records import Figure
from ...nlp.resources import load_jsonl, load_wordlist
from ...nlp.triggered import TriggeredMatcher
from .units import TIME_UNITS, kind, unit_and_a_half, money_before, per_after, resolve_currency, unit_after, unit_table

# entity labels whose numbers are part of a name ("Big 12", "Model 3", "S&P 500")
NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON", "GPE",
                         "LOC", "NORP"})
# phone numbers and numeric dates ("2025-10-19", "19/10/2025"): blocked before numbers are read;
# every branch starts with "+", "(" or a digit, and the lookahead lets the scan skip the rest
NOT_NUMBERS = re.compile(r"(?=[+(\d])(?:(?<!\d)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)"
                         r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b)")
TIME_AFTER = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b|:\d\d|GMT\b|[AP]M\b|ET\b|BST\b|UTC\b|h\d\d)")
NEGATIVE = re.compile(r"(?:(?<![\w-])-|−|\bminus[\s-]?|\bnegative\s)$", re.I)
# an implausible magnitude for a news figure: worth a warning
IMPLAUSIBLE = 1e15


@Language.factory("factextract_figures")
def make_figures(nlp: Language, name: str) -> "FiguresComponent":
    return FiguresComponent(nlp.vocab)


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    rows = load_jsonl("figures/qualifiers.jsonl")
    before = sorted(((r["phrase"], r["qualifier"]) for r in rows if not r.get("after")),
                    key=lambda x: -len(x[0]))
    after = sorted(((r["phrase"], r["qualifier"]) for r in rows if r.get("after")),
                   key=lambda x: -len(x[0]))
    return before, after


class FiguresComponent:
    """Finds every figure in the text and stores them as records.Figure in doc._.figures."""

    def __init__(self, vocab: Vocab):
        # labels and names ("Section 230", "No. 1", "fiscal 2024"): token patterns from JSONL,
        # run only around the label words they start with (see triggered.py)
        self.not_figures = TriggeredMatcher(vocab)
        for i, row in enumerate(load_jsonl("figures/not_figures.jsonl")):
            self.not_figures.add(f"{row['label']}_{i}", row["pattern"])

    def __call__(self, doc: Doc) -> Doc:
        parsed = doc.has_annotation("DEP")   # scans every token: once per doc
        text = doc_text(doc)
        labelled = {end - 1 for _, _, end in self.not_figures(doc)}
        pointed: set[int] = set()   # figures whose clause names what they count by a pronoun
        doc._.figures = [self._record(doc, text, h, parsed, pointed)
                         for h in find_hits(doc, parsed, text, labelled)]
        doc._.figures = in_names.outside_names(doc, doc._.figures)   # "S4C", "50 Cent": a name's (in_names.py)
        doc._.figures = ratios.join(text, doc._.figures)   # "eight out of 10 voters": one share
        conversions.share_counted(text, doc._.figures, pointed)   # "$1.5bn (£800m)" (conversions.py)
        shares_chain.carry_group(text, doc._.figures)     # "44% of voters ..., while 41% were" (shares_chain.py)
        counted_neighbours.carry(doc, text, doc._.figures)  # "net users, 36%, said"; "297 votes to 203"
        for f in doc._.figures:
            if f.start in pointed and not f.counted:
                extensions.warn(doc, f"figures: counted left empty for {f.text!r} at {f.start}: "
                                     f"its clause names it only by a pronoun")
        for f in doc._.figures:
            if f.value is not None and abs(f.value) >= IMPLAUSIBLE:
                extensions.warn(doc, f"figures: implausible magnitude {f.value:g} for {f.text!r} "
                                     f"at {f.start}; check the scale")
        return doc

    @staticmethod
    def _record(doc: Doc, text: str, h: Hit, parsed: bool, pointed: set[int]) -> Figure:
        n = h.num
        value = n.value if n.value is not None else (n.low if n.words else None)   # vague: low; range: none
        qualifier = h.qualifier or vague.qualifier(n)   # "billions": a lower bound (vague.py)
        what, unsure = reading(doc, h) if parsed else (None, False)
        if unsure:
            pointed.add(h.start)
        return Figure(text=text[h.start:h.end], start=h.start, end=h.end, value=value,
                      unit=h.unit, qualifier=qualifier, counted=what,
                      low=n.low, high=n.high)


def find_hits(doc: Doc, parsed: bool, text: str, labelled: set[int]) -> list[Hit]:
    """Every figure of the doc; `labelled`: indices of tokens that are labels, not numbers."""
    at_odds = odds.odds_spans(text)   # "at 10/1", "the 5-2 favourite": one figure each, unit "odds"
    blocked = [m.span() for m in NOT_NUMBERS.finditer(text)] + date_phrases.day_ranges(text) \
        + [(s, e) for s, e, _ in at_odds] + addresses.phone_spans(text) \
        + listing.marker_spans(text) + products.resolution_spans(text)   # "+81 158-23-2012", "(1)", "1440p"
    hits: list[Hit] = []
    for m in number_regex().finditer(text):
        if any(s < m.end() and m.start() < e for s, e in blocked):
            continue
        if hits and m.start() < hits[-1].end:
            continue
        hit = _read(doc, m, parsed, labelled)
        if hit is not None:
            hits.append(hit)
    if at_odds:
        hits = sorted(hits + [Hit(s, e, Number(s, e, v), unit="odds", unit_explicit=True)
                              for s, e, v in at_odds], key=lambda h: h.start)
    ages = [a for a in age_decades(text) if not any(h.start < a[1] and a[0] < h.end for h in hits)]
    if ages:                     # "in his 30s": an age range (age_decades.py)
        hits = sorted(hits + [Hit(s, e, Number(s, e, None, lo, hi), unit="year", unit_explicit=True)
                              for s, e, lo, hi in ages], key=lambda h: h.start)
    # "the 7610 phone" makes "7610 owners" a name too: one reading per article
    named = {t.text for e in doc.ents if e.label_ == "PRODUCT" for t in e if t.is_digit}
    models = kinds.model_numbers(text, named)
    if models:
        hits = [h for h in hits if h.unit or text[h.start:h.end] not in models]
    acronym_models = products.model_spans(doc, text)   # "RTX 3090": that use only (products.py)
    if acronym_models:
        hits = [h for h in hits if h.unit or h.start not in acronym_models]
    hits = join_ranges(text, unit_or.join_unit_or(text, age_ranges.mark(text, hits)), score_spans(text))
    hits = vague.join_repeats(text, hits)   # "thousands upon thousands of sellers": one figure
    # "six years ago": the offset of a date, not a duration; "the 737-800": a model (title_numbers)
    hits = [h for h in hits if (h.unit not in TIME_UNITS or not date_phrases.is_offset(text, h.start, h.end))
            and not (h.unit is None and title_numbers.is_model_pair(text, h.start, h.end, h.num.value))]
    conversions.carry_qualifiers(text, hits)   # "up to 412.5m euros ($447.1m; £351.2m)"
    return hits


def _read(doc: Doc, m: re.Match, parsed: bool, labelled: set[int]) -> Hit | None:
    """One number match in context, or None when it is not a figure."""
    text = m.string
    start = m.start()
    money = money_before(text, start) if m.group("num") or m.group("slash") or m.group("vulgar") else None
    num = parse(m, money is not None)
    if num is None:
        return None
    end = num.end
    hit = Hit(start, end, num)
    whole = unit_and_a_half(text, start) if m.group("frac") else None
    if whole:                     # "a cent and a half" = 1.5 cent
        hit = Hit(whole[1], end, replace(num, value=1.5), unit=whole[0], unit_explicit=True,
                   money=kind(whole[0]) == "money")
    if money:
        hit.unit, hit.money, hit.start = money[0], True, money[1]
    neg = _negative(text, start) if m.group("num") and not money else None
    if neg:
        hit.num, hit.start = _negate(num), start - len(neg)
        money = money_before(text, hit.start)    # "$-50.8bn"
        if money:
            hit.unit, hit.money, hit.start = money[0], True, money[1]
    attached_before = (not money and not neg and start > 0
                       and (text[start - 1].isalnum() or text[start - 1] in "-_/#&"))
    if attached_before and re.search(r"(?<![\d,.-])\d{1,3}(?:\.\d+)?%?-$", text[max(0, start - 8):start]):
        attached_before = False   # the second half of "15-22" or a score "3-1" (not "2013-14")
        if re.search(r"[A-Z][\w&]*\s\d{2,4}-$", text[max(0, start - 24):start]):
            attached_before = True    # "Boeing 737-800": the first half is a name, so is this
    unit = unit_after(text, end)
    if unit and title_numbers.is_verb_won(text, unit[1]):
        unit = None                        # "Fahrenheit 9/11 won the prize": the verb
    if unit and (title_numbers.is_word_title(text, start, text[end:unit[1]].strip()) if num.words
                 else not money and name_units.is_title(text, start, unit[1])):
        return None                        # "Six Feet Under", "24 Hour Party People", "50 Cent"
    if unit is None and m.group("num"):
        inches = conversions.bracket_inches(text, start, end)
        unit = ("inch", inches) if inches else None   # "a 24cm (9 in) tin"
    if unit is None and m.group("vague") and text.startswith(" of ", end):
        unit = unit_after(text, end + 3)   # "tens of thousands of dollars"
    if unit is None and m.group("frac"):
        of_a = re.match(r"(?:\s+of)?\s+an?(?=\s)", text[end:end + 8])
        if of_a:                           # "a quarter of a percentage point", "half a mile"
            unit = unit_after(text, end + of_a.end())
    if unit and not hit.money:
        hit.unit, hit.end, hit.unit_explicit = unit[0], unit[1], True
    elif unit and kind(unit[0]) == "money":
        hit.unit, hit.end = unit[0], unit[1]  # "$75 USD", "$1.25 sterling"
    half = re.match(r"\s+and\s+a\s+half\b", text[hit.end:hit.end + 16]) if hit.unit else None
    if half and hit.num.value is not None:   # "two hours and a half"
        hit.num, hit.end = replace(hit.num, value=hit.num.value + 0.5), hit.end + half.end()
    if hit.unit:
        per = per_after(text, hit.end)
        if per and per[0] != hit.unit:
            hit.unit, hit.end = f"{hit.unit} per {per[0]}", per[1]
    hit.unit, hit.num = vague.settle(hit.unit, hit.num)   # "millions of pounds": GBP; "half a dozen": 6
    hit.end, hit.num = subunits.cents(text, hit.unit, hit.end, hit.num)   # "70 euro cents": 0.70
    if hit.unit and kind(hit.unit) == "money":
        hit.unit = resolve_currency(text, hit.unit)   # "pesos" -> ARS in an Argentine story
    if not _is_figure(doc, m, hit, attached_before, labelled):
        return None
    if hit.unit is None:
        hit.unit = (_unit_from_parse(doc, hit) if parsed else None) or _age(doc, text, hit) \
            or age_unit(text, hit.start, hit.end, hit.num.value)
    times = times_after(text, hit.end) if hit.unit is None else None
    if times:                     # "12 times what was on sale": a multiple, not a count
        hit.unit, hit.end = "times", times
    _qualify(text, hit)
    return hit


def _unit_from_parse(doc: Doc, hit: Hit) -> str | None:
    """"517 rushing yards": a unit noun the number modifies a few words on."""
    span = _tokens(doc, hit.num.start, hit.num.end)
    if span is None:
        return None
    tok = span[-1]
    head = tok.head
    between = doc[tok.i + 1:head.i]
    if any((t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") and t.tag_ not in ("VBG", "VBN"))
           or t.lower_ in ("last", "next", "this", "per", "each") for t in between):
        return None
    if tok.dep_ == "nummod" and 0 < head.i - tok.i <= 3 and head.pos_ == "NOUN":
        words = unit_table()[0]
        unit = words.get(head.lower_)
        if unit and kind(unit) != "money":
            return unit
    return None


def _age(doc: Doc, text: str, hit: Hit) -> str | None:
    """"Maddon, 66, has", "..., and Liam Lee, 12.", "Lee, 17 - who": a bare number set off by commas after a person's name is an age."""
    if hit.num.words or hit.num.value is None or not 0 < hit.num.value < 120:
        return None
    if not re.match(r"\s*(?:[,);]|\.(?:\s|$))|\s[-–—]\s", text[hit.end:hit.end + 3]) \
            or not re.search(r"[,(]\s*$", text[max(0, hit.start - 2):hit.start]):
        return None
    span = _tokens(doc, hit.start, hit.end)
    if span is None or span.start < 2:
        return None
    prev = doc[span.start - 2]
    tok = span[-1]
    person = prev.ent_type_ == "PERSON" or (prev.pos_ == "PROPN" and not prev.ent_type_) \
        or (tok.dep_ == "appos" and tok.head.i == prev.i and prev.pos_ == "PROPN")
    return "year" if person and prev.text[:1].isupper() else None


def _negative(text: str, start: int) -> str | None:
    m = NEGATIVE.search(text[max(0, start - 9):start])
    if not m:
        return None
    # "2-2" or "TA-35": a hyphen after a word or a digit is not a minus sign
    if m.group(0) == "-" and start >= 2 and text[start - 2].isalnum():
        return None
    if m.group(0) == "-" and re.search(r"\b[A-Z]{2,}\s*-$", text[max(0, start - 12):start]):
        return None
    return m.group(0)


def _negate(n: Number) -> Number:
    return replace(n, value=-n.value if n.value is not None else None,
                   raw=-n.raw if n.raw is not None else None)


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _is_figure(doc: Doc, m: re.Match, hit: Hit, attached_before: bool, labelled: set[int]) -> bool:
    """The not-figures: dates, times, ordinals, names and labels, pronoun "one"."""
    text = m.string
    core_s, core_e = m.start(), hit.num.end
    measured = hit.unit is not None
    after = text[core_e:core_e + 6]
    if m.group("exp") and re.fullmatch(r"\d{1,2}E\d{1,2}", m.group(0)):
        return False              # "the Boeing 7E7": a model name, not 7e7
    if m.group("slash") and not (m.group("whole") and not attached_before) and not hit.unit_explicit:
        return False              # a bare "9/11" or "3/4" is a date or a label unless measured
    if attached_before and not (measured and hit.unit_explicit):
        if not (core_s >= 4 and text[core_s - 4:core_s].lower() in ("sub-", "now-")):
            return False          # COVID-19, G7, TA-35
    if not hit.unit_explicit and re.match(r"[A-Za-z]|'s\b|’s\b|\.\d|-[A-Z]\b", after) and m.group("num"):
        return False              # 22nd, 1960s, 3D, version numbers, 10-K
    if m.group("num") and (TIME_AFTER.match(text, core_e) or date_phrases.before_clock(text, core_e)):
        return False              # 10.45pm, 10:30, "between 12 and 8 p.m."
    if m.group("num") and re.search(r"\d[:/.]$", text[max(0, core_s - 2):core_s]):
        return False              # 10:30, 3/4/2019, 1.2.3
    if m.group("num") and re.match(r"[/.]\d", text[core_e:core_e + 2]):
        return False
    if addresses.in_address(doc, text, core_s, hit.end):
        return False              # "1600 Main Street", "Apt. 1C" (addresses.py)
    span = _tokens(doc, core_s, core_e)
    if span is None or not len(span):
        return False
    tok = span[-1]
    labels = {t.ent_type_ for t in span}
    time_unit = hit.unit in TIME_UNITS or (hit.unit or "").split(" per ")[0] in TIME_UNITS
    digits = m.group("digits") or ""
    if not measured:
        day_or_year = hit.num.value is not None and (0 < hit.num.value <= 31 or len(digits) == 4)
        if (labels & {"DATE", "TIME"} or (day_or_year and not hit.num.words)) and _date_context(doc, span) \
                and not _reading(text[core_s:core_e]):
            return False
        if labels & NAME_LABELS and not labels & {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}:
            return False
        if _is_year(text, hit, digits, labels, tok) or date_phrases.is_clock_time(text, core_s, core_e):
            return False          # a year; "at about 1900 on Sundays", a time of day
        if tok.i in labelled or (m.group("num") and title_numbers.in_title(text, core_s, core_e)) \
                or title_numbers.is_rank(text, core_s, core_e) or title_numbers.is_work_name(text, core_s, core_e):
            return False          # labels; "Ocean's 12", "at number two" (title_numbers.py)
        if lineups.is_minute(text, core_s, core_e):
            return False          # "Purdie (Mills 83)", "Rigoglioso 59.": a team sheet's minutes (lineups.py)
        if products.before_suffix(text, core_e) and re.fullmatch(r"\d+", m.group(0)):
            return False          # "a 2080 Ti": a model's number (products.py)
        if _prev_is_name(doc, span) and (re.fullmatch(r"\d+", m.group(0)) or
                                         (hit.num.words and m.group(0)[0].isupper())):
            return False          # "S&P 500", "iPhone 11", "Kick Six"
    elif labels & {"DATE", "TIME"} and not time_unit and hit.unit != "percent" and not hit.money \
            and _date_context(doc, span) and not (hit.unit_explicit and re.search(r"\d\.\d", m.group(0))):
        return False              # a measure beside a date ("9 May, 49.52 Hz"): decimals date nothing
    if m.group("words") or m.group("frac"):
        if not not_counts.word_number_ok(m, span, hit.unit):
            return False
    elif not measured and not_counts.is_stage(text, core_s, span):
        return False              # "reached the last 16"
    if re.search(r"\d\s?[x×]\s?$", text[max(0, core_s - 3):core_s]):
        return False              # "the 4x100m relay": an event's name
    if re.fullmatch(r"0\d{2,}", digits) or \
            re.search(r"(?<![\d,.])0\d{2,}(?: \d+)* \Z", text[max(0, core_s - 24):core_s]):
        return False              # "0845", "0800": a phone prefix or a clock time, not a count
    if kinds.names_a_kind(text, core_s, hit.end):
        return False              # "a four-piece band", "one-day discount sales" (see kinds.py)
    return True


def _reading(number: str) -> bool:
    """"rose to 52.7 in December", "4.5 in May": a number with one decimal is a reading or a
    rate, never a day, a year or a clock time ("19.45 on Saturday" has two)."""
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d", number))


def _date_context(doc: Doc, span: Span) -> bool:
    """The model calls many plain numbers DATE ("sales of 5835 units"); a number is part of a
    date only beside a month, weekday or clock word ("9 May", "Mar 9", "3 pm")."""
    words = load_wordlist("figures/date_words.txt")
    lo, hi = max(0, span.start - 2), min(len(doc), span.end + 2)
    return any(t.lower_.rstrip(".,") in words or t.lower_ in words for t in doc[lo:hi])


YEAR_BEFORE = re.compile(r"\b(?:in|by|since|until|till|from|between|and|to|before|after|during|"
                         r"circa|c\.|year|summer|winter|spring|autumn|fall)\s+$", re.I)

SHORT_YEAR = re.compile(r"\b(?:of|in|since|from|by|until|till|the|class|summer|winter|spring|"
                        r"autumn)\s+['’]$", re.I)


def _is_year(text: str, hit: Hit, digits: str, labels: set[str], tok: Token) -> bool:
    """"in 2019", "by 2120", "1000 and 1260": a bare four-digit number read as a year;
    "class of '83", "since '99": two digits after an apostrophe are a year too."""
    if len(digits) == 2 and (SHORT_YEAR.search(text[max(0, hit.start - 10):hit.start])
                             or title_numbers.is_title_year(text, hit.start)):
        return True
    if not re.fullmatch(r"1\d{3}|2[01]\d\d", digits) \
            or (_counts_a_noun(tok) and not kinds.dates_a_noun(tok.head.text)):
        return False
    if kinds.dates_singular(tok, digits):
        return True               # "a 2022 Senate run", "his 1998 album"
    if "DATE" in labels or YEAR_BEFORE.search(text[max(0, hit.start - 12):hit.start]):
        return True
    return 1900 <= int(digits) <= 2100 and not labels & {"CARDINAL", "MONEY", "QUANTITY"}


def _counts_a_noun(tok: Token) -> bool:
    """"2000 workers": a year-like number that counts a plural noun is a count."""
    return tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") and tok.head.i == tok.i + 1


def _prev_is_name(doc: Doc, span: Span) -> bool:
    """A bare number right after a proper noun is part of a name ("Nasdaq 100", "Planet 9")."""
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.idx + len(prev.text) == span.start_char:
        return False
    if prev.tag_ == "NNP" or prev.pos_ == "PROPN":
        return prev.text[:1].isupper() or any(c.isupper() for c in prev.text[1:])
    # a capitalised common noun inside a sentence ("Planet 9", "Chapter 11"): the tagger calls
    # it NN, but the capital says it names something, and the bare number after it is its label
    return prev.tag_ == "NN" and prev.text[:1].isupper() and prev.text[1:].islower() \
        and not prev.is_sent_start and doc[prev.i - 1].text not in (".", "!", "?") \
        and not doc[prev.i - 1].is_space and not doc[prev.i - 1].text.startswith(("\"", "“", "'", "‘"))


@lru_cache(maxsize=1)
def _qualifier_regexes() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    before, after = _qualifiers()
    table = {p.lower(): q for p, q in before + after}
    words = "|".join(re.escape(p.lower()) for p, _ in before if not (p.endswith("-") or p == "~"))
    glued = "|".join(re.escape(p.lower()) for p, _ in before if p.endswith("-") or p == "~")
    b = re.compile(rf"(?:(?:^|(?<=[\s(,;:\"“]))(?P<w>{words})\s+|(?P<g>{glued}))$")
    a = re.compile(rf"\s*(?P<w>{'|'.join(re.escape(p.lower()) for p, _ in after)})(?![A-Za-z])")
    return b, a, table


def _qualify(text: str, hit: Hit) -> None:
    before_re, after_re, table = _qualifier_regexes()
    low = text[max(0, hit.start - 24):hit.start].lower()
    m = before_re.search(low)
    if m:
        phrase = m.group("w") or m.group("g")
        over_period = phrase == "over" and hit.unit in TIME_UNITS and not re.search(
            r"\b(?:for|of|lasting|taking)\s+$", low[:m.start()])
        if not over_period:   # "over five years" is a period, "for over two years" a bound
            hit.qualifier, hit.start = table[phrase], hit.start - (len(low) - m.start())
    if not hit.qualifier:   # "took more than the expected $18m" (qualifier_gap.py)
        hit.qualifier = qualifier_gap.parted_qualifier(text, hit.start, table) \
            or qualifier_gap.estimated_carrier(text, hit.start)   # "an estimated net worth of $186bn"
    m = after_re.match(text[hit.end:hit.end + 10].lower())
    if m and not (m.group("w") == "+" and hit.qualifier):
        hit.qualifier = hit.qualifier or table[m.group("w")]
        hit.end += m.end()

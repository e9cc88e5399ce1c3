"""Dates: every date expression with its TIMEX3 value (issue 3).

Detection = the statistical model's DATE/TIME entities united with token patterns from
`patterns/dates/matcher.jsonl` (a spaCy Matcher: the model misses "now", "Friday morning",
"the third quarter", cuts "early next year"...). Overlapping candidates are merged, edge words
such as "in"/"on"/"since" trimmed, and each span normalised by `timex.normalise` against the
publication date, the clause's tense and the last date the text mentioned. A span that gets no
value (a duration like "four months", a frequency like "every day") is not a date and is dropped.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...nlp.clock_times import is_clock_pair
from ...nlp import extensions
from ...records import DateFact
from ...nlp.resources import jsonl_files, load_jsonl, load_wordlist
from ...nlp.triggered import TriggeredMatcher
from .filters import is_vague, not_a_date
from .event_year import with_event_year
from .clock_digits import clock_text
from .line_breaks import pieces
from .told_year import in_told_year
from .generic_today import present_today
from .month_counts import counted_after_day
from .named_event_years import event_year_spans
from .ref_grain import unknown_year_ref
from .word_senses import fall_as_decline, still_now
from .narrative import apposed_weekday
from .clock_grain import after_midnight, clock_grain
from .implied import YEAR, implied_year
from .timex import MONTHS, Context, Timex, normalise, ordered_end

MODEL_LABELS = ("DATE", "TIME")
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "GPE", "LOC", "NORP", "LAW"})
# words a candidate may start with that are not part of the date expression
LEAD_TRIM = frozenset("in on at since by until till during from for through to between before after of "
                      "and or , ; : ( ) \" ' “ ” — – -".split())
TAIL_TRIM = frozenset("'s ’s , ; : . and or of the to - – — ( ) \" ' “ ”".split())
# a quarter mentioned this near still decides what "a year earlier" / "the quarter" mean
QUARTER_REACH = 600
# digit shapes too common in news to trigger a date pattern on their own: plain small numbers
COMMON_SHAPES = frozenset({"d", "dd", "dxx", "ddxx", "d.dd", "dd.dd"})
MONTH_WORDS = frozenset(MONTHS)
YEAR_TOKEN = re.compile(r"^(1[6-9]|20)\d\d$")
FOLLOWER_CHECKED = frozenset({"past"})  # pattern ids that must not be followed by a number/noun
RANGE_WORDS = frozenset({"to", "through", "until", "and", "or", "-", "–", "—"})
_EXPLICIT_QUARTER = re.compile(
    r"(?i)\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\W+(?:fiscal\W+)?quarter|\b(?:last|final)\W+(?:quarter|three months) of \d{4}")
_DERIVED = re.compile(r"(?i)\b(?:ago|earlier|previous|last(?! (?:quarter|three months) of \d)|before)\b")


@Language.factory("factextract_dates")
def make_dates(nlp: Language, name: str) -> "DatesComponent":
    return DatesComponent(nlp)


def _expand(pattern: list[dict]) -> list[dict]:
    """Replace "@name" word-list references inside IN lists by the list itself."""
    out = []
    for tok in pattern:
        tok = dict(tok)
        for key, val in list(tok.items()):
            if isinstance(val, dict) and isinstance(val.get("IN"), str) and val["IN"].startswith("@"):
                tok[key] = {**val, "IN": sorted(load_wordlist(f"dates/{val['IN'][1:]}.txt"))}
        out.append(tok)
    return out


class DatesComponent:
    """Sets doc._.dates: a list of records.DateFact in text order."""

    def __init__(self, nlp: Language):
        # patterns that read tags/parts of speech can only run on a tagged doc (the fallback
        # pipeline without a model has none), so they get a matcher of their own. Each pattern
        # runs only around a rare word it needs ("Friday", "quarter", "1990"): see triggered.py.
        glue = load_wordlist("dates/glue.txt")
        self.lexical = TriggeredMatcher(nlp.vocab, glue, COMMON_SHAPES)
        self.tagged = TriggeredMatcher(nlp.vocab, glue, COMMON_SHAPES)
        self.keep: dict[int, tuple[int, int]] = {}
        for path in jsonl_files("dates"):
            for row in load_jsonl(path):
                if "pattern" in row:
                    pattern = _expand(row["pattern"])
                    needs_tags = any(k in tok for tok in pattern for k in ("TAG", "POS"))
                    (self.tagged if needs_tags else self.lexical).add(row["id"], pattern)
                    if "keep" in row:  # only these tokens of the match are the date
                        self.keep[nlp.vocab.strings[row["id"]]] = tuple(row["keep"])

    def matches(self, doc: Doc) -> list["Match"]:
        found = self.lexical(doc)
        if doc.has_annotation("TAG"):
            found += self.tagged(doc)
        return found

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(doc, self.matches(doc), self.keep)
        return doc


Match = tuple[int, int, int]  # (match_id, start token, end token)
Candidate = tuple[tuple[int, int], list[tuple[int, int]]]


def _name_tokens(doc: Doc) -> set[int]:
    """Tokens inside names, where a date word is part of the name ("Mark Sunday", "the Mail on
    Sunday"): the entity grouping's mentions, and the model's names the grouping has no mention
    in. A model name the grouping cut ("the Commons on Monday" -> "Commons") counts only as far
    as the grouping's mention goes."""
    mentions = [(m.start, m.end) for ents in (doc._.entities or {}).values() for e in ents for m in e.mentions]
    out: set[int] = set()
    for s, t in mentions:
        span = doc.char_span(s, t, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    for e in doc.ents:
        if e.label_ not in NAME_LABELS:
            continue
        if not any(s < e.end_char and t > e.start_char for s, t in mentions):
            out.update(range(e.start, e.end))
    return out


def _candidates(doc: Doc, pattern_matches: list[Match], keep: dict[int, tuple[int, int]]) -> list[Candidate]:
    """Merged candidate spans, each with the smaller pattern matches inside it: when the merged
    span is not one date ("the quarter ended Sept. 30" as one model entity), those are tried."""
    model = [(e.start, e.end) for e in doc.ents if e.label_ in MODEL_LABELS]
    model += event_year_spans(doc)   # "the 2003 World Cup" tagged EVENT (named_event_years.py)
    zones = load_wordlist("dates/timezones.txt")  # "GMT" tagged ORG must not block "1650 GMT"
    named = {t for t in _name_tokens(doc) if doc[t].lower_ not in zones}
    # a model date wholly inside a name the grouping kept is part of it ("the Mail on Sunday")
    model = [(s, e) for s, e in model if not all(t in named for t in range(s, e))]
    matches = []
    for match_id, s, e in pattern_matches:
        if doc.vocab.strings[match_id] in FOLLOWER_CHECKED and e < len(doc) and (
                doc[e].like_num or doc[e].pos_ in ("NOUN", "NUM", "PROPN")):
            continue  # "in the past five years" is a duration, not the past
        if match_id in keep:
            s, e = s + keep[match_id][0], s + keep[match_id][1]
        if named and any(t in named for t in range(s, e)):
            continue  # "Mark Sunday", "This Week With David Brinkley": names, not dates
        matches.append((s, e))
    years = [(t.i, t.i + 1) for s, e in model for t in doc[s:e] if YEAR_TOKEN.match(t.text)]
    spans = sorted(model + matches)
    merged: list[list] = []
    for s, e in spans:
        # overlapping, or joined by a possessive: "next year's | first quarter"
        if merged and (s < merged[-1][1] or s == merged[-1][1] + 1 and doc[s - 1].lower_ in ("'s", "’s")):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    inner = sorted(set(matches + years), key=lambda x: (x[0] - x[1], x[0]))
    out = []
    for s, e in [piece for s0, e0 in merged for piece in pieces(doc, s0, e0)]:  # never over a line break
        subs = [x for x in inner if s <= x[0] and x[1] <= e and x != (s, e)]
        trimmed = _trim(doc, s, e)
        if trimmed:
            out.append((trimmed, [t for t in (_trim(doc, a, b) for a, b in subs) if t]))
    return out


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    while s < e and doc[s].lower_ in LEAD_TRIM:
        s += 1
    while e > s and (doc[e - 1].lower_ in TAIL_TRIM or doc[e - 1].is_space):
        e -= 1
    if e - s > 1 and doc[s].lower_ == "the" and _adjectival(doc, s + 1, e):
        s += 1
    return (s, e) if e > s else None


def _adjectival(doc: Doc, s: int, e: int) -> bool:
    """After "the": a date used as a modifier ("the third-quarter loss", "the Aug. 7 vote"),
    where the article belongs to the noun phrase, not to the date."""
    if doc[s].lower_.rstrip(".") in MONTH_WORDS:
        return True
    return e - s >= 3 and doc[s + 1].text == "-" and doc[s + 2].lower_ in ("quarter", "half")


# verbs whose object is an appointment: "planned to leave on Thursday", "scheduled a vote Monday"
PLAN_VERBS = frozenset("plan schedule reschedule expect intend slate postpone delay adjourn".split())
# verbs of a forecast: a date told with their object is the forecast's, ahead ("ISO forecast
# demand Monday at near-record levels", "forecasters predict snow on Tuesday")
FORECAST_VERBS = frozenset("forecast predict project".split())
# heads of a bare verb that shares their tense ("saw sales rise", "helped profits grow")
BARE_VERB_HEADS = frozenset("see watch help make let".split())
FUTURE_AUX = frozenset("will 'll shall wo might may should must".split())


def clause_tense(span: Span) -> str | None:
    """Past / present / future of the clause the span belongs to, read off the parse: None
    without one, after "would" (reported speech: either way), or when the date hangs off an
    adjective such as "payable", "due", "effective" (appointments, whose tense is not the
    verb's). An infinitive under a present-tense verb ("plans to meet Monday", "is scheduled to
    close Monday") looks forward; under a past one it is past."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return None
    tok = span.root
    if tok.dep_ in ("compound", "nmod", "amod", "poss") and tok.head.pos_ in ("NOUN", "PROPN"):
        return None  # "a June agreement", "Friday's vote": names a thing, not when the verb happened
    infinitive = False
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX"):
            kids = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            lowers = {c.lower_ for c in kids}
            if lowers & FUTURE_AUX or ("going" in lowers and tok.tag_ == "VB"):
                return "future"
            if tok.lemma_ in PLAN_VERBS and tok.tag_ != "VBD":  # "is scheduled", "has planned", "plans"
                return "future"
            if _forecast(tok):
                return "future"
            if "would" in lowers or "'d" in lowers:
                return None
            if (not kids and tok.tag_ in ("VB", "VBP") and tok.head.tag_ == "VBD"
                    and tok.head.lemma_ in BARE_VERB_HEADS):
                return "past"  # "saw sales rise 8% in 2004": the bare verb takes the head's tense
            if tok.tag_ == "VB" and any(c.tag_ == "TO" for c in kids):
                infinitive = True
            elif any(c.tag_ == "VBD" for c in kids) or tok.tag_ == "VBD":
                return "past"
            elif tok.tag_ == "VBN" and (not kids or lowers & {"has", "have", "had", "'s", "'ve", "was", "were"}):
                return "past"
            elif tok.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in kids):
                return "future" if infinitive else "present"
        elif tok.pos_ == "ADJ" and tok is not span.root and not infinitive:
            return None
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _forecast(verb) -> bool:
    """A forecast verb with its forecast as object and no clause ("predicted on Monday that ..."
    dates the saying). "forecast" is past and present alike; unless marked past ("predicted",
    "projected") the forecast reading wins."""
    if verb.lemma_ not in FORECAST_VERBS or (verb.tag_ == "VBD" and verb.lower_ != verb.lemma_):
        return False
    kids = {c.dep_ for c in verb.children}
    return "dobj" in kids and not kids & {"ccomp", "aux", "auxpass"}


def _published(doc: Doc) -> date | None:
    try:
        return date.fromisoformat(doc._.published) if doc._.published else None
    except (TypeError, ValueError):
        return None


def _split_range(span: Span, ctx: Context) -> list[tuple[Span, Timex]] | None:
    """'June to August', 'Sept. 14 to Thursday', '1985 and 1987': separate dates (as TimeML
    marks them), each carrying both ends of the range in low/high."""
    for tok in span[1:-1]:
        if tok.lower_ in RANGE_WORDS:
            if tok.is_punct and not (span.doc[tok.i - 1].like_num and span.doc[tok.i + 1].like_num):
                continue  # "year-earlier" is not a range; "1950-53", "June 3-5" are
            left, right = span.doc[span.start:tok.i], span.doc[tok.i + 1:span.end]
            if is_clock_pair(left.text, right[0].text, span.doc.text[max(0, span.start_char - 40):span.start_char],
                             right[-1].lower_ in ("hours", "hrs")):   # "between 2200 and 0700" (clock_times.py)
                a, b = normalise(f"{left.text} hours", ctx), normalise(f"{right[0].text} hours", ctx)
            else:
                a, b = normalise(left.text, ctx), normalise(right.text, ctx)
                if b is not None and "T" in (b.value or "") and re.fullmatch(r"\d{4}", left.text):
                    a = normalise(f"{left.text} {right[-1].text}", ctx)  # "1130 to 1215 GMT": both clock times
            if a is None or b is None or not a.value or not b.value:
                continue
            if tok.lower_ in ("and", "or"):
                return [(left, a), (right, b)]
            b = ordered_end(a, b)
            return [(left, Timex(a.value, a.grain, a.mod, a.value, b.value, a.anchored)),
                    (right, Timex(b.value, b.grain, b.mod, a.value, b.value, b.anchored))]
    return None


def _resolve(span: Span, ctx: Context, last_quarter: tuple[int, Timex] | None) -> list[tuple[Span, Timex]] | None:
    """The date(s) a candidate span holds, or None when it is not a date."""
    ctx.tense = clause_tense(span)
    ctx.at = span.start_char
    ctx.ref_q = last_quarter[1] if last_quarter and span.start_char - last_quarter[0] <= QUARTER_REACH else None
    parts = _split_range(span, ctx) if len(span) > 2 else None
    if parts is None:
        tx = normalise(clock_text(span) or span.text, ctx)
        if tx is None or not tx.value:
            return None
        if len(span) > 1 and span[0].lower_ in ("earlier", "later") and tx.grain == "day":
            span = span[1:]  # "earlier Friday": the date is Friday
        parts = [(span, tx)]
    return parts


def find_dates(doc: Doc, pattern_matches: list[Match], keep: dict[int, tuple[int, int]] | None = None) -> list[DateFact]:
    """The dates of a parsed doc, given the pattern matches (match_id, start, end) on it."""
    dct = _published(doc)
    ctx = Context(dct=dct)
    last_quarter: tuple[int, Timex] | None = None
    facts: list[DateFact] = []
    implied_used = False
    candidates = _candidates(doc, pattern_matches, keep or {})
    if dct is None:
        _imply_year(doc, candidates, ctx)
    for (s, e), subs in candidates:
        if s > 0 and doc[s - 1].lower_ in ("every", "each"):
            continue  # "every March" is a frequency (a SET), not a date
        found = _resolve(doc[s:e], ctx, last_quarter)
        if found is None:  # not one date: the pattern matches inside it, longest first
            found, taken = [], set()
            for a, b in subs:
                if taken.isdisjoint(range(a, b)):
                    got = _resolve(doc[a:b], ctx, last_quarter)
                    if got:
                        found += got
                        taken.update(range(a, b))
            found.sort(key=lambda pt: pt[0].start)
        for part, tx in found:
            month = counted_after_day(part, tx)   # "In January 25 people" (month_counts.py)
            if month is not None:
                got = normalise(month.text, ctx)
                if got is None or not got.value:
                    continue
                part, tx = month, got
            if not_a_date(part, tx) or fall_as_decline(part):   # "this fall from 2.1%" (word_senses.py)
                continue
            tx = present_today(part, tx)   # "the web of today", "today's gamers": nowadays
            tx = still_now(part, tx)   # "to this day": still (word_senses.py)
            tx = apposed_weekday(part, facts) or tx   # "on Dec. 18, a Wednesday" (narrative.py)
            tx = after_midnight(part, tx)   # "shortly after midnight on Dec. 19": its start (clock_grain.py)
            if dct is None:
                tx = with_event_year(part, tx)   # "The 2009 prizes will be handed out on 14 November"
            tx = in_told_year(part, tx, facts)   # "across 2010, but just 1.6% in the second half of the year"
            anchor = None
            if tx.anchored in ("event", "told"):
                anchor = tx.value[:4]
            elif tx.anchored == "dct":
                anchor = doc._.published
            elif tx.anchored == "ref" and ctx.ref is not None:
                anchor = ctx.ref.value
            elif tx.anchored == "quarter" and ctx.ref_q is not None:   # "the full year" (results_year.py)
                anchor = ctx.ref_q.value
            elif tx.anchored == "implied":
                anchor = str(ctx.year or ctx.past_year)
                implied_used = True
            facts.append(DateFact(text=part.text, start=part.start_char, end=part.end_char, value=tx.value,
                                  grain=clock_grain(part.text, tx), anchor=anchor, mod=tx.mod, low=tx.low, high=tx.high,
                                  vague=True if is_vague(tx) else None))
            if dct is None and unknown_year_ref(tx, part.text):   # "in January ... a year earlier": no stale year (ref_grain.py)
                ctx.ref, ctx.ref_at = tx, part.end_char
            if tx.grain in ("day", "week", "month", "quarter", "year", "season", "half") and tx.value[:1].isdigit():
                ctx.ref, ctx.ref_at = tx, part.end_char
                if tx.grain == "quarter" and _EXPLICIT_QUARTER.search(part.text) and not _DERIVED.search(part.text) \
                        and ctx.tense != "future":  # a quarter told as a plan is not the one reported
                    last_quarter = (part.end_char, tx)
    if implied_used:
        extensions.warn(doc, f"dates: no publication date; relative dates read against "
                             f"{ctx.year or ctx.past_year}, the year the article implies by the years it tells in the past")
    return facts


def _clock_or_measure(tok) -> bool:
    """ "1830 GMT", "2000m": a year-shaped number that is no year."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (nxt.lower_ in load_wordlist("dates/timezones.txt")
                                or (not tok.whitespace_ and nxt.is_alpha)
                                or nxt.lower_ in load_wordlist("dates/measures.txt"))


def _imply_year(doc: Doc, candidates: list[Candidate], ctx: Context) -> None:
    """With no publication date, the year the article implies (see implied.py) into ctx."""
    spans = []
    for (s, e), subs in candidates:
        for a, b in [(s, e)] + subs:
            span = doc[a:b]
            if any(YEAR.match(t.text) and not _clock_or_measure(t) for t in span):
                spans.append((span, clause_tense(span)))
                break
    found = implied_year(spans)
    ctx.year, ctx.past_year = found.year, found.past


"""Dates: every date expression with its TIMEX3 value (issue 3).

Detection = the statistical model's DATE/TIME entities united with token patterns from
`patterns/dates/matcher.jsonl` (a spaCy Matcher: the model misses "now", "Friday morning",
"the third quarter", cuts "early next year"...). Overlapping candidates are merged, edge words
such as "in"/"on"/"since" trimmed, and each span normalised by `timex.normalise` against the
publication date, the clause's tense and the last date the text mentioned. A span that gets no
value (a duration like "four months", a frequency like "every day") is not a date and is dropped.
"""
from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
from .records import DateFact
from .resources import jsonl_files, load_jsonl, load_wordlist
from .timex import Context, Timex, normalise

MODEL_LABELS = ("DATE", "TIME")
# words a candidate may start with that are not part of the date expression
LEAD_TRIM = frozenset("in on at since by until till during from for through to between before after of "
                      "and or , ; : ( ) \" ' “ ” — – - as".split())
TAIL_TRIM = frozenset("'s ’s , ; : . and or of the to - – — ( ) \" ' “ ”".split())
# a quarter mentioned this near still decides what "a year earlier" / "the quarter" mean
QUARTER_REACH = 600


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
        self.matcher = Matcher(nlp.vocab)
        for path in jsonl_files("dates"):
            for row in load_jsonl(path):
                if "pattern" in row:
                    self.matcher.add(row["id"], [_expand(row["pattern"])])

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(doc, self.matcher)
        return doc


def _candidates(doc: Doc, matcher: Matcher) -> list[tuple[int, int]]:
    spans = [(e.start, e.end) for e in doc.ents if e.label_ in MODEL_LABELS]
    spans += [(s, e) for _, s, e in matcher(doc)]
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out = []
    for s, e in merged:
        while s < e and doc[s].lower_ in LEAD_TRIM:
            s += 1
        while e > s and (doc[e - 1].lower_ in TAIL_TRIM or doc[e - 1].is_space):
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def clause_tense(span: Span) -> str | None:
    """Past / present / future of the verb governing the span (None without a parse)."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return None
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    group = [tok] + [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    lowers = {t.lower_ for t in group}
    if lowers & {"will", "'ll", "shall", "wo"} or ("going" in lowers and tok.tag_ == "VB"):
        return "future"
    if any(t.tag_ == "VBD" for t in group) or (tok.tag_ == "VBN" and lowers & {"has", "have", "had", "'s", "'ve"}):
        return "past"
    return "present"


def _published(doc: Doc) -> date | None:
    try:
        return date.fromisoformat(doc._.published) if doc._.published else None
    except (TypeError, ValueError):
        return None


def find_dates(doc: Doc, matcher: Matcher) -> list[DateFact]:
    dct = _published(doc)
    ctx = Context(dct=dct)
    last_quarter: tuple[int, Timex] | None = None
    facts: list[DateFact] = []
    for s, e in _candidates(doc, matcher):
        span = doc[s:e]
        ctx.tense = clause_tense(span)
        ctx.ref_q = last_quarter[1] if last_quarter and span.start_char - last_quarter[0] <= QUARTER_REACH else None
        tx = normalise(span.text, ctx)
        if tx is None or tx.value is None:
            continue
        anchor = None
        if tx.anchored == "dct":
            anchor = doc._.published
        elif tx.anchored == "ref" and ctx.ref is not None:
            anchor = ctx.ref.value
        facts.append(DateFact(text=span.text, start=span.start_char, end=span.end_char, value=tx.value,
                              grain=tx.grain, anchor=anchor, mod=tx.mod, low=tx.low, high=tx.high))
        if tx.grain in ("day", "week", "month", "quarter", "year", "season", "half") and tx.value[:1].isdigit():
            ctx.ref = tx
            if tx.grain == "quarter":
                last_quarter = (span.end_char, tx)
    return facts


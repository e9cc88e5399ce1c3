"""Compare articles about the same event: which facts two or more outlets report alike
(corroborated), which only one reports (single-source), and where they disagree (conflict).

Facts are paired by keys, never by comparing every fact with every other: names by their
spelling-free key (names.py), figures by unit and by what they count, dates by value and by
grain, quotes by word shingles. Only candidates inside one bucket are checked against each
other, and only across articles. Whether two facts speak of the same thing is decided by the
words of their sentences (context.py) and, for figures, the dates in the same sentence;
whether their values can both hold, by agreement.py.

Pairs that agree are joined into one group (union-find); a group whose facts come from two or
more articles is corroborated. Two groups that disagree (same counted thing and unit, or same
event, with values that cannot both hold) make a conflict, unless one article already reports
both: then they are two facts, not a dispute. A quote group whose named speakers differ is a
conflict too.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Sequence

from .agreement import (counted_class, dates_agree, figures_agree, number, periods, quote_words,
                        unit_family)
from .context import Sentences, overlap, stems
from .names import NameIndex, UnionFind, looks_like_name, name_tokens
from ..records import DateFact, Figure, Quote, Record

FACT_ORDER = ("person", "organisation", "place", "figure", "date", "quote")


# ---- the output: plain dataclasses, serialised by records.to_dict -------------------------

@dataclass
class Evidence:
    """One article's instance of a fact: where it is and what that article says."""
    OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {"value", "unit", "qualifier", "counted", "grain", "speaker", "speaker_start", "speaker_end"})
    id: str
    text: str
    start: int
    end: int
    value: Any = None
    unit: str | None = None
    qualifier: str | None = None
    counted: str | None = None
    grain: str | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass
class Finding:
    """One fact across the articles, its status and the evidence from every article."""
    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"reason"})
    fact: str                 # person | organisation | place | figure | date | quote
    status: str               # corroborated | conflict | single_source
    label: str                # a short human name for the fact
    articles: list[str]       # ids of the articles that report it
    values: list[Any]         # the distinct values reported (names, numbers, dates, speakers)
    evidence: list[Evidence] = field(default_factory=list)
    reason: str | None = None  # why it is a conflict


@dataclass
class Comparison:
    """The result of `factextract compare`."""
    articles: list[str]
    summary: dict[str, int]
    corroborated: list[Finding] = field(default_factory=list)
    conflicts: list[Finding] = field(default_factory=list)
    single_source: list[Finding] = field(default_factory=list)


# ---- one fact of one article, with what is needed to pair it --------------------------------

@dataclass
class _Item:
    article: int
    fact: Any
    ctx: frozenset[str]
    win: frozenset[str]
    dates: frozenset[str] = frozenset()   # date values in the same sentence (figures)
    counted: str | None = None            # class of the counted thing (figures)
    speaker: "_Speaker | None" = None     # resolved speaker (quotes); None: a description
    words: str = ""                       # normalised words (quotes)


@dataclass(frozen=True)
class _Speaker:
    """Who a quote is given to: the fullest name, its entity cluster when the articles'
    entities carry it, and its name tokens."""
    name: str
    cluster: int | None
    tokens: frozenset[str]


class _Groups(UnionFind):
    """Items joined when they agree, plus the disagreements found between them."""

    def __init__(self, n: int, articles: Sequence[int] = ()) -> None:
        super().__init__(n)
        self.conflicts: list[tuple[int, int]] = []
        self._articles = {i: {a} for i, a in enumerate(articles)}

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        super().union(a, b)
        if ra != rb and self._articles:
            root = self.find(a)
            self._articles[root] = self._articles.pop(ra if root == rb else rb) | self._articles[root]

    def covers(self, item: int, article: int) -> bool:
        """Does the group of `item` already hold a fact of `article`?"""
        return article in self._articles.get(self.find(item), ())


def _unrelated(a: _Item, b: _Item) -> bool:
    """No word of their sentences in common: never the same fact, whatever the values
    (a set intersection, so the bulk of a bucket is dismissed at C speed)."""
    return a.ctx.isdisjoint(b.ctx) and bool(a.ctx or b.ctx)


def _cross_pairs(indices: list[int], items: list[_Item]) -> Iterable[tuple[int, int]]:
    """Pairs of one bucket whose items come from different articles."""
    for x in range(len(indices)):
        a = indices[x]
        for b in indices[x + 1:]:
            if items[a].article != items[b].article:
                yield a, b


# ---- figures --------------------------------------------------------------------------------

def _same_period(a: _Item, b: _Item, strict: bool) -> bool:
    """Both sentences about the same period; `strict`: a period on one side only disagrees."""
    pa, pb = periods(a.dates), periods(b.dates)
    if not pa and not pb:
        return True
    if not pa or not pb:
        return not strict
    return any(dates_agree(x, y) for x in pa for y in pb)


def _same_figure(a: _Item, b: _Item) -> bool:
    """Agreeing values: do they count the same thing in the same setting?"""
    if a.counted and b.counted and a.counted != b.counted:
        return False
    if not _same_period(a, b, strict=False):
        return False
    if not a.ctx and not b.ctx:
        return True
    shared, ratio = overlap(a.ctx, b.ctx)
    if a.counted and a.counted == b.counted:
        return shared >= 1
    return shared >= 2 and ratio >= 0.25


def _figure_conflict(a: _Item, b: _Item) -> float:
    """Disagreeing values: how surely the same count of the same thing in the same event
    (0 when not at all)."""
    fa, fb = a.fact, b.fact
    if a.counted != b.counted or (a.counted is None and not fa.unit):
        return 0.0
    if not _same_period(a, b, strict=True) or not _same_magnitude(fa, fb):
        return 0.0
    return _event_match(a, b)


def _same_magnitude(a: Figure, b: Figure) -> bool:
    """Rival reports of one count stay within a factor of ten of each other ("12 dead" and
    "15 dead"); "$500" and "$650 million" are two different sums, not a dispute."""
    va = [abs(v) for v in (number(a.value), number(a.low), number(a.high)) if v is not None]
    vb = [abs(v) for v in (number(b.value), number(b.low), number(b.high)) if v is not None]
    if not va or not vb:
        return False
    lo, hi = sorted((max(va), max(vb)))
    return hi == 0 or (lo > 0 and hi / lo <= 10)


def _event_match(a: _Item, b: _Item, exclude: set[str] = frozenset()) -> float:
    """Two facts told in sentences about one event: much of the shorter sentence shared,
    and two words right next to both facts too. The score ranks rival candidates."""
    shared, ratio = overlap(a.ctx, b.ctx)
    near = (a.win & b.win) - exclude
    if shared >= 3 and ratio >= 0.4 and len(near) >= 2:
        return ratio + len(near) / 10
    return 0.0


def _keep_best_conflicts(candidates: list[tuple[float, int, int]], items: list[_Item], groups: _Groups) -> None:
    """One rival per fact per other article: the best-matching one. "On Saturday" in one
    article disputes "on Friday" in the other, not also "said on Sunday" in that sentence."""
    taken: set[tuple[int, int]] = set()
    for _score, a, b in sorted(candidates, key=lambda c: -c[0]):
        if (a, items[b].article) in taken or (b, items[a].article) in taken:
            continue
        taken.update({(a, items[b].article), (b, items[a].article)})
        groups.conflicts.append((a, b))


def _pair_figures(items: list[_Item], groups: _Groups) -> None:
    by_value: dict[tuple, list[int]] = defaultdict(list)
    by_thing: dict[tuple, list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        unit = unit_family(it.fact.unit)
        value = number(it.fact.value)
        by_value[(unit, value if value is not None else (it.fact.low, it.fact.high))].append(n)
        by_thing[(unit, it.counted)].append(n)
    for bucket in by_value.values():
        for a, b in _cross_pairs(bucket, items):
            if _same_figure(items[a], items[b]):
                groups.union(a, b)
    candidates = []
    for bucket in by_thing.values():
        for a, b in _cross_pairs(bucket, items):
            if _unrelated(items[a], items[b]) or groups.find(a) == groups.find(b):
                continue
            agree = figures_agree(items[a].fact, items[b].fact)
            if agree and _same_figure(items[a], items[b]):
                # a merely compatible value joins only a group its article is not yet in:
                # "more than 34,000" must not ride along with "tens of thousands"
                if not (groups.covers(a, items[b].article) or groups.covers(b, items[a].article)):
                    groups.union(a, b)
            elif not agree:
                score = _figure_conflict(items[a], items[b])
                if score:
                    candidates.append((score, a, b))
    _keep_best_conflicts(candidates, items, groups)


# ---- dates ----------------------------------------------------------------------------------

_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q\d|-[A-Z]{2})?$")


def _pair_dates(items: list[_Item], groups: _Groups) -> None:
    by_value: dict[str, list[int]] = defaultdict(list)
    by_grain: dict[str, list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        if it.fact.value[:1].isdigit():   # "PAST_REF" in two articles says nothing shared
            by_value[it.fact.value].append(n)
        if _ISO.match(it.fact.value or ""):
            by_grain[it.fact.grain or str(len(it.fact.value))].append(n)
    for bucket in by_value.values():
        for a, b in _cross_pairs(bucket, items):
            shared, ratio = overlap(items[a].ctx, items[b].ctx)
            if (shared >= 2 and ratio >= 0.25) or (not items[a].ctx and not items[b].ctx):
                groups.union(a, b)
    candidates = []
    for bucket in by_grain.values():
        for a, b in _cross_pairs(bucket, items):
            if _unrelated(items[a], items[b]):
                continue
            da, db = items[a].fact, items[b].fact
            if dates_agree(da.value, db.value) or groups.find(a) == groups.find(b):
                continue
            score = _event_match(items[a], items[b])
            if score:
                candidates.append((score, a, b))
    _keep_best_conflicts(candidates, items, groups)


# ---- quotes ---------------------------------------------------------------------------------

_SHINGLE = 3
_MIN_DISPUTED = 4   # words a quote needs before giving it to two speakers is a conflict


def _pair_quotes(items: list[_Item], groups: _Groups) -> None:
    """Identical quotes, or a fragment of three words or more inside a longer one."""
    index: dict[str, list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        words = it.words.split()
        if len(words) < _SHINGLE:
            index[it.words].append(n)
            continue
        for k in range(len(words) - _SHINGLE + 1):
            index[" ".join(words[k:k + _SHINGLE])].append(n)
    for n, it in enumerate(items):
        words = it.words.split()
        if not words:
            continue
        probe = " ".join(words[:_SHINGLE])
        for m in set(index.get(probe, ())):
            other = items[m]
            if other.article == it.article or groups.find(n) == groups.find(m):
                continue
            if it.words == other.words:
                groups.union(n, m)
            elif (len(words) >= _SHINGLE and f" {it.words} " in f" {other.words} "
                  and not _speakers_differ(it.speaker, other.speaker)):
                # a phrase inside someone else's longer quote is a phrase in common, not a
                # misattribution: fragments join only when the speakers can be the same
                groups.union(n, m)


def _speakers_differ(a: _Speaker | None, b: _Speaker | None) -> bool:
    """Two speakers that cannot be one and the same: both named, not one entity, and
    neither name part of the other ("Hong" may be "Hong Min")."""
    if a is None or b is None or (a.cluster is not None and a.cluster == b.cluster):
        return False
    return not (a.tokens <= b.tokens or b.tokens <= a.tokens)


def _speakers_conflict(group: list[_Item]) -> bool:
    """Articles that give the same words to different named speakers. Short quotes and
    scare quotes ("Morning Joe", "human scum") are names and phrases anyone may use."""
    said = [q for q in group if q.fact.kind != "scare" and len(q.words.split()) >= _MIN_DISPUTED]
    return any(_speakers_differ(a.speaker, b.speaker)
               for x, a in enumerate(said) for b in said[x + 1:] if a.article != b.article)


# ---- building items from records ------------------------------------------------------------

def _speaker(names: NameIndex, labels: dict[int, str], article: int, q: Quote) -> _Speaker | None:
    cluster = names.resolve(article, q.speaker, q.speaker_start, q.speaker_end)
    if cluster is not None:
        name = labels[cluster]
    elif looks_like_name(q.speaker):
        name = re.sub(r"^(?i:the)\s+", "", q.speaker.strip())
    else:
        return None
    return _Speaker(name, cluster, frozenset(name_tokens(name)))


def _items(records: Sequence[Record], texts: Sequence[str | None], names: NameIndex,
           labels: dict[int, str]) -> tuple[list[_Item], list[_Item], list[_Item]]:
    figures, dates, quotes = [], [], []
    for i, (record, text) in enumerate(zip(records, texts)):
        sents = Sentences(text) if text else None

        def ctx(f: Any) -> tuple[frozenset[str], frozenset[str]]:
            if sents is None:
                return frozenset(), frozenset()
            return sents.context(f.start, f.end), sents.window(f.start, f.end)

        date_spans = sorted((d.start, d.value) for d in record.dates if d.value)
        for d in record.dates:
            if d.value:
                dates.append(_Item(i, d, *ctx(d)))
        for f in record.figures:
            if number(f.value) is None and number(f.low) is None:
                continue
            in_sentence = frozenset()
            if sents is not None:
                s, e = sents.span(f.start, f.end)
                in_sentence = frozenset(v for st, v in date_spans if s <= st < e)
            # the unit and the counted noun are compared on their own; left in the context they
            # would make any two "percent" figures look like one event
            own = frozenset(stems(f"{f.unit or ''} {f.counted or ''}"))
            around, near = ctx(f)
            figures.append(_Item(i, f, around - own, near - own, dates=in_sentence,
                                 counted=counted_class(f.counted)))
        for q in record.quotes:
            quotes.append(_Item(i, q, *ctx(q), speaker=_speaker(names, labels, i, q),
                                words=quote_words(q.text)))
    return figures, dates, quotes


# ---- findings -------------------------------------------------------------------------------

def _status(articles: set[int]) -> str:
    return "corroborated" if len(articles) > 1 else "single_source"


def _ordered_unique(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(v for v in values if v is not None))


def _entity_findings(names: NameIndex, ids: list[str]) -> list[Finding]:
    out = []
    for members in names.clusters().values():
        nodes = [names.nodes[n] for n in members]
        kind = Counter(n.kind for n in nodes).most_common(1)[0][0]
        spellings = _ordered_unique(n.entity.name for n in nodes)
        if any(len(name_tokens(s)) > 1 for s in spellings):   # a surname alone is no spelling
            spellings = [s for s in spellings if len(name_tokens(s)) > 1]
        label = max(spellings, key=lambda s: (len(name_tokens(s)), -spellings.index(s)))
        evidence = [Evidence(ids[n.article], m.text, m.start, m.end, value=n.entity.name)
                    for n in nodes for m in n.entity.mentions[:1]]
        articles = {n.article for n in nodes}
        out.append(Finding(kind, _status(articles), label, _ordered_unique(ids[a] for a in sorted(articles)),
                           spellings, evidence))
    return out


def _figure_evidence(it: _Item, ids: list[str]) -> Evidence:
    f: Figure = it.fact
    value = f.value if f.value is not None else [f.low, f.high]
    return Evidence(ids[it.article], f.text, f.start, f.end, value=value, unit=f.unit,
                    qualifier=f.qualifier, counted=f.counted)


def _date_evidence(it: _Item, ids: list[str]) -> Evidence:
    d: DateFact = it.fact
    return Evidence(ids[it.article], d.text, d.start, d.end, value=d.value, grain=d.grain)


def _quote_evidence(it: _Item, ids: list[str], speaker_name: str | None) -> Evidence:
    q: Quote = it.fact
    return Evidence(ids[it.article], q.text, q.start, q.end, value=speaker_name, speaker=q.speaker,
                    speaker_start=q.speaker_start, speaker_end=q.speaker_end)


def _fact_findings(kind: str, items: list[_Item], groups: _Groups, ids: list[str],
                   evidence, label, values, reason: str, disputed=None) -> list[Finding]:
    """Groups to findings; groups linked by a disagreement and reported by disjoint sets of
    articles merge into one conflict finding."""
    members = groups.members()
    arts = {root: {items[i].article for i in idx} for root, idx in members.items()}
    links: dict[int, set[int]] = defaultdict(set)
    for a, b in groups.conflicts:
        ra, rb = groups.find(a), groups.find(b)
        if ra != rb and not (arts[ra] & arts[rb]):
            links[ra].add(rb)
            links[rb].add(ra)
    out, seen = [], set()
    for root in sorted(members, key=lambda r: (min(items[i].article for i in members[r]), r)):
        if root in seen:
            continue
        component, stack = [], [root]
        while stack:
            r = stack.pop()
            if r in seen:
                continue
            seen.add(r)
            component.append(r)
            stack.extend(links[r] - seen)
        idx = sorted((i for r in component for i in members[r]),
                     key=lambda i: (items[i].article, items[i].fact.start))
        articles = {items[i].article for i in idx}
        split = len(component) > 1 or (disputed is not None and disputed(idx))
        status = "conflict" if split else _status(articles)
        out.append(Finding(kind, status, label(idx), [ids[a] for a in sorted(articles)], values(idx),
                           [evidence(items[i]) for i in idx], reason if status == "conflict" else None))
    return out


def _fmt_number(x: Any) -> str:
    return f"{x:,.{0 if float(x).is_integer() else 2}f}" if isinstance(x, (int, float)) else str(x)


def compare(records: Sequence[Record], texts: Sequence[str | None] | None = None) -> Comparison:
    """Compare the facts of several articles. `texts` (the articles as read, in the order of
    `records`) give each fact its sentence; without them facts pair on values alone."""
    records = list(records)
    texts = list(texts) if texts is not None else [None] * len(records)
    ids = [r.id for r in records]
    names = NameIndex(records)
    findings = _entity_findings(names, ids)
    labels = {root: f.label for root, f in zip(names.clusters(), findings)}
    figures, dates, quotes = _items(records, texts, names, labels)

    def speaker_name(it: _Item) -> str | None:
        return it.speaker.name if it.speaker is not None and it.speaker.cluster is not None else it.fact.speaker

    fig_groups = _Groups(len(figures), [it.article for it in figures])
    _pair_figures(figures, fig_groups)
    findings += _fact_findings(
        "figure", figures, fig_groups, ids, lambda it: _figure_evidence(it, ids),
        lambda idx: " ".join(x for x in (figures[idx[0]].fact.text, figures[idx[0]].fact.counted) if x),
        lambda idx: _ordered_unique(_fmt_number(figures[i].fact.value) if figures[i].fact.value is not None
                                    else f"{_fmt_number(figures[i].fact.low)}–{_fmt_number(figures[i].fact.high)}"
                                    for i in idx),
        "the same count of the same thing, with values that cannot both hold")

    date_groups = _Groups(len(dates))
    _pair_dates(dates, date_groups)
    findings += _fact_findings(
        "date", dates, date_groups, ids, lambda it: _date_evidence(it, ids),
        lambda idx: dates[idx[0]].fact.value,
        lambda idx: _ordered_unique(dates[i].fact.value for i in idx),
        "the same event, dated differently")

    quote_groups = _Groups(len(quotes))
    _pair_quotes(quotes, quote_groups)
    findings += _fact_findings(
        "quote", quotes, quote_groups, ids, lambda it: _quote_evidence(it, ids, speaker_name(it)),
        lambda idx: min((quotes[i].fact.text for i in idx), key=len),
        lambda idx: _ordered_unique(speaker_name(quotes[i]) for i in idx),
        "the same words attributed to different speakers",
        disputed=lambda idx: _speakers_conflict([quotes[i] for i in idx]))

    findings.sort(key=lambda f: (FACT_ORDER.index(f.fact), -len(f.articles)))
    result = Comparison(ids, {})
    for f in findings:
        {"corroborated": result.corroborated, "conflict": result.conflicts,
         "single_source": result.single_source}[f.status].append(f)
    result.summary = {"articles": len(ids), "corroborated": len(result.corroborated),
                      "conflicts": len(result.conflicts), "single_source": len(result.single_source)}
    return result

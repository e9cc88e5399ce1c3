"""factextract compare: names, figures, dates and quotes paired across articles; corroborated,
single-source and conflicting facts, each with evidence that points into the texts.

Entities come from the real pipeline. Dates, figures and quotes are set on the records by hand
(what the extractors are meant to find, by the record contract), so these tests pin down the
comparison itself whatever the extractors find."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from conftest import SAMPLES
from factextract.compare.agreement import counted_class, dates_agree, figures_agree, quote_words
from factextract.compare.pairing import compare
from factextract.compare.context import stem
from factextract.compare.names import NameIndex, looks_like_name, name_key
from factextract.records import DateFact, Entity, Figure, Mention, Quote, Record, to_dict

PAIRS = SAMPLES / "pairs"
FERRY_A, FERRY_B = PAIRS / "ferry-harbor-wire.txt", PAIRS / "ferry-island-daily.txt"
STORM_A, STORM_B = PAIRS / "storm-coastal-times.txt", PAIRS / "storm-velmar-post.txt"


# ---- building records with hand-set facts ----------------------------------------------------

def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def date(text: str, phrase: str, value: str, grain: str, nth: int = 0) -> DateFact:
    s, e = at(text, phrase, nth)
    return DateFact(phrase, s, e, value, grain, anchor="2025-06-15")


def figure(text: str, phrase: str, value, unit=None, qualifier=None, counted=None, nth: int = 0) -> Figure:
    s, e = at(text, phrase, nth)
    return Figure(phrase, s, e, value, unit, qualifier, counted)


def quote(text: str, words: str, speaker: str) -> Quote:
    s, e = at(text, words)
    ss, se = at(text, speaker)
    return Quote(words, s, e, speaker, ss, se, "said", "direct")


def article(extract, path, ident=None, **facts) -> tuple[Record, str]:
    """The real record of a sample (its entities) with the dates, figures and quotes given."""
    text = path.read_text(encoding="utf-8")
    record = extract(text, id=ident or path.name)
    record = replace(record, **{k: [f(text) for f in v] for k, v in facts.items()})
    return record, text


FERRY_A_FACTS = dict(
    dates=[lambda t: date(t, "Saturday", "2025-06-14", "day"),
           lambda t: date(t, "Sunday", "2025-06-15", "day", nth=1),
           lambda t: date(t, "March", "2025-03", "month")],
    figures=[lambda t: figure(t, "12", 12, counted="people"),
             lambda t: figure(t, "four", 4, counted="missing"),
             lambda t: figure(t, "180", 180, counted="passengers"),
             lambda t: figure(t, "11", 11, counted="crew members"),
             lambda t: figure(t, "3 kilometres", 3, unit="kilometre"),
             lambda t: figure(t, "164", 164, counted="people")],
    quotes=[lambda t: quote(t, "The ship listed sharply to the left and then went over within minutes", "Choi Min-jun"),
            lambda t: quote(t, "We will cooperate fully with the investigation", "Han Soo-ah")],
)
FERRY_B_FACTS = dict(
    dates=[lambda t: date(t, "Friday", "2025-06-13", "day"),
           lambda t: date(t, "Sunday", "2025-06-15", "day", nth=1)],
    figures=[lambda t: figure(t, "15", 15, nth=3, counted="people"),
             lambda t: figure(t, "180", 180, counted="passengers"),
             lambda t: figure(t, "3 kilometres", 3, unit="kilometre"),
             lambda t: figure(t, "164", 164, counted="people")],
    quotes=[lambda t: quote(t, "The ship listed sharply to the left and then went over within minutes", "Han Soo-ah"),
            lambda t: quote(t, "We will not stop until every missing passenger is found", "Choi")],
)


@pytest.fixture(scope="module")
def ferry(extract):
    (ra, ta), (rb, tb) = article(extract, FERRY_A, **FERRY_A_FACTS), article(extract, FERRY_B, **FERRY_B_FACTS)
    return compare([ra, rb], [ta, tb]), {ra.id: ta, rb.id: tb}


def find(findings, fact, **where):
    hits = [f for f in findings if f.fact == fact and all(
        (v in f.values) if k == "value" else getattr(f, k) == v for k, v in where.items())]
    assert len(hits) == 1, (fact, where, [(f.label, f.values) for f in findings if f.fact == fact])
    return hits[0]


# ---- the conflict pair -----------------------------------------------------------------------

def test_ferry_pair_reports_each_real_conflict_with_evidence_from_both(ferry):
    result, texts = ferry
    assert result.summary["conflicts"] == 3
    toll = find(result.conflicts, "figure", value="12")
    assert toll.values == ["12", "15"]
    assert [(e.id, e.text, e.value) for e in toll.evidence] == [
        ("ferry-harbor-wire.txt", "12", 12), ("ferry-island-daily.txt", "15", 15)]
    when = find(result.conflicts, "date")
    assert when.values == ["2025-06-14", "2025-06-13"]
    assert when.reason == "the same event, dated differently"
    said = find(result.conflicts, "quote")
    assert said.values == ["Choi Min-jun", "Han Soo-ah"]
    assert said.reason == "the same words attributed to different speakers"
    for finding in (toll, when, said):
        assert finding.articles == ["ferry-harbor-wire.txt", "ferry-island-daily.txt"]
        for ev in finding.evidence:
            assert texts[ev.id][ev.start:ev.end] == ev.text


@pytest.mark.parametrize("fact, value", [("figure", "180"), ("figure", "164"), ("figure", "3")])
def test_ferry_pair_corroborates_what_both_report(ferry, fact, value):
    finding = find(ferry[0].corroborated, fact, value=value)
    assert finding.articles == ["ferry-harbor-wire.txt", "ferry-island-daily.txt"]
    assert len(finding.evidence) == 2


@pytest.mark.parametrize("spellings", [["Choi Min-jun", "Choi Min Jun"], ["Lee Jae-won", "Lee Jae Won"]])
def test_ferry_pair_merges_romanisations_of_one_person(ferry, spellings):
    finding = find(ferry[0].corroborated, "person", value=spellings[0])
    assert finding.values == spellings


def test_ferry_pair_keeps_one_sided_facts_single_source_and_does_not_tie_other_sunday(ferry):
    single = ferry[0].single_source
    assert find(single, "figure", value="11").articles == ["ferry-harbor-wire.txt"]
    # "Choi said": the surname resolves to the commander named earlier in that article
    assert find(single, "quote", value="Choi Min-jun").articles == ["ferry-island-daily.txt"]
    # "said on Sunday" shares the sentence with "on Friday" but is not the disputed day
    sundays = [f for f in ferry[0].conflicts if "2025-06-15" in f.values]
    assert sundays == []


def test_identical_articles_have_no_conflict_and_everything_corroborated(extract):
    a = article(extract, FERRY_A, "copy-1", **FERRY_A_FACTS)
    b = article(extract, FERRY_A, "copy-2", **FERRY_A_FACTS)
    result = compare([a[0], b[0]], [a[1], b[1]])
    assert result.conflicts == []
    assert result.single_source == []
    kinds = {f.fact for f in result.corroborated}
    assert {"figure", "date", "quote", "person"} <= kinds
    assert all(f.articles == ["copy-1", "copy-2"] for f in result.corroborated)


# ---- the agreeing pair: compatible values, an accent, no conflict ------------------------------

def test_storm_pair_compatible_values_corroborate_and_never_conflict(extract):
    a = article(extract, STORM_A, dates=[lambda t: date(t, "Monday", "2025-09-08", "day")], figures=[
        lambda t: figure(t, "more than 200", 200, qualifier="more than", counted="homes"),
        lambda t: figure(t, "nearly 3,000", 3000, qualifier="nearly", counted="residents"),
        lambda t: figure(t, "about 40,000", 40000, qualifier="about", counted="households"),
        lambda t: figure(t, "14", 14, counted="schools")],
        quotes=[lambda t: quote(t, "The water rose faster than anyone expected", "Ana Kovac")])
    b = article(extract, STORM_B, dates=[lambda t: date(t, "Monday", "2025-09-08", "day")], figures=[
        lambda t: figure(t, "About 230", 230, qualifier="about", counted="homes"),
        lambda t: figure(t, "2,900", 2900, counted="residents"),
        lambda t: figure(t, "Roughly 41,000", 41000, qualifier="roughly", counted="households"),
        lambda t: figure(t, "Fourteen", 14, counted="schools")],
        quotes=[lambda t: quote(t, "The water rose faster than anyone expected", "Ana Kovač")])
    result = compare([a[0], b[0]], [a[1], b[1]])
    assert result.conflicts == []
    for value in ("200", "3,000", "40,000", "14"):
        assert len(find(result.corroborated, "figure", value=value).articles) == 2
    assert find(result.corroborated, "date", value="2025-09-08")
    said = find(result.corroborated, "quote")
    assert [e.speaker for e in said.evidence] == ["Ana Kovac", "Ana Kovač"]
    assert len(said.values) == 1 and name_key(said.values[0]) == name_key("Ana Kovac")


def test_a_compatible_value_does_not_join_a_group_its_article_is_already_in():
    ta = "Tens of thousands of refugees have fled since the war. More than 34,000 refugees have fled since the war."
    tb = "Tens of thousands of refugees have fled since the war began."
    a = Record("a", figures=[figure(ta, "Tens of thousands", 10000, qualifier="more than", counted="refugees"),
                             figure(ta, "More than 34,000", 34000, qualifier="more than", counted="refugees")])
    b = Record("b", figures=[figure(tb, "Tens of thousands", 10000, qualifier="more than", counted="refugees")])
    result = compare([a, b], [ta, tb])
    assert [f.values for f in result.corroborated] == [["10,000"]]
    assert [f.values for f in result.single_source] == [["34,000"]]
    assert result.conflicts == []


# ---- the seeds: every corroboration item of the reference -----------------------------------

def _seed_records(extract, shared, alt_speakers=False):
    """The two seed articles: real entities, and the reference's dates, figures and quotes."""
    gold = json.loads((shared / "seeds" / "gold.json").read_text(encoding="utf-8"))
    out = []
    for name in sorted(k for k in gold if k.endswith(".txt")):
        text = (shared / "seeds" / name).read_text(encoding="utf-8")
        g, record = gold[name], extract(text, id=name)

        def span(phrase):
            s = text.find(phrase)
            s = s if s >= 0 else text.lower().index(phrase.lower())
            return text[s:s + len(phrase)], s, s + len(phrase)

        record.dates = [DateFact(*span(d["text"]), d["value"], None) for d in g["dates"]]
        record.figures = [Figure(*span(f["text"]), f["value"], f.get("unit"), f.get("qualifier"), f.get("subject"))
                          for f in g["figures"]]
        record.quotes = [Quote(*span(q["text"]), (q.get("speaker_alts") or [q["speaker"]])[0]
                               if alt_speakers else q["speaker"]) for q in g["quotes"]]
        out.append((record, text))
    return gold["corroboration"], out


@pytest.mark.parametrize("alt_speakers", [False, True])
def test_seeds_every_reference_corroboration_is_corroborated(extract, shared, alt_speakers):
    """Speakers as the reference gives them, then as an article may ("the analyst", "JCS")."""
    reference, pairs = _seed_records(extract, shared, alt_speakers)
    result = compare([r for r, _ in pairs], [t for _, t in pairs])
    texts = {r.id: t for r, t in pairs}
    for first, second in reference["same_people"]:
        f = [f for f in result.corroborated if f.fact in ("person", "organisation", "place") and first in f.values]
        assert len(f) == 1, first
        ev = {e.id: e for e in f[0].evidence}
        assert len(ev) == 2
        # the second article's spelling is where the evidence points (the recogniser may cut
        # "Yoon Suk-yeol's" short, but the evidence is that name)
        assert texts[pairs[1][0].id].find(second) == ev[pairs[1][0].id].start
    for value, _what in reference["same_figures"]:
        assert len(find(result.corroborated, "figure", value=f"{value:,}").articles) == 2
    for value, _what in reference["same_dates"]:
        assert len(find(result.corroborated, "date", value=value).articles) == 2
    for words in reference["same_quotes"]:
        hits = [f for f in result.corroborated if f.fact == "quote"
                and quote_words(words) in quote_words(f.label)]
        assert len(hits) == 1 and len(hits[0].articles) == 2
    assert result.conflicts == []


# ---- the parts -------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, same", [
    ("Lee Jae Myung", "Lee Jae-myung", True),
    ("Yoon Suk Yeol", "Yoon Suk-yeol", True),
    ("Yoon Suk-yeol’s", "YOON SUK YEOL", True),
    ("Ana Kovač", "Ana Kovac", True),
    ("Kim Jong Un", "Kim Yo Jong", False),
])
def test_name_key(a, b, same):
    assert (name_key(a) == name_key(b)) is same


def _people(ident: str, *names: str, aliases: dict | None = None) -> Record:
    ents = [Entity(n, (aliases or {}).get(n, []), [Mention(n, 10 * i, 10 * i + len(n))]) for i, n in enumerate(names)]
    return Record(ident, people=ents)


def test_surname_alone_joins_the_one_full_name_and_stays_apart_when_ambiguous():
    index = NameIndex([_people("a", "Lee Jae Myung", "Kim Jong Un", "Kim Yo Jong"),
                       _people("b", "Lee", "Kim", "Yoon Suk"), _people("c", "Yoon Suk Yeol")])
    node = {(n.article, n.entity.name): i for i, n in enumerate(index.nodes)}
    same = lambda x, y: index.cluster(node[x]) == index.cluster(node[y])  # noqa: E731
    assert same((0, "Lee Jae Myung"), (1, "Lee"))
    assert same((1, "Yoon Suk"), (2, "Yoon Suk Yeol"))
    assert not same((1, "Kim"), (0, "Kim Jong Un")) and not same((1, "Kim"), (0, "Kim Yo Jong"))


def test_organisations_join_by_acronym_and_word_order_and_speakers_resolve_by_span():
    def org(name, start):
        return Entity(name, [], [Mention(name, start, start + len(name))])
    text = "South Korea's Joint Chiefs of Staff said so."
    a = Record("a", organisations=[org("Joint Chiefs of Staff", 14), org("Ministry of Unification", 60)],
               places=[Entity("South Korea", [], [Mention("South Korea", 0, 11)])])
    b = Record("b", organisations=[org("JCS", 0), org("Unification Ministry", 30), org("UN", 50)])
    index = NameIndex([a, b])
    cluster = {n.entity.name: index.cluster(i) for i, n in enumerate(index.nodes)}
    assert cluster["JCS"] == cluster["Joint Chiefs of Staff"]
    assert cluster["Unification Ministry"] == cluster["Ministry of Unification"]
    assert cluster["UN"] not in (cluster["JCS"], cluster["Unification Ministry"])
    # the whole speaker span names the Joint Chiefs, not the country that starts it
    span = text.index(" said")
    assert index.resolve(0, text[:span], 0, span) == cluster["Joint Chiefs of Staff"]


@pytest.mark.parametrize("speaker, named", [
    ("Hong Min", True), ("the JCS", True), ("the analyst", False),
    ("South Korea's military", False), ("He", False), ("a defense ministry official", False)])
def test_named_speakers_versus_descriptions(speaker, named):
    assert looks_like_name(speaker) is named


def test_a_described_speaker_does_not_dispute_a_named_one():
    words = "The crossing will not be received well"
    a = Record("a", quotes=[Quote(words, 0, len(words), "Hong")],
               people=[Entity("Hong Min", ["Hong"], [Mention("Hong Min", 50, 58)])])
    b = Record("b", quotes=[Quote(words, 0, len(words), "the analyst")])
    c = Record("c", quotes=[Quote(words, 0, len(words), "Park Ji-won")])
    assert compare([a, b]).conflicts == []
    fuller = Record("d", quotes=[Quote(words, 0, len(words), "Hong Min")])
    assert compare([a, fuller]).conflicts == []   # the surname and the full name agree
    disputed = compare([a, b, c]).conflicts
    assert len(disputed) == 1 and disputed[0].values == ["Hong Min", "the analyst", "Park Ji-won"]


@pytest.mark.parametrize("a, b, expected", [
    ((236, None, None), (236, None, None), "exact"),
    ((34000, None, "more than"), (34500, None, None), "compatible"),
    ((240, None, "about"), (236, None, None), "compatible"),
    ((12, None, None), (15, None, None), None),
    ((34000, None, "more than"), (236, None, None), None),
    ((80000, None, "more than"), (14_000_000, None, "almost"), None),   # bounds hold nearby values only
    ((300000, None, "less than"), (275000, None, None), "compatible"),
    ((20, "hour", None), (20, "hour", None), "exact"),
])
def test_figures_agree(a, b, expected):
    fa = Figure("x", 0, 1, a[0], a[1], a[2])
    fb = Figure("y", 0, 1, b[0], b[1], b[2])
    assert figures_agree(fa, fb) == expected


@pytest.mark.parametrize("a, b, agree", [
    ("2024", "2024-08", True), ("2024-07", "2024-08", False), ("195X", "1950/1953", True),
    ("2025-06-14", "2025-06-13", False), ("2024-08", "2024-08-03", True), ("2024", None, False)])
def test_dates_agree(a, b, agree):
    assert dates_agree(a, b) is agree


@pytest.mark.parametrize("counted, cls", [
    ("defectors", "person"), ("North Koreans", "person"), ("women", "person"),
    ("the passengers", "person"), ("homes", "home"), ("dead", "dead"), (None, None)])
def test_counted_class(counted, cls):
    """People are one class; anything else is its head noun, stemmed like the context."""
    assert counted_class(counted) == (cls if cls in ("person", None) else stem(cls))


def test_json_shape_drops_absent_optional_fields(ferry):
    data = to_dict(ferry[0])
    assert list(data) == ["articles", "summary", "corroborated", "conflicts", "single_source"]
    finding = data["conflicts"][0]
    assert set(finding) == {"fact", "status", "label", "articles", "values", "evidence", "reason"}
    for ev in finding["evidence"]:
        assert {"id", "text", "start", "end"} <= set(ev) and None not in ev.values()
    person = next(f for f in data["corroborated"] if f["fact"] == "person")
    assert "reason" not in person


def test_pairing_fifty_articles_is_cheap(ferry, extract):
    """Bucketed pairing: fifty articles compare in well under a second, not minutes."""
    a = article(extract, FERRY_A, **FERRY_A_FACTS)
    b = article(extract, FERRY_B, **FERRY_B_FACTS)
    records = [replace(r, id=f"{r.id}-{i}") for i in range(25) for r in (a[0], b[0])]
    texts = [t for _ in range(25) for t in (a[1], b[1])]
    began = time.perf_counter()
    result = compare(records, texts)
    assert time.perf_counter() - began < 2.0
    assert len(find(result.corroborated, "figure", value="180").articles) == 50


# ---- the command -----------------------------------------------------------------------------

def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factextract", *args], capture_output=True, text=True,
                          env={**os.environ}, timeout=300)


def test_cli_compare_json_and_exit_codes(tmp_path):
    proc = run("compare", str(FERRY_A), str(FERRY_B), str(tmp_path / "missing.txt"), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    assert "missing.txt: no such file" in proc.stderr
    data = json.loads(proc.stdout)
    assert data["articles"] == [str(FERRY_A), str(FERRY_B)]
    assert data["summary"]["articles"] == 2
    choi = next(f for f in data["corroborated"] if "Choi Min-jun" in f["values"])
    assert choi["values"] == ["Choi Min-jun", "Choi Min Jun"]
    text = FERRY_B.read_text(encoding="utf-8")
    ev = [e for e in choi["evidence"] if e["id"] == str(FERRY_B)][0]
    assert text[ev["start"]:ev["end"]] == ev["text"] == "Choi Min Jun"

    one = run("compare", str(FERRY_A))
    assert one.returncode == 2 and "at least two articles" in one.stderr

    table = run("compare", str(PAIRS), "--format", "table", "--no-single")
    assert table.returncode == 0
    assert "Corroborated" in table.stdout and "Choi Min-jun" in table.stdout
    assert "(1) samples/pairs/ferry-harbor-wire.txt" in table.stdout.replace(str(SAMPLES.parent) + "/", "")
    assert "Single-source: one article only: " in table.stdout and "left out" in table.stdout

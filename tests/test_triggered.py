"""TriggeredMatcher must find exactly what spaCy's Matcher finds with the same patterns."""
import pytest
import spacy
from spacy.matcher import Matcher

from factextract.nlp.triggered import TriggeredMatcher

PATTERNS = {
    # optional tokens before the rare word: the window must reach back over them
    "rel_unit": [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["last", "next"]}},
                 {"LOWER": "fiscal", "OP": "?"}, {"LOWER": {"IN": ["year", "quarter"]}}],
    "weekday": [{"LOWER": {"IN": ["monday", "friday"]}}, {"LOWER": {"IN": ["morning", "night"]}, "OP": "?"}],
    # a digit shape is the only rare token
    "year": [{"LOWER": {"IN": ["in", "since"]}}, {"SHAPE": "dddd"}],
    # ORTH values are looked up case-insensitively
    "label": [{"ORTH": "No."}, {"IS_DIGIT": True}],
    # nothing to trigger on: runs over the whole doc
    "num_num": [{"LIKE_NUM": True}, {"ORTH": "-"}, {"LIKE_NUM": True}],
}

TEXTS = [
    "The company said last fiscal year was its best since 1998, and next quarter looks weaker.",
    "On Friday morning the No. 2 official left; by Monday the 10-12 split was settled in 2003.",
    "the last year the next quarter Friday Friday night since 2020 in 1999 no. 4",
    "Nothing here at all.",
    "",
]


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_matcher(blank, text):
    doc = blank(text)
    plain, triggered = Matcher(blank.vocab), TriggeredMatcher(blank.vocab, common_words={"in", "the"})
    for key, pattern in PATTERNS.items():
        plain.add(key, [pattern])
        triggered.add(key, pattern)
    want = sorted(plain(doc), key=lambda x: (x[1], x[2], x[0]))
    assert triggered(doc) == want


def test_runs_patterns_only_near_their_words(blank):
    doc = blank("Prices rose. " * 20 + "Last year was hard.")
    matcher = TriggeredMatcher(blank.vocab)
    matcher.add("rel_unit", PATTERNS["rel_unit"])
    windows = matcher.windows(doc)
    assert len(windows) == 1
    a, b, _ = windows[0]
    assert "last year" in doc[a:b].text.lower() and b - a <= len(PATTERNS["rel_unit"])
    assert [doc[s:e].text for _, s, e in matcher(doc)] == ["Last year"]


def test_prefers_rare_word_over_common_one(blank):
    matcher = TriggeredMatcher(blank.vocab, common_words={"in"}, common_shapes={"dd"})
    matcher.add("x", [{"LOWER": "in"}, {"SHAPE": "dd"}, {"LOWER": "percent"}])
    position, _, values = matcher._trigger(matcher.patterns[0][1])
    assert (position, values) == (2, ["percent"])


def test_unbounded_patterns_run_everywhere(blank):
    doc = blank("Shares of Acme Widget Holdings Corp fell.")
    pattern = [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "corp"}]
    plain, triggered = Matcher(blank.vocab), TriggeredMatcher(blank.vocab)
    plain.add("org", [pattern])
    triggered.add("org", pattern)
    assert triggered.windows(doc) == [] and triggered.has_everywhere
    assert triggered(doc) == sorted(plain(doc), key=lambda x: (x[1], x[2], x[0]))


def test_capped_unbounded_pattern_and_title_trigger(blank):
    text = ("The party met on Monday. Members of the Green Labour Party and the Harbor Workers "
            "Party said the party would vote.")
    doc = blank(text)
    pattern = [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "party", "IS_TITLE": True}]
    plain, triggered = Matcher(blank.vocab), TriggeredMatcher(blank.vocab, max_length=6)
    plain.add("org", [pattern])
    triggered.add("org", pattern)
    # lower-case "party" triggers nothing; a capitalised one opens a window to its left only
    windows = triggered.windows(doc)
    assert windows and not any(a <= t.i < b for a, b, _ in windows for t in doc if t.text == "party")
    assert triggered(doc) == sorted(plain(doc), key=lambda x: (x[1], x[2], x[0]))


def test_entity_ruler_matches_spacy_span_ruler():
    """The project's ruler gives the same doc.spans as spaCy's SpanRuler with its patterns."""
    from factextract.nlp.resources import jsonl_files, load_jsonl
    from factextract.nlp import ruler  # noqa: F401

    patterns = [row for path in jsonl_files("entities") for row in load_jsonl(path)]
    text = ("Mr. Daniel Okafor, a director at Northwind Shipping Holdings Corp, told the Ministry of "
            "Fisheries in Busan that Dr Amara Lindqvist and J. R. Castellano of the University of "
            "Eastbridge would testify. The ministry and the Labour Party declined to comment.")
    spans = []
    for factory in ("span_ruler", "factextract_span_ruler"):
        nlp = spacy.blank("en")
        r = nlp.add_pipe(factory, config={"spans_key": "x", "phrase_matcher_attr": "LOWER"})
        r.add_patterns(patterns)
        doc = nlp(text)
        spans.append([(s.start, s.end, s.label_, s.id_) for s in doc.spans["x"]])
    assert spans[0] == spans[1]
    assert {(text, kind) for text, kind in [("Northwind Shipping Holdings Corp", "org_suffix")]} <= {
        (doc[s:e].text, i) for s, e, _, i in spans[1]}

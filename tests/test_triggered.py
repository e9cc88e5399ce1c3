"""TriggeredMatcher must find exactly what spaCy's Matcher finds with the same patterns."""
import pytest
import spacy
from spacy.matcher import Matcher

from factextract.triggered import TriggeredMatcher

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

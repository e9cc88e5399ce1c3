"""A person's surname run on into a body's name is two names (fused_surnames.py): a headline's
"Blair Labour's longest-serving PM" names the person the article calls "Tony Blair" and the
party it calls "Labour". Sentences written for these tests."""
from __future__ import annotations

from factextract.records import to_dict

TEXT = ("Blair Labour's longest-serving PM\n\nTony Blair has now outlasted every prime minister the Labour "
        "Party has had. Should Mr Blair win a third term, Labour will be delighted.")


def _names(record, kind: str) -> dict[str, list[tuple[int, int]]]:
    r = to_dict(record)
    return {e["name"]: [(m["start"], m["end"]) for m in e["mentions"]] for e in r[kind]}


def test_a_surname_fused_to_a_party_is_split(extract) -> None:
    rec = extract(TEXT)
    assert _names(rec, "people").get("Tony Blair") == [(0, 5), (35, 45), (121, 126)]
    orgs = _names(rec, "organisations")
    assert "Blair Labour" not in orgs
    assert orgs.get("Labour Party") == [(6, 12), (89, 101), (145, 151)]


def test_a_body_whose_first_word_is_no_surname_stays_whole(extract) -> None:
    text = "Tony Blair met the Scottish Labour Party leaders. Labour said the talks went well."
    assert "Scottish Labour Party" in _names(extract(text), "organisations")



def test_a_full_name_whose_given_name_is_another_surname_stays_whole() -> None:
    """"Bobby Fuller" beside "Tim Bobby" and a model's organisation "Fuller": "Bobby" is a given
    name here, "Fuller" a person's surname, so the person's name is not split."""
    import spacy
    from factextract.facts.entities.fused_surnames import FusedSurnames
    from factextract.facts.entities.proposal import Proposal
    from factextract.facts.entities.tokens import TokenView
    doc = spacy.blank("en")("Bobby Fuller met Tim Bobby and Fuller spoke")
    spans = [Proposal(0, 2, "people", "model"), Proposal(3, 5, "people", "model"),
             Proposal(6, 7, "organisations", "model")]
    out = FusedSurnames().apply(TokenView(doc), spans)
    assert [(p.s, p.e, p.type) for p in out] == [(0, 2, "people"), (3, 5, "people"), (6, 7, "organisations")]

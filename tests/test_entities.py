"""People, organisations and places: grouping, aliases, cleaning and type corrections."""
from __future__ import annotations

from factextract.entities import acronym_matches, clean_span


def names(record, key):
    return {e.name: e for e in getattr(record, key)}


def test_acronym_joins_its_long_form_and_later_uses(sample_records):
    text, rec = sample_records["border-crossing.txt"]
    jcs = names(rec, "organisations")["Joint Chiefs of Staff"]
    assert "JCS" in jcs.aliases
    assert sum(m.text == "JCS" for m in jcs.mentions) == 2
    assert "JCS" not in names(rec, "organisations")


def test_surname_joins_full_name(sample_records):
    text, rec = sample_records["border-crossing.txt"]
    people = names(rec, "people")
    park = people["Park Ji-won"]
    assert [m.text for m in park.mentions] == ["Park Ji-won", "Park"]
    assert "Park" not in people


def test_possessives_and_nationality_adjectives(sample_records):
    text, rec = sample_records["border-crossing.txt"]
    places = names(rec, "places")
    assert "Seoul" in places and all(not m.text.endswith("'s") for m in places["Seoul"].mentions)
    assert not any("Korean" == n or "North Korean" == n for n in places)
    assert "Unification Ministry" in names(rec, "organisations")


def test_every_mention_is_its_own_evidence(sample_records):
    for text, rec in sample_records.values():
        for key in ("people", "organisations", "places"):
            for ent in getattr(rec, key):
                for m in ent.mentions:
                    assert text[m.start:m.end] == m.text


def test_acronym_matching():
    assert acronym_matches("JCS", "Joint Chiefs of Staff")
    assert acronym_matches("NIS", "National Intelligence Service")
    assert not acronym_matches("JCS", "National Intelligence Service")


def test_clean_span_strips_the_and_possessive():
    text = "the Unification Ministry's plan"
    s, e = clean_span(text, 0, 26)
    assert text[s:e] == "Unification Ministry"

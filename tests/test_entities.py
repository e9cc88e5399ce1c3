"""People, organisations and places: grouping, aliases, cleaning and type corrections."""
from __future__ import annotations

import pytest

from factextract.facts.entities.acronyms import acronym_matches
from factextract.facts.entities.cleaning import clean_span


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


def _mentions(rec, key):
    return {m.text for e in getattr(rec, key) for m in e.mentions}


def _type_of(rec, surface):
    return [k for k in ("people", "organisations", "places") if surface in _mentions(rec, k)]


SPORTS_REPORT = (
    "SOCCER - RIVERTON ROVERS TOP THE LEAGUE.\n\n"
    "MADRID 2024-03-02\n\n"
    "Results of league matches played on Saturday: Greenvale 2 Hollowby 1 Marston 0 Kettering 3.\n\n"
    "Riverton Rovers beat Marston 2-0 to go top of the league. Riverton Rovers signed striker Tomas Ledo "
    "from a club in Portugal last month and Ledo scored both goals."
)


def test_sports_report_conventions(extract):
    rec = extract(SPORTS_REPORT)
    # a dateline in capitals names a place; a country stays a place
    assert _type_of(rec, "MADRID") == ["places"]
    assert _type_of(rec, "Portugal") == ["places"]
    # clubs followed by their scores are organisations, also when the model knows nothing of them
    for club in ("Greenvale", "Hollowby", "Marston", "Kettering"):
        assert _type_of(rec, club) == ["organisations"], club
    # an organisation suffix ("Rovers"); the capitals headline joins the same organisation
    rovers = names(rec, "organisations")["Riverton Rovers"]
    assert "RIVERTON ROVERS" in {m.text for m in rovers.mentions}
    # a role before the name, and the lone surname later on
    ledo = names(rec, "people")["Tomas Ledo"]
    assert [m.text for m in ledo.mentions] == ["Tomas Ledo", "Ledo"]


@pytest.mark.parametrize("text, surface, expected", [
    # role cue after the name, even several adjectives away
    ("Mara Quell, a senior economist at the Tallow Institute, said prices would rise.", "Mara Quell", ["people"]),
    # an acronym defined after common words takes the type its head noun says
    ("Troops patrol the joint security area (JSA) every day. The JSA was quiet on Monday.", "JSA", ["places"]),
    ("The export credit agency (ECA) said on Monday that the ECA would lend more.", "ECA", ["organisations"]),
    # a hyphenated given name is not cut at the hyphen
    ("Park Min-seo, a spokeswoman for the ministry, said talks would resume.", "Park Min-seo", ["people"]),
    # an organisation noun before the name
    ("Shares in the mineral water firm Vandeloo rose on Friday.", "Vandeloo", ["organisations"]),
])
def test_type_cues(extract, text, surface, expected):
    rec = extract(text)
    assert _type_of(rec, surface) == expected
    for key in ("people", "organisations", "places"):
        for m in _mentions(rec, key):
            assert m in text


def test_title_case_headline_is_not_trusted(extract):
    text = ("Fishing Fleet Returns After Stormy Passage Through Narrow Strait\n\n"
            "The fleet returned to Busan on Monday, the coast guard said.")
    rec = extract(text)
    assert "Stormy Passage" not in _mentions(rec, "people")
    assert _type_of(rec, "Busan") == ["places"]


def test_known_people_in_a_hyphenated_pair(extract):
    text = ("President Ana Torrel met Prime Minister Ivo Brask on Monday. "
            "Analysts said the Torrel-Brask talks would continue.")
    rec = extract(text)
    assert "Torrel-Brask" not in _mentions(rec, "organisations")
    people = names(rec, "people")
    assert "Torrel" in {m.text for m in people["Ana Torrel"].mentions}


@pytest.mark.parametrize("text, surface, expected", [
    # a dateline with the agency in brackets names places
    ("NAIROBI, Kenya (Wire Desk) - Officials said the road would reopen.", "NAIROBI", ["places"]),
    # a place after "the town of", even one no gazetteer knows
    ("Police in the coastal town of Varnow said two boats were missing.", "Varnow", ["places"]),
    # a name inside a hyphenated adjective is not a mention
    ("The Lisbon-based company said sales rose.", "Lisbon", []),
    # event names are not organisations, nor the places inside them
    ("She won the Madrid Open last year and the Delmore Cup in May.", "Delmore Cup", []),
])
def test_place_cues_and_non_mentions(extract, text, surface, expected):
    assert _type_of(extract(text), surface) == expected


def test_family_name_first_joins_the_person(extract):
    text = ("Seo Dahan, a senior fellow at the Harbor Policy Institute, said the talks had stalled. "
            "\"Nobody expected a deal this month,\" Seo said.")
    rec = extract(text)
    seo = names(rec, "people")["Seo Dahan"]
    assert [m.text for m in seo.mentions] == ["Seo Dahan", "Seo"]
    assert (seo.mentions[1].start, seo.mentions[1].end) == (text.rindex("Seo"), text.rindex("Seo") + 3)


def test_acronym_letters_inside_words():
    assert acronym_matches("DMZ", "Demilitarised Zone")
    assert not acronym_matches("AP", "WASHINGTON")
    assert not acronym_matches("NIS", "Joint Chiefs of Staff")


# -- issue 12: one referent, one entity, one type; names cut, fused and spilled -----------------

def _entity_of(rec, surface):
    """(type, entity) whose mentions include `surface`."""
    for key in ("people", "organisations", "places"):
        for e in getattr(rec, key):
            if surface in {m.text for m in e.mentions}:
                return key, e
    return None, None


@pytest.mark.parametrize("text, surface, full_name", [
    ("Dana Whitfell runs the shop. Ms Whitfell said trade was slow.", "Whitfell", "Dana Whitfell"),
    ("Officials met Mr Orrin Galt on Monday. Later Mr Galt left.", "Galt", "Orrin Galt"),
    ("Sir Toby Lancefield spoke first. Lord Meriden replied that Sir Toby Lancefield was wrong.", "Meriden", "Meriden"),
    ("Prime Minister Hal Dorrance flew home. Dorrance said little.", "Dorrance", "Hal Dorrance"),
])
def test_honorific_is_no_part_of_the_name(extract, text, surface, full_name):
    rec = extract(text)
    etype, ent = _entity_of(rec, surface)
    assert etype == "people" and ent.name == full_name
    for p in rec.people:
        assert not p.name.split()[0] in ("Mr", "Ms", "Sir", "Lord", "Prime")
        for m in p.mentions:
            assert text[m.start:m.end] == m.text


def test_honorific_makes_a_person_of_what_the_model_called_a_firm(extract):
    rec = extract("Mr Cravenholt said Cravenholt would not sell. Mr Cravenholt added that he would stay.")
    assert _type_of(rec, "Cravenholt") == ["people"]


@pytest.mark.parametrize("text, names", [
    ("The US economy grew. Exports from America rose and the United States trade gap shrank.", {"US", "America", "United States"}),
    ("The UK voted. Britain's ministers said the United Kingdom would wait.", {"UK", "Britain", "United Kingdom"}),
    ("The Labour Party met in Brighton. Labour said taxes would not rise.", {"Labour Party", "Labour"}),
])
def test_alias_names_are_one_entity(extract, text, names):
    rec = extract(text)
    found = [_entity_of(rec, n) for n in names]
    assert all(e is not None for _, e in found)
    assert len({id(e) for _, e in found}) == 1


def test_no_span_across_a_line_break(extract):
    text = "Shares in Harrowgate Mills\n\nLondon traders sold Harrowgate Mills shares on Monday."
    rec = extract(text)
    for key in ("people", "organisations", "places"):
        for e in getattr(rec, key):
            assert all("\n" not in m.text for m in e.mentions)


@pytest.mark.parametrize("text, surface", [
    ("Critics praised the film Lantern Hollow, and Lantern Hollow took $20m.", "Lantern Hollow"),
    ("The band's new album Glass Orchard sold well.", "Glass Orchard"),
    ("Gamers queued for the game Skyforge Rising in Tokyo.", "Skyforge Rising"),
])
def test_titles_of_works_are_no_entities(extract, text, surface):
    assert _type_of(extract(text), surface) == []


def test_play_as_a_verb_is_no_title(extract):
    rec = extract("He will now play Dario Vellone, who won in straight sets.")
    assert _type_of(rec, "Dario Vellone") == ["people"]


@pytest.mark.parametrize("text, surface, expected", [
    ("Tickets went on sale for actress Moira Castellane on Friday.", "Moira Castellane", ["people"]),
    ("Analysts said Quillon's shares fell after Quillon's chief executive quit.", "Quillon", ["organisations"]),
    ("Users of the file-sharing network Zapsy were warned.", "Zapsy", ["organisations"]),
])
def test_context_settles_the_type(extract, text, surface, expected):
    assert _type_of(extract(text), surface) == expected


@pytest.mark.parametrize("text, whole", [
    ("The Police Federation of England and Wales backed the plan.", "Police Federation of England and Wales"),
    ("Amnesty International UK called for an inquiry.", "Amnesty International UK"),
    ("The Public and Commercial Services Union called a strike.", "Public and Commercial Services Union"),
])
def test_halves_of_one_name_are_joined(extract, text, whole):
    assert _type_of(extract(text), whole) == ["organisations"]


def test_two_names_run_together_are_split(extract):
    rec = extract("Prices at Korvane and Baltrix fell. Korvane said demand was weak while Baltrix said little.")
    mentions = {m.text for key in ("people", "organisations", "places") for e in getattr(rec, key) for m in e.mentions}
    assert "Korvane and Baltrix" not in mentions


def test_finance_of_finance_minister_is_no_entity(extract):
    rec = extract("Finance Minister Ralph Oduya said the budget would balance.")
    assert _type_of(rec, "Finance") == []

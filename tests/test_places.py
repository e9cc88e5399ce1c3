"""Place decisions: a place no gazetteer knows is retyped when its mentions say organisation or
person, all its mentions at once; a gazetteer's place and a name the text calls a place stay."""
from __future__ import annotations

import pytest
import spacy

from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.place_decisions import PlaceDecisions
from factextract.facts.entities.proposal import Proposal
from factextract.facts.entities.tokens import TokenView


@pytest.fixture(scope="module")
def decide():
    """decide(text, name) -> the types of every mention of `name` after the place decisions,
    when the model had typed each of them a place (a blank tokenizer: no model needed)."""
    nlp, lex = spacy.blank("en"), Lexicon()
    rule = PlaceDecisions(lex)

    def run(text: str, name: str, others: dict[str, str] | None = None) -> list[str]:
        v = TokenView(nlp(text))
        words = [t.text for t in nlp(name)]
        spans, mine = [], []
        for i in range(len(v) - len(words) + 1):
            if v.texts[i:i + len(words)] == words:
                sp = Proposal(i, i + len(words), "places", "model")
                spans.append(sp)
                mine.append(sp)
            for other, etype in (others or {}).items():
                ow = [t.text for t in nlp(other)]
                if v.texts[i:i + len(ow)] == ow:
                    spans.append(Proposal(i, i + len(ow), etype, "model"))
        rule.apply(v, spans)
        return [sp.type for sp in mine]
    return run


@pytest.mark.parametrize("text, name", [
    # one cue in one sentence retypes every mention of the name
    ("Torvane rose 3%. Analysts said Torvane would gain. The board of telecoms giant Torvane met.", "Torvane"),
    ("Shares in Kelvaro fell. Kelvaro opened two stores in May.", "Kelvaro"),
    ("Brindlemoor's chief executive quit. Brindlemoor did not comment.", "Brindlemoor"),
    ("Brindlemoor's shareholders voted. Brindlemoor did not comment.", "Brindlemoor"),
    ("The deal values Sarnova, a Danish oil company, at $2bn. Sarnova agreed.", "Sarnova"),
    ("Output fell, said the statistics office, Quenstat, on Monday.", "Quenstat"),
    ("The budget airline, Flyvara fell 2.9%.", "Flyvara"),
    ("Investors backed state-owned Petrolux this week.", "Petrolux"),
    ("The Swiss-based Ormeko raised its offer.", "Ormeko"),
    ("Rosco bought the Velgask unit last year. Velgask was sold.", "Velgask"),
    ("It was sold to the Heron consortium five years ago.", "Heron"),
    ("The 1970s boy band the Tartan Larks split up.", "Tartan Larks"),
    ("Telecom analysts Ovumetric welcomed the move.", "Ovumetric"),
    ("Talks with Quarrow Railways resumed.", "Quarrow Railways"),
    ("Markets fell at Club Solaire and elsewhere.", "Club Solaire"),
    ("Maria Holt, an economist at Banque Verdale, said growth was weak.", "Banque Verdale"),
    ("She is chairman of Highmoor Gold, a mining group.", "Highmoor Gold"),
    ("The family owns the Dunmore Harriers football team.", "Dunmore Harriers"),
])
def test_organisation_evidence_retypes_the_place(decide, text, name):
    assert set(decide(text, name)) == {"organisations"}


@pytest.mark.parametrize("text, name", [
    ("Kestrelle's record company lost the case. Kestrelle had finished a video.", "Kestrelle"),
    ("The couple qualify thanks to Marisol's former singing career.", "Marisol"),
])
def test_person_evidence_retypes_the_place(decide, text, name):
    assert set(decide(text, name)) == {"people"}


@pytest.mark.parametrize("text, name", [
    # no evidence, or the text says place more often than organisation
    ("Riots flared in the Valdonia region. Police in Valdonia made arrests.", "Valdonia"),
    ("The plant in Korvask said nothing; workers in Korvask and near Korvask left. Rival Korvask?", "Korvask"),
    ("The Jacksonbury-based firm has debts.", "Jacksonbury"),
    ("The firm is based in Port Elmet, Florida. Its Port Elmet shares rose.", "Port Elmet"),
    ("Its Merrow field holds a billion barrels. The Merrow and Teshi fields grew.", "Merrow"),
    # a gazetteer's place is never weighed here: "Russia said" stays a place
    ("Russia said the deal was done. Shares in Russia fell.", "Russia"),
    # a list alone does not settle it
    ("Shops such as Acme and Brevo reported sales.", "Brevo"),
])
def test_place_stays_a_place(decide, text, name):
    assert set(decide(text, name)) == {"places"}


def test_a_list_alone_does_not_retype(decide):
    text = "The MP for Kelby and Tarrow died. He was MP for Kelby and Tarrow for years."
    assert set(decide(text, "Kelby", {"Tarrow": "organisations"})) == {"places"}


def test_a_list_of_companies_weighs_half(decide):
    text = "Retailers including Acme, Brevo and Corran did well. Brevo's profits rose."
    assert set(decide(text, "Brevo", {"Acme": "organisations", "Corran": "organisations"})) == {"organisations"}


@pytest.mark.parametrize("text, kind", [
    ("Riots flared in Tarnovia on Monday. Police in Tarnovia made arrests, and Tarnovia was quiet later.", "places"),
    ("Tarnovia fell 3% on Monday. Telecoms giant Tarnovia said sales were weak, and Tarnovia was quiet later.",
     "organisations"),
])
def test_whole_article_referent_takes_one_type(extract, text, kind):
    rec = extract(text)
    found = {k: [e for e in getattr(rec, k) if e.name == "Tarnovia"] for k in ("people", "organisations", "places")}
    assert [k for k, es in found.items() if es] == [kind]
    assert len(found[kind][0].mentions) == 3


# --- place support: a place no gazetteer knows is kept only when something says place ---

@pytest.fixture(scope="module")
def support():
    """support(text, name, others) -> the type of every mention of `name` after the place
    support step ("dropped" for a mention it removed), when the model had typed each a place;
    `others` are proposals of other types ({"Tom Baxter": "people"})."""
    nlp, lex = spacy.blank("en"), Lexicon()
    from factextract.facts.entities.sport_reports import is_sports
    from factextract.facts.entities.place_support import PlaceSupport
    rule = PlaceSupport(lex, PlaceDecisions(lex))

    def find(v, words):
        return [i for i in range(len(v) - len(words) + 1) if v.texts[i:i + len(words)] == words]

    def run(text: str, name: str, others: dict[str, str] | None = None) -> list[str]:
        v = TokenView(nlp(text))
        spans, taken = [], set()
        for other, etype in (others or {}).items():
            ow = [t.text for t in nlp(other)]
            for i in find(v, ow):
                spans.append(Proposal(i, i + len(ow), etype, "model"))
                taken.update(range(i, i + len(ow)))
        words = [t.text for t in nlp(name)]
        mine = [Proposal(i, i + len(words), "places", "model") for i in find(v, words) if i not in taken]
        spans += mine
        kept = rule.apply(v, spans, is_sports(v, lex))
        return [sp.type if any(k is sp for k in kept) else "dropped" for sp in mine]
    return run


@pytest.mark.parametrize("text, name", [
    # events, awards, titles, products: nothing in the text says place
    ("Tickets for the Dravel Bowl sold out in hours. The Dravel Bowl is on Sunday.", "Dravel Bowl"),
    ("She won two Quillan awards. The Quillan ceremony was long.", "Quillan"),
    ("The album includes Starwater, a ballad about his father.", "Starwater"),
    ("Users of Brightpane should update the program now.", "Brightpane"),
    # a language, a nationality as an adjective
    ("She spent weeks learning Hindi for the part, and sang in Hindi too.", "Hindi"),
    ("It has the look of a grey Eastern European town.", "Eastern European"),
])
def test_place_without_support_is_dropped(support, text, name):
    assert set(support(text, name)) == {"dropped"}


@pytest.mark.parametrize("text, name", [
    # the words around one mention
    ("The plant is in Marvoska, an hour from the coast. Marvoska has 9,000 people.", "Marvoska"),
    ("Offices in Brelling, Ohio opened last year.", "Brelling"),
    ("Waste is stored at Kelverfield, in Ohio, for now.", "Kelverfield"),
    ("He flew from Orlusk on Monday.", "Orlusk"),
    ("The former MP for Tarrowby died on Monday.", "Tarrowby"),
    ("In 1983 he took Dunmere East, a new constituency, by 900 votes.", "Dunmere East"),
    ("Kelvask, a small mining town, lost its pit in 1985.", "Kelvask"),
    # its shape
    ("Fares rose on Quentin Road last year.", "Quentin Road"),
    ("The vote in South Wexmoor was close. South Wexmoor is a marginal.", "South Wexmoor"),
    ("Carlborough council said no.", "Carlborough"),
    ("He landed at Trevane Airport on Monday.", "Trevane Airport"),
    # a geographic head word at the end: zones, strips, basins, regions
    ("Patrols cross the two-mile-wide Neutral Buffer Zone (NBZ) each night.", "Neutral Buffer Zone"),
    ("Rain fell across the Varrow Basin overnight.", "Varrow Basin"),
    # a list with a place a gazetteer knows
    ("The party meets in turn in London, Dunmorrow and Paris.", "Dunmorrow"),
    # a gazetteer's place needs nothing more
    ("France said nothing about the deal.", "France"),
])
def test_place_with_support_stays(support, text, name):
    assert set(support(text, name)) == {"places"}


def test_the_cities_of_a_list(support):
    text = "The breweries are in the cities of Varnov, Trell and Kelsk."
    assert set(support(text, "Kelsk", {"Varnov": "places"})) == {"places"}
    assert set(support(text, "Varnov")) == {"places"}


def test_a_supported_place_supports_its_list(support):
    # "in Varlow" supports Varlow, and Varlow supports the names listed with it
    text = "The conference rotated between Varlow, Bendmoor and Quisk. It is in Varlow this year."
    assert set(support(text, "Quisk", {"Varlow": "places"})) == {"places"}


def test_an_unsupported_surname_is_the_person(support):
    # the model's place "Brevik" is the surname of a person named in the article
    text = "Anna Brevik won the race. Brevik said she was happy."
    assert support(text, "Brevik", {"Anna Brevik": "people"}) == ["people"]


def test_an_unsupported_place_takes_its_other_mentions_type(support):
    # the headline's "Singer Kovo" was a person: the model's other "Kovo" places are the person
    nlp, lex = spacy.blank("en"), Lexicon()
    from factextract.facts.entities.place_support import PlaceSupport
    v = TokenView(nlp("Singer Kovo jailed. Kovo must serve ten days, and Kovo said sorry."))
    spans = [Proposal(1, 2, "people", "model"), Proposal(4, 5, "places", "model"), Proposal(11, 12, "places", "model")]
    kept = PlaceSupport(lex, PlaceDecisions(lex)).apply(v, spans, False)
    assert [sp.type for sp in kept] == ["people", "people", "people"]


@pytest.mark.parametrize("text, name, others", [
    ("Kelby City beat Dunmore 2-1 in the cup final. The striker scored twice for Kelby City.", "Kelby City", None),
    ("Dunmore's Tom Baxter was sent off in the cup final as the striker and goalkeeper clashed.", "Dunmore",
     {"Tom Baxter": "people"}),
])
def test_sports_club_shapes_are_clubs(support, text, name, others):
    assert set(support(text, name, others)) == {"organisations"}


def test_a_country_before_its_player_stays_a_place(support):
    text = "France's Tom Baxter won the final, the striker scored in the cup match."
    assert set(support(text, "France", {"Tom Baxter": "people"})) == {"places"}


def test_two_halves_of_a_place_are_joined(support):
    # the model's "Kentish" + "Town" side by side: one place
    nlp, lex = spacy.blank("en"), Lexicon()
    from factextract.facts.entities.place_support import PlaceSupport
    v = TokenView(nlp("Its offices are in Brent Vale, London."))
    spans = [Proposal(4, 5, "places", "model"), Proposal(5, 6, "places", "model"), Proposal(7, 8, "places", "city")]
    kept = PlaceSupport(lex, PlaceDecisions(lex)).apply(v, spans, False)
    assert sorted((sp.s, sp.e) for sp in kept if sp.type == "places") == [(4, 6), (7, 8)]


def test_two_countries_side_by_side_stay_apart(support):
    nlp, lex = spacy.blank("en"), Lexicon()
    from factextract.facts.entities.place_support import PlaceSupport
    v = TokenView(nlp("Results: France Germany 2 1"))
    spans = [Proposal(2, 3, "places", "model"), Proposal(3, 4, "places", "model")]
    kept = PlaceSupport(lex, PlaceDecisions(lex)).apply(v, spans, False)
    assert sorted((sp.s, sp.e) for sp in kept) == [(2, 3), (3, 4)]


@pytest.mark.parametrize("text, name", [
    # a rugby position after a town in a sports article: the club
    ("The 20-year-old Bristol centre Sam Oduya scored twice as the visitors won the match. The coach praised "
     "the rugby side all season.", "Bristol"),
    ("Coach Dan Reyes picked Gloucester flanker Ian Morrow for the match, and the rugby season starts on "
     "Saturday with a league game.", "Gloucester"),
])
def test_position_after_a_town_makes_a_club(extract, text, name):
    rec = extract(text)
    assert name in [e.name for e in rec.organisations]
    assert name not in [e.name for e in rec.places]


@pytest.mark.parametrize("text, name", [
    # "her debut in X", "seen in X": the work she appears in, not a place
    ("The actress makes her debut in Moonvale next month. Moonvale opens in cinemas in May.", "Moonvale"),
])
def test_a_work_one_appears_in_is_no_place(extract, text, name):
    assert name not in [e.name for e in extract(text).places]


def test_a_headline_short_form_is_the_same_country(extract):
    rec = extract("S Korea spending rises\n\nSouth Korea will boost spending next year, officials in S Korea said.")
    korea = [e for e in rec.places if "Korea" in e.name]
    assert len(korea) == 1 and korea[0].name == "South Korea" and "S Korea" in korea[0].aliases


def test_a_headline_compass_short_form_is_a_place_shape(support):
    assert set(support("Floods damage S Varnia economy", "S Varnia")) == {"places"}

"""Figures: word forms, qualifiers, units, ranges, what is counted, and what is NOT a figure.
All sentences are our own writing."""
from __future__ import annotations

import pytest

from factextract.facts.figures.numbers import words_value
from factextract.scoring import figures as fig_scoring


def only(record, text_part):
    """The one figure whose text contains `text_part`."""
    found = [f for f in record.figures if text_part in f.text]
    assert len(found) == 1, [f.text for f in record.figures]
    return found[0]


# ---------------------------------------------------------------- word forms and digits
@pytest.mark.parametrize("sentence, part, value", [
    ("The ferry carried two trucks across the lake.", "two", 2),
    ("Volunteers planted twenty-one oak trees.", "twenty-one", 21),
    ("The archive holds three hundred and twelve letters.", "three hundred and twelve", 312),
    ("She bought a dozen lanterns for the fair.", "a dozen", 12),
    ("A third of the orchards were flooded.", "A third", 1 / 3),
    ("Two-thirds of the members voted yes.", "Two-thirds", 2 / 3),
    ("The walk took two and a half hours.", "two and a half", 2.5),
    ("The harbour handled 34,000 containers last spring.", "34,000", 34000),
    ("The city plans to spend 1.2 million on new benches.", "1.2 million", 1.2e6),
    ("The startup raised $4.5bn from investors.", "$4.5bn", 4.5e9),
    ("The fund lost €10M in a single week.", "€10M", 1e7),
    ("Analysts expect 25k new subscribers.", "25k", 25000),
    ("The bridge is 0.75 miles long.", "0.75", 0.75),
    ("The board is 2 1/2 inches thick.", "2 1/2", 2.5),
    ("Add ½ cup of sugar.", "½", 0.5),
    ("The cell measured 3.2×10−6 metres.", "3.2×10−6", 3.2e-6),
])
def test_numbers_in_digits_and_words(extract, sentence, part, value):
    f = only(extract(sentence), part)
    assert f.value == pytest.approx(value)
    assert sentence[f.start:f.end] == f.text


def test_vague_plural_is_an_open_range_and_a_lower_bound(extract):
    f = only(extract("Tens of thousands of cyclists crowded the avenue."), "Tens of thousands")
    assert (f.low, f.high, f.value, f.qualifier) == (10000, 100000, 10000, "more than")
    f = only(extract("Hundreds of volunteers cleaned the beach."), "Hundreds")
    assert (f.low, f.high) == (100, 1000)


@pytest.mark.parametrize("phrase, value", [
    ("seventeen", 17), ("ninety-nine", 99), ("a hundred", 100), ("one thousand and one", 1001),
    ("a quarter", 0.25), ("three quarters", 0.75), ("two million", 2e6), ("half", 0.5),
])
def test_words_value(phrase, value):
    assert words_value(phrase) == pytest.approx(value)


# ---------------------------------------------------------------- units
@pytest.mark.parametrize("sentence, part, value, unit", [
    ("Turnout reached 64 percent in the valley.", "64", 64, "percent"),
    ("Prices rose 3.5% over the quarter.", "3.5", 3.5, "percent"),
    ("Rates fell 12 per cent in the north.", "12", 12, "percent"),
    ("The museum charges $18 for adults.", "$18", 18, "USD"),
    ("The painting sold for £2.3 million.", "£2.3 million", 2.3e6, "GBP"),
    ("The plant cost 800 million yuan to build.", "800 million", 8e8, "CNY"),
    ("The shares closed at RM4.20 on Monday.", "RM4.20", 4.2, "MYR"),
    ("A 20-hour shift left the crew exhausted.", "20-hour", 20, "hour"),
    ("They dug a 4-kilometer-wide channel.", "4-kilometer", 4, "kilometre"),
    ("The rover drove 12 km before noon.", "12 km", 12, "kilometre"),
    ("The storm lasted four months.", "four months", 4, "month"),
    ("The tanker carried 2,000 tonnes of grain.", "2,000", 2000, "tonne"),
    ("Winds reached 90 mph on the coast.", "90 mph", 90, "mile per hour"),
    ("Crude traded at $61 per barrel.", "$61", 61, "USD per barrel"),
    ("The lake warmed to 24 degrees Celsius.", "24", 24, "celsius"),
    ("The stamp now costs 85 cents.", "85", 85, "cent"),
    ("The tablet has a 9,000 mAh battery.", "9,000", 9000, "milliampere hour"),
    ("The building society lifted its mortgage rate a quarter of a percentage point.", "a quarter", 0.25, "percentage point"),
    ("The queue stretched half a mile.", "half", 0.5, "mile"),
])
def test_units(extract, sentence, part, value, unit):
    f = only(extract(sentence), part)
    assert (f.value, f.unit) == (pytest.approx(value), unit)


# ---------------------------------------------------------------- qualifiers
@pytest.mark.parametrize("sentence, part, qualifier", [
    ("More than 300 runners finished the race.", "300", "more than"),
    ("The hall seats over 1,200 people.", "1,200", "more than"),
    ("At least 14 boats were damaged.", "14", "at least"),
    ("About 60 families moved in.", "60", "about"),
    ("Roughly 40% of the wheat was lost.", "40", "about"),
    ("Nearly 9,000 tickets were sold.", "9,000", "nearly"),
    ("The park can hold up to 500 visitors.", "500", "up to"),
    ("Fewer than 20 seats remain.", "20", "less than"),
    ("The repair took exactly 45 minutes.", "45", "exactly"),
    ("The club has 80 members.", "80", None),
])
def test_qualifiers(extract, sentence, part, qualifier):
    assert only(extract(sentence), part).qualifier == qualifier


def test_bracketed_conversion_shares_the_qualifier(extract):
    rec = extract("The kite flew more than 300 metres (984 feet) above the field.")
    assert [(f.value, f.unit, f.qualifier) for f in rec.figures] == [
        (300, "metre", "more than"), (984, "foot", "more than")]


# ---------------------------------------------------------------- ranges
@pytest.mark.parametrize("sentence, low, high, unit", [
    ("Tickets cost between $30 and $45 each.", 30, 45, "USD"),
    ("The bus runs 15-20 minutes late.", 15, 20, "minute"),
    ("Bids ranged from $2 to $3 million.", 2e6, 3e6, "USD"),
    ("Each shift lasts 8 to 10 hours.", 8, 10, "hour"),
])
def test_ranges(extract, sentence, low, high, unit):
    rec = extract(sentence)
    assert len(rec.figures) == 1
    f = rec.figures[0]
    assert (f.low, f.high, f.unit) == (pytest.approx(low), pytest.approx(high), unit)


def test_change_by_then_to_is_two_figures(extract):
    rec = extract("Sales rose by $2 billion to $9 billion.")
    assert [f.value for f in rec.figures] == [2e9, 9e9]


# ---------------------------------------------------------------- not figures
@pytest.mark.parametrize("sentence", [
    "The treaty was signed in 1998 after long talks.",
    "The meeting starts at 10:30 on Friday.",
    "The train leaves at 7pm sharp.",
    "The talks resumed on 14 March in Vienna.",
    "The 2nd Division marched through the square.",
    "Call the office on 555-201-7788 for details.",
    "Section 230 shields the platforms.",
    "Leaders of the G7 met by the river.",
    "COVID-19 closed the schools.",
    "The Nasdaq 100 slipped at the open.",
    "Music from the 1970s filled the hall.",
    "No one answered the door.",
    "The memorial honours the victims of 9/11.",
    "The clinic is open 24/7.",
    "The company filed its 10-K report late.",
    "Filed on 2025-03-14 by the desk.",
    "The notice was dated 14/03/2025.",
    "The band's single reached No. 1 last spring.",
    "Results for fiscal 2024 disappointed.",
    "Flight 212 landed safely.",
])
def test_not_figures(extract, sentence):
    assert extract(sentence).figures == []


def test_duration_is_a_figure_but_date_is_not(extract):
    rec = extract("In June 2021 the crew spent three weeks at sea.")
    assert [(f.text, f.value, f.unit) for f in rec.figures] == [("three weeks", 3, "week")]


@pytest.mark.parametrize("sentence, part, value, unit", [
    ("The app now has 35m users.", "35m", 35e6, None),
    ("She won the 100m sprint.", "100", 100, "metre"),
    ("The club paid £12m for the winger.", "£12m", 12e6, "GBP"),
    ("Sales reached 400m last year.", "400m", 4e8, None),
    # a race report (athletics words anywhere in the text): metres without a currency
    ("The hurdler won the 800m at the indoor meeting.", "800m", 800, "metre"),
    ("In the relay heats he also ran the 10,000m and the 1500m.", "10,000m", 10000, "metre"),
    ("At the athletics meeting she cleared 4.65m in the pole vault.", "4.65m", 4.65, "metre"),
    ("Sprinters from the club took the 100m and 200m titles.", "200m", 200, "metre"),
    ("Russia took the women's 400m by a stride.", "400m", 400, "metre"),
    ("The marathon on television drew 3m viewers.", "3m", 3e6, None),
    ("The marathon's sponsor paid £2m to the organisers.", "£2m", 2e6, "GBP"),
])
def test_attached_m_is_millions_unless_metres(extract, sentence, part, value, unit):
    f = only(extract(sentence), part)
    assert (f.value, f.unit) == (value, unit)


def test_negative_numbers(extract):
    f = only(extract("Overnight it fell to minus-12 degrees."), "12")
    assert f.value == -12


def test_relay_is_an_event_not_a_figure(extract):
    assert extract("The 4x100m relay squad was cheered home.").figures == []


# ---------------------------------------------------------------- scores are not figures
@pytest.mark.parametrize("sentence", [
    "The visitors won 3-1 at home.",
    "Harbour Rovers beat the champions 2-0 in the cup.",
    "They were trailing 11-13 at half-time.",
    "Rivertown 14-21 Lakeside",
    "She came through 6-7 6-4 6-3 in the evening.",
    "The coach kept his 4-4-2 formation.",
    "The judges ruled 2-1 against the appeal.",
    "It ended 1-1 after a scrappy evening.",
])
def test_scores_are_not_figures(extract, sentence):
    assert extract(sentence).figures == []


@pytest.mark.parametrize("sentence, low, high", [
    ("Each class holds 15-20 pupils.", 15, 20),
    ("The survey covered people aged 18-24.", 18, 24),
    ("The team won 15-20 seats in the hall vote.", 15, 20),
])
def test_ascending_pairs_without_a_result_stay_ranges(extract, sentence, low, high):
    figs = [f for f in extract(sentence).figures if f.low is not None]
    assert [(f.low, f.high) for f in figs] == [(low, high)]


# ---------------------------------------------------------------- idioms, ordinals, names
@pytest.mark.parametrize("sentence", [
    "It was one of the warmest summers on record.",
    "The builders went one step further with the roof.",
    "Our bakery could go one better next season.",
    "I did not like one thing about the plan.",
    "One possible reason is the weather.",
    "Rain stopped play, but one gets used to it.",
    "She is a four-time winner of the regatta.",
    "The bill passed its third reading today." ,
    "The council approved a third reading of the bylaw.",
    "He scored a fourth goal before the break.",
    "The visitors won a sixth-minute penalty.",
    "The pair reached the last eight in Paris.",
    "Ireland open their Six Nations campaign in Rome.",
    "Her firm is in the Top 500 list again.",
    "The airline bought four more Airbus A300s.",
    "The favourite withdrew on day two of the meeting.",
])
def test_idioms_ordinals_and_names_are_not_figures(extract, sentence):
    words = ("one", "four", "third", "fourth", "sixth", "eight", "Six", "500", "300")
    assert [f.text for f in extract(sentence).figures if any(w in f.text for w in words)
            and f.text not in ("four more", "four")] == []


@pytest.mark.parametrize("sentence, part, value", [
    ("Profits fell by a third last year.", "a third", 1 / 3),
    ("A quarter of the pupils walk to school.", "A quarter", 0.25),
    ("The keeper let in nine of the last 10 shots.", "nine", 9),
    ("She lost in her last five finals.", "five", 5),
    ("He is one of four captains named today.", "four", 4),
    ("The bank holds a quarter stake in the exchange.", "a quarter", 0.25),
    ("The top three seeds all went through.", "three", 3),
])
def test_shares_and_counts_stay(extract, sentence, part, value):
    assert only(extract(sentence), part).value == pytest.approx(value)


# ---------------------------------------------------------------- fractions, bounds, forms
@pytest.mark.parametrize("sentence, part, value, unit", [
    ("Half a million people lined the route.", "Half a million", 5e5, None),
    ("The town spent a quarter of a billion on roads.", "a quarter of a billion", 2.5e8, None),
    ("The well is 1 4/5 miles from the farm.", "1 4/5", 1.8, "mile"),
    ("Three quarters of the seats were empty.", "Three quarters", 0.75, None),
    ("The ferry crossing took two and a half hours.", "two and a half", 2.5, "hour"),
    ("The rand closed nearly a cent and a half lower.", "a cent and a half", 1.5, "cent"),
    ("The walk is a mile and a half long.", "a mile and a half", 1.5, "mile"),
    ("The lake froze at -4 degrees.", "-4", -4, "degree"),
    ("The forecast is minus 10 tonight.", "minus 10", -10, None),
    ("The final score board read nought.", "nought", 0, None),
    ("The video passed 10k views.", "10k", 1e4, None),
    ("The clip reached 2mil plays.", "2mil", 2e6, None),
    ("The studio booked 1MM in presales.", "1MM", 1e6, None),
    ("The fund raised $ 75 million in March.", "$ 75 million", 75e6, "USD"),
])
def test_fractions_negatives_and_suffixes(extract, sentence, part, value, unit):
    f = only(extract(sentence), part)
    assert (f.value, f.unit) == (pytest.approx(value), unit)
    assert sentence[f.start:f.end] == f.text


@pytest.mark.parametrize("sentence, part, qualifier", [
    ("The hall takes no less than 400 guests.", "400", "at least"),
    ("Bring 20 or more lanterns.", "20", "more than"),
    ("Each crate holds at most 12 jars.", "12", "up to"),
    ("Fewer than 30 stalls opened.", "30", "less than"),
    ("The club signed a 200-plus page deal.", "200", "more than"),
    ("The firm made a £30m-plus offer.", "£30m", "more than"),
])
def test_bounds_in_words(extract, sentence, part, qualifier):
    assert only(extract(sentence), part).qualifier == qualifier


def test_between_in_words_is_a_range(extract):
    f = only(extract("The trip costs between 20 and 30 euros."), "20 and 30")
    assert (f.low, f.high, f.unit) == (20, 30, "EUR")


# ---------------------------------------------------------------- change then level, dates
@pytest.mark.parametrize("sentence, values", [
    ("The shares fell $12.40 to $30.15 by the close.", [12.4, 30.15]),
    ("Brent crude rose, adding $1.20 to $44.80.", [1.2, 44.8]),
])
def test_change_then_level_is_two_figures(extract, sentence, values):
    assert [f.value for f in extract(sentence).figures] == pytest.approx(values)


def test_range_of_prices_without_a_change_verb(extract):
    f = only(extract("Analysts valued the shares at $28.10 to $31.40."), "$28.10")
    assert (f.value, f.low, f.high, f.unit) == (None, 28.10, 31.40, "USD")


@pytest.mark.parametrize("sentence", [
    "The fair runs 12-15 August in the park.",
    "The fair runs August 12-15 in the park.",
    "The mill closed six years ago.",
    "Five days later the river rose again.",
])
def test_numbers_of_date_phrases_are_not_figures(extract, sentence):
    assert extract(sentence).figures == []


def test_time_between_two_events_stays_a_figure(extract):
    f = only(extract("He returned three weeks after the storm."), "three weeks")
    assert (f.value, f.unit) == (3, "week")


def test_duration_before_an_event_stays(extract):
    f = only(extract("The crew had less than 10 weeks before the launch."), "10")
    assert (f.value, f.unit, f.qualifier) == (10, "week", "less than")


# ---------------------------------------------------------------- currencies by name
@pytest.mark.parametrize("sentence, part, unit", [
    ("In Argentina the tax will raise 900m pesos.", "900m", "ARS"),
    ("The Mexican pesos account holds 400 Mexican pesos.", "400", "MXN"),
    ("A loaf costs 300 pesos in Chile and in Argentina.", "300", "peso"),
    ("Fuel in Baghdad rose to 250 Iraqi dinars.", "250", "IQD"),
    ("A canister now costs 200 dinars.", "200", "dinar"),
    ("Iran's budget adds 40 trillion rials.", "40 trillion", "IRR"),
    ("Lagos traders paid 5,000 naira.", "5,000", "NGN"),
    ("The Swiss plan costs 80m francs.", "80m", "CHF"),
])
def test_currencies_by_name(extract, sentence, part, unit):
    assert only(extract(sentence), part).unit == unit


def test_implausible_magnitude_is_warned(extract):
    rec = extract("The ministry listed a budget of 2,000 trillion units.")
    assert any("implausible magnitude" in w for w in rec.warnings)
    assert not extract("The budget is 3 trillion units.").warnings


# ---------------------------------------------------------------- counted stays in its clause
def test_counted_does_not_cross_a_line_break(extract):
    rec = extract("Points scored: 27\n\nVisitors were delighted.")
    assert only(rec, "27").counted is None


# ---------------------------------------------------------------- counted and offsets
def test_a_scale_word_never_joins_across_a_line_break(extract):
    """A paragraph that starts with a scale-like word is not the previous number's scale."""
    rec = extract("The index closed at 4,210\n\nK Street lobbyists gathered on Monday.")
    assert [(f.text, f.value) for f in rec.figures] == [("4,210", 4210.0)]


@pytest.mark.parametrize("sentence, part, counted", [
    ("More than 2,000 nurses joined the strike.", "2,000", "nurses"),
    ("The survey found 45 percent of farmers agreed.", "45", "farmers"),
    ("Officials counted 12 stray dogs.", "12", "stray dogs"),
])
def test_counted(extract, sentence, part, counted):
    assert only(extract(sentence), part).counted == counted


def test_offsets_and_record_shape(extract):
    text = "Nearly 9,000 tickets and 3 buses, at $12 each, sold in two days."
    rec = extract(text)
    for f in rec.figures:
        assert text[f.start:f.end] == f.text
    assert len(rec.figures) == 4


def test_rules_only_fallback_does_not_crash():
    from factextract.extraction import extract
    from factextract.pipeline import build_pipeline

    rec = extract("About 40 people waited 2 hours.", nlp=build_pipeline(model=None))
    assert [(f.value, f.unit) for f in rec.figures] == [(40, None), (2, "hour")]


# ---------------------------------------------------------------- scorer
def test_scorer_ranges_rescaling_and_qualifiers():
    gold = {"start": 0, "end": 5, "value": None, "low": 10000, "high": 100000, "unit": None}
    assert fig_scoring.value_ok(gold, {"value": 10000, "qualifier": "more than"})
    assert fig_scoring.value_ok(gold, {"low": 10000, "high": 100000})
    assert not fig_scoring.value_ok(gold, {"value": 10000})
    assert fig_scoring.value_ok({"value": 0.5, "unit": "USD"}, {"value": 50, "unit": "cent"})
    assert fig_scoring.units_agree("kilometre", "kilometers")
    assert fig_scoring.units_agree("GBP", "pound")
    assert fig_scoring.direction("nearly") & fig_scoring.direction("about")


def test_scorer_counts(tmp_path):
    docs = [{"id": "a", "text": "It cost $5 and took 3 days.", "gold": {"figures": [
        {"start": 8, "end": 10, "text": "$5", "value": 5.0, "unit": "USD", "qualifier": None},
        {"start": 20, "end": 21, "text": "3", "value": 3.0, "unit": "day", "qualifier": None}]}}]
    preds = {"a": {"figures": [{"start": 8, "end": 10, "value": 5, "unit": "USD"},
                               {"start": 20, "end": 26, "value": 4, "unit": "day"}]}}
    last = fig_scoring.score(docs, preds)[-1]
    assert "span-F1 1.000" in last and "e2e-F1 0.500" in last


# ---------------------------------------------------------------- real-article readings (issue 12)
@pytest.mark.parametrize("sentence", [
    "The ruling was a sensible one for the town.",
    "The new depot will stand beside the existing one in Leeds.",
    "Two bids came in: one from a bakery and one from a brewery.",
    "He would take the job if one was offered.",
    "It is a hard choice, one I never expected to face.",
    "He served on the board for one company before moving to another.",
    "She gave with one hand and took away with the other.",
    "The lawyers put the dispute to one side for now.",
    "Staying calm is one way of winning the argument.",
    "The odds of success were next to zero, he said.",
    "The firm sells itself as a one-stop shop for builders.",
])
def test_pronoun_and_contrastive_one_are_not_figures(extract, sentence):
    assert [f.text for f in extract(sentence).figures if f.text.lower() != "two"] == []


@pytest.mark.parametrize("sentence, part", [
    ("The two villages share a single doctor.", "two"),
    ("Police later released the three without charge.", "three"),
    ("Talks between these four unions broke down.", "four"),
])
def test_referential_numbers_after_the_are_not_figures(extract, sentence, part):
    assert [f.text for f in extract(sentence).figures if part in f.text] == []


@pytest.mark.parametrize("sentence, part, value", [
    ("One engineer quit after a week.", "One", 1),
    ("The port handles one tanker a day and two ferries.", "one", 1),
    ("The last three ferries were late.", "three", 3),
    ("Two firemen were hurt in the blaze.", "Two", 2),
])
def test_counts_of_one_and_small_numbers_stay(extract, sentence, part, value):
    assert only(extract(sentence), part).value == pytest.approx(value)


@pytest.mark.parametrize("sentence, part, value", [
    ("The painter died in Rome aged 91.", "91", 91),
    ("She began to sing at the age of eight.", "eight", 8),
    ("He left the farm when he was 15, the report said.", "15", 15),
    ("The singer, who was 17 at the time, signed a deal.", "17", 17),
])
def test_ages_have_the_unit_year(extract, sentence, part, value):
    f = only(extract(sentence), part)
    assert (f.value, f.unit) == (value, "year")


def test_range_of_ages_stays_one_range(extract):
    f = only(extract("The survey asked adults aged 20 to 30 about rent."), "20")
    assert (f.low, f.high) == (20, 30)


@pytest.mark.parametrize("sentence, text, value", [
    ("Orders for the bonds reached 12 times what was on offer.", "12 times", 12),
    ("Renters were 2.5 times more likely to move.", "2.5 times", 2.5),
    ("The new hall is three times the size of the old one.", "three times", 3),
])
def test_multiples_have_the_unit_times(extract, sentence, text, value):
    f = only(extract(sentence), text)
    assert (f.text, f.value, f.unit) == (text, value, "times")


@pytest.mark.parametrize("sentence, part, value, low, high", [
    ("The council cut the grant from 40% to 25% this year.", "40%", 25, 25, 40),
    ("Membership grew from 120 to 300 clubs.", "120", 300, 120, 300),
    ("The deficit narrowed from £9m to £6m.", "£9m", 6e6, 6e6, 9e6),
    ("The broker upped its price target from $50 to $55.", "$50", 55, 50, 55),
])
def test_change_from_to_keeps_both_ends_and_the_level_reached(extract, sentence, part, value, low, high):
    f = only(extract(sentence), part)
    assert (f.value, f.low, f.high) == (value, low, high)


def test_spread_from_to_stays_a_range_without_value(extract):
    f = only(extract("Flats range from £90,000 to £150,000 in the town."), "£90,000")
    assert (f.value, f.low, f.high) == (None, 90000, 150000)


def test_model_name_with_capital_e_is_not_scientific(extract):
    rec = extract("The airline ordered ten 5E3 jets, while light waves run at 4e14 per second.")
    assert [f.text for f in rec.figures if "E" in f.text] == []
    assert only(rec, "4e14").value == pytest.approx(4e14)


# ---------------------------------------------------------------- issue 12, round 3: names, kinds, odds
@pytest.mark.parametrize("sentence, number", [
    ("The maker said the 4820 handset ships in May. Early 4820 buyers praised the screen.", "4820"),
    ("Its 9150 phone was recalled, and 9150 units were returned.", "9150"),
    ("The airline bought 40 Airbus 320-200 jets.", "200"),
    ("Ring the desk on 0870 221 9090 for tickets.", "0870"),
    ("Ring the desk on 0870 221 9090 for tickets.", "221"),
    ("The club hosted the 2012 Olympics and will publish 2013 results soon.", "2012"),
    ("The club hosted the 2012 Olympics and will publish 2013 results soon.", "2013"),
    ("Their ballad stayed in the top ten for a month.", "ten"),
])
def test_numbers_that_are_names_are_not_figures(extract, sentence, number):
    assert not [f for f in extract(sentence).figures if f.text == number]


def test_a_count_before_a_plural_noun_stays_beside_a_model_name(extract):
    r = extract("The 4820 handset sold 12,000 copies to 300 shops.")
    assert sorted(f.value for f in r.figures) == [300, 12000]


@pytest.mark.parametrize("sentence, gone", [
    ("The studio released a third-person adventure for consoles.", "third"),
    ("A four-piece group from Hull won the prize.", "four"),
    ("The council called it a two-horse race.", "two"),
    ("Shops held one-day clearance sales across the county.", "one-day"),
    ("He played in 40 one-day internationals.", "one-day"),
    ("Viewers left the 24-hour news channel.", "24-hour"),
    ("The chain owns a five-star hotel.", "five"),
])
def test_hyphenated_adjectives_that_name_a_kind_are_not_figures(extract, sentence, gone):
    assert not [f for f in extract(sentence).figures if f.text == gone]


@pytest.mark.parametrize("sentence, part, value, unit", [
    ("The striker signed a two-year contract.", "two-year", 2, "year"),
    ("Coach named a 30-man squad for the tour.", "30", 30, None),
    ("The town staged a three-day festival.", "three-day", 3, "day"),
])
def test_hyphenated_measures_of_this_thing_stay(extract, sentence, part, value, unit):
    f = only(extract(sentence), part)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("sentence, expected", [
    ("The players hold five and ten gigabytes of songs.", [(5, "gigabyte"), (10, "gigabyte")]),
    ("Tickets cost three and four euros.", [(3, "EUR"), (4, "EUR")]),
    ("The hall seats three hundred and twelve people.", [(312, None)]),
    ("One thousand and one lanterns lit the bay.", [(1001, None)]),
])
def test_coordinated_numbers_are_never_summed(extract, sentence, expected):
    assert [(f.value, f.unit) for f in extract(sentence).figures] == expected


@pytest.mark.parametrize("sentence, part, value", [
    ("The grey mare went off at 12/1 and won by a length.", "12/1", 12.0),
    ("The 9-4 favourite fell at the last fence.", "9-4", 2.25),
    ("Bookmakers rate the challenger a 6-1 shot.", "6-1", 6.0),
    ("The odds of 3-1 on a home win looked generous.", "3-1", 3.0),
    ("The champion is the 2-1 favourite, with the local lad at 11-2.", "11-2", 5.5),
    ("The bookies give the film 4/7 and 9/2 odds of winning.", "4/7", 4 / 7),
    ("The bookies give the film 4/7 and 9/2 odds of winning.", "9/2", 4.5),
])
def test_odds_are_one_figure(extract, sentence, part, value):
    f = only(extract(sentence), part)
    assert (f.text, f.value, f.unit) == (part, pytest.approx(value), "odds")


def test_odds_cut_from_one_price_to_another_end_at_the_new_price(extract):
    f = only(extract("Bookmakers slashed his price from 6/4 to 4/5 overnight."), "6/4")
    assert (f.value, f.low, f.high, f.unit) == (pytest.approx(0.8), pytest.approx(0.8), 1.5, "odds")


def test_a_score_is_not_odds(extract):
    assert not extract("The visitors won 4-2 in the rain.").figures


@pytest.mark.parametrize("sentence", [
    "The new owner cleared out the managers in one swoop.",
    "The board sold the lot in one fell swoop.",
    "One particularly wet week flooded the fields.",
    "One only has to visit the market to see the change.",
    "The crowd rose as one when the goal went in.",
])
def test_more_idioms_with_one(extract, sentence):
    assert not [f for f in extract(sentence).figures if f.text.lower() == "one"]


@pytest.mark.parametrize("sentence, part, counted", [
    ("Officers carried out 14 search warrants overnight.", "14", "search warrants"),
    ("Ten miners were rescued and 38 others were still below.", "38", None),
])
def test_counted_is_the_whole_noun_and_never_a_pronoun(extract, sentence, part, counted):
    assert only(extract(sentence), part).counted == counted


def test_a_count_after_a_thousands_group_and_a_blank_line_stays(extract):
    r = extract("Old coats sell for $20,000\n\nThree coats worn by the singer sold last week.")
    assert only(r, "Three").value == 3


def test_hyphened_counts_keep_their_noun(extract):
    assert only(extract("A 40-person crew built the set."), "40").counted == "person"
    assert only(extract("He served a one-match suspension."), "one").counted == "match"


def test_idiom_numbers_near_a_window_edge_and_at_the_end_of_the_text():
    """The idiom search runs in windows around number words: an idiom at the very end of the
    text, one inside a long article, and a number word followed by more word characters."""
    from factextract.facts.figures.not_counts import idiom_numbers

    filler = "The council met again to discuss the plans for the harbour. " * 40
    text = filler + "It was one of the best. Onerous rules stayed. " + filler + "They moved one step"
    found = idiom_numbers(text)
    assert text.index("one of") in found and text.rindex("one step") in found
    assert text.index("Onerous") not in found


# ---------------------------------------------------------------- counted from the figure's clause
@pytest.mark.parametrize("sentence, part, counted", [
    ("Turnover rose 7% to £2bn last year.", "7%", "Turnover"),
    ("Turnover rose 7% to £2bn last year.", "£2bn", "Turnover"),
    ("Rents at the market climbed by 4% to £310 a month.", "4%", "Rents"),
    ("Joblessness fell to 5.1% in the spring.", "5.1%", "Joblessness"),
    ("The county set aside £3m for new libraries.", "£3m", "new libraries"),
    ("The plan includes spending of £7bn on bridges.", "£7bn", "spending"),
    ("The watchdog imposed a fine of $12m on the lender.", "$12m", "fine"),
    ("The cartoon took $40m at the box office.", "$40m", None),    # the earner, not what $40m counts
    ("At 3.1%, inflation stays above the goal.", "3.1%", "inflation"),
    ("The central bank lifted interest rates 0.5% last week.", "0.5%", "interest rates"),
    ("The bakery sold its frozen pie unit for $90m.", "$90m", "frozen pie unit"),
    ("The brewer blamed the weather for a 3% fall in beer sales.", "3%", "beer sales"),
    ("Shares in the miner were trading down 1.2% at noon.", "1.2%", "Shares"),
    ("The trade gap was £4bn.", "£4bn", "trade gap"),
    ("The chain reported margins of 12%.", "12%", "margins"),
    ("The ferry firm signed a $2bn deal with the port.", "$2bn", "deal"),
    ("Vouchers worth £50 go to every pupil.", "£50", "Vouchers"),
    ("Spending on parks will rise by 6% and 4% in turn.", "4%", "Spending"),
    ("Two old guitars sold for $80,000 at auction.", "$80,000", "old guitars"),
    ("The island has $40bn in currency reserves.", "$40bn", "currency reserves"),
    ("The bid values the club at £600m.", "£600m", "club"),
    ("The airline placed an order in a deal valued at $3bn.", "$3bn", "deal"),
    ("Only £200 of interest is free of tax.", "£200", "interest"),
    ("Wool prices rose by 6% in the north and by 9% in the south.", "9%", "Wool prices"),
    ("He said the economy would expand by 1.7% in April and 1.9% in May.", "1.9%", "economy"),
    ("The sale helped to bring debt down to 12bn euros.", "12bn euros", "debt"),
    ("The mill was sold to help pay off $3bn in unpaid wages.", "$3bn", "unpaid wages"),
    ("The utility wants a tariff rise of 40% next year.", "40%", "tariff rise"),
    ("The Dutch economy expanded by 1.3% last year.", "1.3%", "Dutch economy"),
    ("The co-op made £25m in profits.", "£25m", "profits"),
    ("The peso hit $0.09 in thin Tokyo trade.", "$0.09", "peso"),
    ("The sector grew, making 90bn yen ($800m) in export earnings.", "$800m", "export earnings"),
    ("Its truck arm made a pre-tax loss of $70m in the spring.", "$70m", "pre-tax loss"),
])
def test_counted_from_the_clause(extract, sentence, part, counted):
    assert only(extract(sentence), part).counted == counted


def test_a_bracketed_conversion_counts_what_the_figure_before_it_counts(extract):
    rec = extract("The bridge deal is worth 9bn rand ($1.5bn; £800m).")
    assert [f.counted for f in rec.figures] == ["bridge deal"] * 3


@pytest.mark.parametrize("sentence, part", [
    ("It rose 3% to $40 in early trading.", "3%"),
    ("It was bought for $6bn by a rival.", "$6bn"),
])
def test_counted_is_never_a_pronoun_and_the_gap_is_warned(extract, sentence, part):
    rec = extract(sentence)
    f = only(rec, part)
    assert f.counted is None
    assert any("counted left empty" in w and repr(f.text) in w for w in rec.warnings or [])


def test_counted_never_takes_a_headline_across_a_blank_line(extract):
    rec = extract("Rents show a slight climb\n\nRents of flats in the city rose 0.4% in May.")
    assert "\n" not in (only(rec, "0.4%").counted or "")


def test_a_count_sold_for_an_event_is_not_counting_the_event(extract):
    rec = extract("Organisers said all 90,000 for the two-day fair had been sold.")
    assert only(rec, "90,000").counted is None


@pytest.mark.parametrize("sentence", [
    "The three of them were all class of '79 at the academy.",
    "He has coached the side since ’98 and never lost a final.",
])
def test_two_digits_after_an_apostrophe_are_a_year(extract, sentence):
    assert not [f for f in extract(sentence).figures if f.text.strip("'’") in ("79", "98")]


def test_a_count_in_single_quotes_stays_a_figure(extract):
    assert only(extract("The report said '40 people were hurt' in the storm."), "40").value == 40

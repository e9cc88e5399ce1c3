"""Figures, round 10 of issue 12: what a figure counts in business reports. A company, an index
or a people is what a percentage counts ("Corus fell 2.2%", "owns 55% of Acme"); a difference
figure counts the subject of its verb of being, through the verbs that raise it ("profits set to
be 15% lower", "is likely to grow by 40% a year"); the noun right before "worth" and after "worth
of" is what the money is worth; a bracket of conversions shares one counted and one qualifier;
a carrier word with its own scope is the thing ("the EU average of 8.8%"); a date is never
counted; "a further 40,000" counts the noun before; a headline run into the first line does not
hide the first line's subject. All sentences are our own writing."""
from __future__ import annotations

import pytest


def figure(record, text):
    found = [f for f in record.figures if f.text == text]
    assert len(found) == 1, [(f.text, f.value, f.unit, f.counted) for f in record.figures]
    return found[0]


@pytest.mark.parametrize("sentence, text, counted", [
    # a company or an index that moved: its shares, as the level after the change says
    ("In Frankfurt, Lindqvist fell 2.4% to 31.20 euros.", "2.4%", "Lindqvist"),
    ("In Frankfurt, Lindqvist fell 2.4% to 31.20 euros.", "31.20 euros", "Lindqvist"),
    ("The Dow closed down 0.8%, while the Nasdaq lost 1.1%.", "1.1%", "Nasdaq"),
    ("Acme Holdings fell 3% in early trading.", "3%", "Acme Holdings"),
    # a stake in a named company
    ("Brennan Foods has agreed to buy 35% of Marlow Dairies for an undisclosed sum.", "35%",
     "Marlow Dairies"),
    ("The Harcourt family, which owns 52% of Venmore, has ruled out a sale.", "52%", "Venmore"),
])
def test_a_company_is_what_its_percentage_counts(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


def test_a_person_is_still_never_what_a_percentage_counts(extract):
    rec = extract("In the first round, Ms Okafor took 45% of the vote and Mr Lind took 38%.")
    assert figure(rec, "38%").counted != "Mr Lind" and figure(rec, "38%").counted != "Lind"


@pytest.mark.parametrize("sentence, text, counted", [
    ("The chain said sales would slip, with profits set to be 12% lower than forecast.", "12%", "profits"),
    ("Sales are now expected to be 6% to 7% lower than last year.", "6% to 7%", "Sales"),
    ("Ticket prices were 10% higher than a year ago.", "10%", "Ticket prices"),
    ("Orsk's holiday trade is expected to expand by about 25% a year.", "about 25% a year",
     "holiday trade"),
    ("Flood payouts are expected to be less than $3bn, Carrow Mutual said.", "less than $3bn", "Flood payouts"),
    ("At launch the airline offered fares that were 40% cheaper than its rivals' fares.", "40%", "fares"),
])
def test_a_difference_counts_the_subject_of_its_verb_of_being(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


def test_a_pronoun_subject_of_a_difference_stays_empty(extract):
    assert figure(extract("It was 5% lower than in May."), "5%").counted is None


@pytest.mark.parametrize("sentence, text, counted", [
    # the parse may hang "worth" on a noun further back
    ("The new rules target banks and insurers, raising capital charges and offering tax breaks "
     "worth 2.1bn rand ($340m; £180m).", "2.1bn rand", "tax breaks"),
    ("The new rules target banks and insurers, raising capital charges and offering tax breaks "
     "worth 2.1bn rand ($340m; £180m).", "£180m", "tax breaks"),
    ("The brewer plans to buy back shares worth 500m Swiss francs.", "500m Swiss francs", "shares"),
    ("The state was to sell 9bn yuan ($1.1bn) worth of shares to investors.", "9bn yuan", "shares"),
    ("The state was to sell 9bn yuan ($1.1bn) worth of shares to investors.", "$1.1bn", "shares"),
    ("The council bought £3m worth of new buses.", "£3m", "new buses"),
    ("It restructured 1.2bn euros-worth of loans.", "1.2bn euros", "loans"),
])
def test_worth_names_what_the_money_is_worth(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text, qualifier, counted", [
    ("Pavlov Brewing will buy the stake for up to 120m euros ($160m; £85m).", "£85m", "up to", "stake"),
    ("The city wants the operator to make an annual investment of 300m pesos ($100m; £55m) in pipes.",
     "£55m", None, "annual investment"),
    ("Its exposure is less than 50m euros (£35m; $65m).", "$65m", "less than", "exposure"),
])
def test_a_bracket_of_conversions_shares_counted_and_qualifier(extract, sentence, text, qualifier, counted):
    f = figure(extract(sentence), text)
    assert (f.qualifier, f.counted) == (qualifier, counted)


@pytest.mark.parametrize("sentence, text, counted", [
    ("Joblessness is 9.1%, above the EU average of 8.7%.", "8.7%", "EU average"),
    ("The economy grew by an average of 3% a year, below the African average of 4.5%.", "4.5%",
     "African average"),
    ("Pay rose 4%, ahead of the national average of 3.1%.", "3.1%", "national average"),
])
def test_a_carrier_with_its_own_scope_is_the_thing(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text, counted", [
    ("Growth has been an average of 3% a year.", "3% a year", "Growth"),   # a mean, no "about" (round10_average)
    ("Sales reached a total of £5m.", "£5m", "Sales"),
    # a year's possessive gives the carrier no scope of its own: the profits are compared
    ("Profits fell short of 2003's 640m euro figure.", "640m euro", "Profits"),
])
def test_a_bare_carrier_still_carries(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


def test_a_date_after_a_price_is_not_counted(extract):
    rec = extract("The group sold the carmaker for £10 six years ago to a local consortium.")
    assert figure(rec, "£10").counted is None


@pytest.mark.parametrize("sentence, text, counted", [
    ("Inspectors have closed more than 300 unsafe mines and have yet to visit a further 2,000.",
     "2,000", "unsafe mines"),
    ("The ministry listed 120 idle estates and had yet to rule on the status of another 900.",
     "900", "idle estates"),
    ("A crowd of 40,000 watched the final.", "40,000", "crowd"),
    # a bare count that ends its clause before a full stop (elided_clause.py: the stop was never seen)
    ("The team won 5 games and drew 3.", "3", "games"),
    # a level something is taken to is no second count of the noun before: the people, not the jobs
    ("Some 9,000 new jobs were created in May, taking the number of people in work to 28.1 million.",
     "28.1 million", "people"),
])
def test_a_further_count_counts_the_noun_before(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("text, figure_text, counted", [
    ("Halvard shares up on break-up plan\n\nShares in Halvard Group surged more than 9% on Monday "
     "after it said it would split in two.", "more than 9%", "Shares"),
    ("Bid lifts Rovers\n\nShares in Blackmoor Rovers were up over 6% by noon on Friday.", "over 6%",
     "Shares"),
    # a single line break is no sentence boundary for the parser: line_subject.py reads the line
    ("Halvard shares up on break-up plan\nShares in Halvard Group surged more than 9% on Monday "
     "after it said it would split in two.", "more than 9%", "Shares"),
])
def test_a_headline_run_into_the_first_line(extract, text, figure_text, counted):
    assert figure(extract(text), figure_text).counted == counted


@pytest.mark.parametrize("sentence, text, counted", [
    ("The report - issued after a long inquiry into the sale of the bank's arm - showed revenue "
     "was about 5% higher than first stated.", "about 5%", "revenue"),
    ("The total cost of thefts logged by retailers came to $270m.", "$270m", "total cost"),
])
def test_a_reported_clause_has_its_own_subject(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text, counted", [
    # a figure set against another of the same kind (comparisons.py)
    ("Profits were $4bn, compared with $3.2bn a year earlier.", "$3.2bn", "Profits"),
    ("The jobless rate was 6.1%, against 6.4% in March.", "6.4%", "jobless rate"),
    ("Turnover was £8.1bn, compared to £7.9bn a year ago.", "£7.9bn", "Turnover"),
    ("The minister predicted economic growth of 5.2% in 2006, up from 4.9% this year.", "4.9%",
     "economic growth"),
    # a change set off by a comma after a figure is that figure's change
    ("Even with a record profit last year of 9.8bn yen ($94m; £50m), up 17.6% on the year before, "
     "Kaneda stays wary.", "17.6%", "record profit"),
    ("Even with a record profit last year of 9.8bn yen ($94m; £50m), up 17.6% on the year before, "
     "Kaneda stays wary.", "9.8bn yen", "record profit"),
])
def test_a_compared_figure_counts_the_same_thing(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


def test_a_compared_figure_of_another_unit_is_left_alone(extract):
    rec = extract("Sales were $2bn, compared with 40,000 units a year earlier.")
    assert figure(rec, "40,000").counted != "Sales"


@pytest.mark.parametrize("sentence, text, counted", [
    # the parse hangs the figure on the excepted items, or on a period between noun and figure
    ("Kestrel forecasts earnings excluding items of $2.10 to $2.15 per share.", "$2.10 to $2.15 per share",
     "earnings"),
    ("Kaito reported a net loss for the three months to June of 4.7bn yen ($45m; £24m).", "£24m",
     "net loss"),
    # a name with its "of" tail, whole
    ("The investment bank has bought 40% of National Bank of Ruritania.", "40%",
     "National Bank of Ruritania"),
    # two subjects with an aside between: the one nearest the verb
    ("Set beside Norway - and indeed the wider Nordic bloc - the Danish labour force should swell "
     "by 7% to 3.2 million by 2040.", "7%", "Danish labour force"),
    ("Shares in Aldwych and Brecon - the two biggest lenders - both fell 2.3% on Monday.", "2.3%", "Shares"),
])
def test_the_parse_points_past_the_thing_counted(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


def test_a_period_is_still_what_its_count_counts(extract):
    assert figure(extract("Margins should recover within one or two quarters."), "one or two").counted == "quarters"


def test_the_level_before_a_change_is_not_the_change(extract):
    rec = extract("The bus division made a pre-tax profit of £410m, a £95m improvement from £315m a year ago.")
    assert figure(rec, "£315m").counted != "improvement"

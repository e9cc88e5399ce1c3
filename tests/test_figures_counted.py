"""What a figure counts and how it is qualified, where careful readers found it empty or wrong
(issue 12): names and hyphened words after a number kept whole, the earner of money not taken
as what the money counts, appositions and tallies, a qualifier parted from its figure by "the
expected", and no qualifier the text does not give. All sentences are our own writing."""
from __future__ import annotations

import pytest


def figure(record, text):
    found = [f for f in record.figures if f.text == text]
    assert len(found) == 1, [f.text for f in record.figures]
    return found[0]


@pytest.mark.parametrize("sentence, text, counted", [
    ("The trust will cut 120 Department of Transport posts by spring.", "120",
     "Department of Transport posts"),
    ("The council hired 40 Bank of Scotland staff last month.", "40", "Bank of Scotland staff"),
    ("Planners approved six super-casinos for the coast.", "six", "super-casinos"),
    ("The office sent 90 e-mail alerts on Monday.", "90", "e-mail alerts"),
    ("The mayor promised 20,000 council and housing association homes.", "20,000",
     "council and housing association homes"),
    ("Rivals fared badly - Acme sales dropped 14% in June.", "14%", "Acme sales"),
])
def test_counted_phrase_is_whole(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text", [
    ("The thriller Night Harbour took $12m in its first weekend.", "$12m"),
    ("Ticket touting costs football clubs millions each season.", "millions"),
    ("The studio made £40m last year.", "£40m"),
])
def test_earner_is_not_counted(extract, sentence, text):
    assert figure(extract(sentence), text).counted is None


@pytest.mark.parametrize("sentence, text, counted", [
    ("Profits rose 12% to £3bn.", "£3bn", "Profits"),
    ("The firm made £40m in profits.", "£40m", "profits"),
    ("There were gifts topping £40,000 for the Greens from two donors.", "£40,000", "gifts"),
])
def test_what_money_measures_stays(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text, counted", [
    ("Among mobile users, 41%, said they text daily.", "41%", "mobile users"),
    ("About 9 million homes in the region, 35%, have solar panels.", "35%", "homes"),
    ("The bill was carried by 310 votes to 180.", "180", "votes"),
    ("The club's members, 15%, voted against.", "15%", "members"),
    ("The novel has nine awards while the film has 4.", "4", "awards"),
    ("The group plans to report a sharp fall in annual profits to £90m.", "£90m", "annual profits"),
    ("The trade gap has swelled to $6.1bn this year.", "$6.1bn", "trade gap"),
])
def test_counted_from_neighbour(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text", [
    ("In the survey, 30%, said no.", "30%"),
    ("A small share, 8%, said no.", "8%"),
    ("The singer, 34, thanked the crowd.", "34"),
    ("Spain's debt will fall to 60%, while Italy's is set to drop to 70%.", "70%"),
    ("The estate was sold to a trust which included Anna Berg for £9m.", "£9m"),
    ("The winger joined the Hornets from Porto for £9m last summer.", "£9m"),
    ("The grants were nearly half of the £8,412,330 paid out by councils.", "£8,412,330"),
])
def test_no_counted_from_a_setting_or_a_list(extract, sentence, text):
    assert figure(extract(sentence), text).counted is None


@pytest.mark.parametrize("sentence, text, qualifier", [
    ("The sequel took more than the expected $30m.", "$30m", "more than"),
    ("Turnout was nearly the forecast 60%.", "60%", "nearly"),
    # a vague plural says a lower bound, never an exact count
    ("Ticket touting costs football clubs millions each season.", "millions", "more than"),
    ("Thousands of fans queued overnight.", "Thousands", "more than"),
    ("Sales reached more than 300 units.", "more than 300", "more than"),
    ("The auction raised more than the £2m dealers had predicted.", "£2m", "more than"),
    ("The panel talked about the 300 jobs at risk.", "300", None),
])
def test_qualifier_only_when_the_text_gives_it(extract, sentence, text, qualifier):
    assert figure(extract(sentence), text).qualifier == qualifier


def test_change_noun_object_reading_ends(extract):
    """A verb whose object is a noun of change with no "in" object must not loop back up."""
    rec = extract("Congress passed an $800bn rise in what the state may owe, taking the total "
                  "to $9.1 trillion.")
    assert [f.text for f in rec.figures] == ["$800bn", "$9.1 trillion"]

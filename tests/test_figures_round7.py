"""Figures, round 7 of issue 12: what careful readers still marked wrong on whole articles.
Vague plurals are lower bounds, never exact counts; sums in "millions of pounds" are sterling;
what a figure counts when the sentence names it elsewhere: a poll's group across paragraphs,
a count whose noun the same sentence already gave, a money group with its conversions in
brackets before the noun it modifies, "X up 4%", "growth of just 0.1%" and the level reached
after a change. All sentences are our own writing."""
from __future__ import annotations

import pytest


def figure(record, text):
    found = [f for f in record.figures if f.text == text]
    assert len(found) == 1, [f.text for f in record.figures]
    return found[0]


@pytest.mark.parametrize("sentence, text, value, low, high, unit", [
    ("Dozens of volunteers cleared the path.", "Dozens", 12, 12, 120, None),
    ("The storm cost farmers millions last winter.", "millions", 1e6, 1e6, 1e7, None),
    ("Councils have spent billions of pounds on repairs.", "billions of pounds", 1e9, 1e9, 1e10, "GBP"),
    ("Hundreds of thousands of walkers visit the hills.", "Hundreds of thousands", 1e5, 1e5, 1e6, None),
])
def test_vague_plural_is_a_lower_bound(extract, sentence, text, value, low, high, unit):
    f = figure(extract(sentence), text)
    assert (f.value, f.low, f.high, f.unit, f.qualifier) == (value, low, high, unit, "more than")


@pytest.mark.parametrize("sentence, text, value, unit, qualifier", [
    ("The scheme will need several hundred million pounds.", "several hundred million pounds",
     1e8, "GBP", "more than"),
    ("The grant came to 250 million pounds.", "250 million pounds", 2.5e8, "GBP", None),
    ("The parcel weighs 5 pounds.", "5 pounds", 5, "pound", None),   # a plain weight stays one
])
def test_pounds_after_a_scale_are_sterling(extract, sentence, text, value, unit, qualifier):
    f = figure(extract(sentence), text)
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier)


POLL = ("A majority of drivers (61%) think the toll is too high, a survey says.\n\n"
        "Some 55% of those polled said they would pay less, with 41% saying they would not.\n\n"
        "Nearly half those asked said the road was worse.\n\n"
        "Three-quarters said the toll should go and just 12% disagreed.\n\n"
        "One in three thought the council was doing well.\n\n"
        "Separately, ticket sales rose 5% last year.")


@pytest.mark.parametrize("text, counted", [
    ("61%", "drivers"), ("Some 55%", "those polled"), ("41%", "those polled"),
    ("Nearly half", "those asked"), ("Three-quarters", "those asked"), ("12%", "those asked"),
    ("One in three", "those asked"), ("5%", "ticket sales"),
])
def test_poll_shares_count_the_group_asked(extract, text, counted):
    assert figure(extract(POLL), text).counted == counted


def test_poll_group_does_not_reach_a_share_of_something_else(extract):
    rec = extract("Some 40% of those polled said yes.\n\nProfits rose 8% and 30% said nothing "
                  "about it.")
    assert figure(rec, "30%").counted is None


@pytest.mark.parametrize("sentence, text, counted", [
    ("Since 2001, 14 pupils have left the school and three have joined it.", "three", "pupils"),
    ("The pollster asked 500 voters in May and 700 afterwards.", "700", "voters"),
    ("About 3 million adults smoke, while 1.2 million have quit.", "1.2 million", "adults"),
    ("The chain runs 120 cafes and plans 30 more.", "30", "cafes"),
    ("Ten miners were rescued and 38 others were still below.", "38", None),
    ("The lab tested 200 samples and found 3 of them faulty.", "3", None),
])
def test_a_count_takes_the_noun_its_sentence_gave(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text, counted", [
    ("Investors tried to block a $4.2bn (£2.3bn) takeover by Acme.", "$4.2bn", "takeover"),
    ("Investors tried to block a $4.2bn (£2.3bn) takeover by Acme.", "£2.3bn", "takeover"),
    ("The bank survived a 900bn won ($800m; £420m) bail-out.", "£420m", "bail-out"),
    ("The £9m musical will open in Leeds.", "£9m", "musical"),
    ("He paid a $5m sum to the studio.", "$5m", None),
])
def test_money_counts_the_noun_after_its_conversions(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text, counted", [
    ("The data showed imports down 3.1% to $80.2bn in May.", "3.1%", "imports"),
    ("The data showed imports down 3.1% to $80.2bn in May.", "$80.2bn", "imports"),
    ("The verdict sent Acme shares up 6.5% on Friday.", "6.5%", "Acme shares"),
    ("Shops are quiet, with retail demand up just 0.3% in the spring.", "0.3%", "retail demand"),
    ("The figures point to growth of just 0.4% this year.", "0.4%", "growth"),
])
def test_what_moved_or_grew(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted


@pytest.mark.parametrize("sentence, text, expected", [
    ("The rapper 40 Cent played a small club in Leeds.", "40 Cent", None),
    ("She was a guest on 90 Minutes last week.", "90 Minutes", None),
    ("It was 20 Celsius in the shade.", "20 Celsius", "celsius"),
    ("Links now run at 50 Mbps in town.", "50 Mbps", "megabit per second"),
    ("The stamp cost 40 cents.", "40 cents", "cent"),
])
def test_a_capitalised_unit_word_in_running_text_is_a_name(extract, sentence, text, expected):
    found = [f for f in extract(sentence).figures if f.text == text]
    assert (found[0].unit if found else None) == expected


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("The new mast is more than 40m taller than the old one.", "more than 40m", 40, "metre"),
    ("The cable car climbs at a 9m per second pace.", "9m per second", 9, "metre per second"),
    ("The site now has 35m users.", "35m", 35e6, None),
])
def test_m_before_a_comparative_of_size_or_per_second_is_metres(extract, sentence, text, value, unit):
    f = figure(extract(sentence), text)
    assert (f.value, f.unit) == (value, unit)


def test_half_a_dozen_is_six_things(extract):
    f = figure(extract("The squad has half a dozen injury worries."), "half a dozen")
    assert (f.value, f.unit, f.counted) == (6, None, "injury worries")


@pytest.mark.parametrize("sentence, text, counted", [
    ("Regulators told the banks to disgorge $90bn in profits.", "$90bn", "profits"),
    ("The levy would bring in at least £40m in revenue.", "at least £40m", "revenue"),
])
def test_money_in_what_after_more_verbs_of_paying(extract, sentence, text, counted):
    assert figure(extract(sentence), text).counted == counted

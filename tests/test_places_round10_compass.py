"""Round 10 (places): a lowercase compass word the model takes into its place span ("in
north-west London") is no part of the name, and the place is kept. Sentences written for
these tests."""
from __future__ import annotations

import pytest


# a compass word trimmed off ("north-west London"), and the host city of an event ("the Athens
# Olympics"): the place is kept, with its own offsets
@pytest.mark.parametrize("text, place", [
    ("Mr Cole, a planner with Harrowby Council in north-west London, thought the rules were fair.", "London"),
    ("Ms Hart, who runs a shelter in south-east London, said demand had doubled.", "London"),
    ("The plant in north-east England employs 900 people.", "England"),
    ("Troops patrolled central Baghdad on Sunday.", "Baghdad"),
    ("The sprinter pulled out a week before the Athens Olympics.", "Athens"),
    ("He finished fourth in the London Marathon last spring.", "London"),
    ("The Kenyan won the New York Marathon in record time.", "New York"),
    ("She clocked 7.10 seconds at the Birmingham Grand Prix on Friday.", "Birmingham"),
])
def test_place_kept_whole_and_alone(extract, text, place):
    places = {p.name: p for p in extract(text).places}
    assert place in places
    m = places[place].mentions[0]
    assert text[m.start:m.end] == place


@pytest.mark.parametrize("text, place", [
    ("Talks with North Korea resumed in Beijing.", "North Korea"),
    ("Settlers left the West Bank in August.", "West Bank"),
])
def test_capitalised_compass_kept(extract, text, place):
    assert place in {p.name for p in extract(text).places}


@pytest.mark.parametrize("text, absent", [
    ("Rockstar Games released the title in October.", "Rockstar"),
    ("She will run at the Commonwealth Games in March.", "Commonwealth"),
])
def test_event_head_without_a_known_host(extract, text, absent):
    assert absent not in {p.name for p in extract(text).places}

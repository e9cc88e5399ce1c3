"""Sports-report detection (facts/entities/sport_reports.py): sport's own words and facts make a
sports report; everyday words that sport shares ("final", "stage", "beat", "round", "manager")
do not, however many a business, politics or tech story has."""
from __future__ import annotations

import pytest
import spacy

from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.sport_reports import is_sports, sport_evidence, sport_facts
from factextract.facts.entities.tokens import TokenView

_LEX = Lexicon()
_NLP = spacy.blank("en")


def _view(text: str) -> TokenView:
    return TokenView(_NLP(text))


@pytest.mark.parametrize("text, sports", [
    # everyday words of politics, business and tech stories: no sports report
    ("The final stage of the race for the leadership began as the minister beat the deadline "
     "and won points in the second round of talks.", False),
    ("The branch manager said the draw for the prize was the final goal of the campaign, and "
     "her boss told the players in the market to match the offer.", False),
    ("The senator's goals: match the donors in the final poll, then beat the deadline.", False),
    # a gaming league: sports words, but more words of video games
    ("Gamers from the league play the final of the tournament on consoles with a joystick; the "
     "gaming firm said its gamers would beat the record.", False),
    # a transfer story: a word of sport only, and the club's everyday words
    ("The striker's club rejected the bid, the manager said.", True),
    # a result and a match report's words
    ("Leeds won 2-1 at home on Saturday, and the manager praised the fans.", True),
    # tennis sets and a round of sport
    ("She beat the Russian 6-4 6-3 to reach the quarter-finals.", True),
    # athletics: a race distance and a season
    ("He won the men's 800m in Lisbon and said the season had begun well.", True),
    # a story on a club's shares names the sport and its stadium: the club is the club there
    ("Shares in the football club rose after it agreed to sell the stadium, and fans welcomed it.", True),
])
def test_sports_report(text, sports):
    assert is_sports(_view(text), _LEX) is sports, sport_evidence(_view(text), _LEX)


@pytest.mark.parametrize("text, evidence", [
    ("The final stage of the race.", 1.0),                        # everyday words add at most 1
    ("The final stage of the race, the draw, the round, the points.", 1.0),
    ("The striker was booked.", 2.5),                             # sport 2 + everyday 0.5
    ("The coach picked the squad.", 2.0),                         # two words mostly of sport
    ("Wales beat Italy 24-17.", 2.5),                             # a result 2 + "beat" 0.5
])
def test_evidence_weights(text, evidence):
    assert sport_evidence(_view(text), _LEX) == evidence


@pytest.mark.parametrize("text, results", [
    ("Chelsea won 2-1 at Fratton Park.", 1),
    ("a 3-0 win over Hearts", 1),
    ("She lost 6-4 6-3 in the final.", 1),        # a result word before it and the sets: one result
    ("Henman went through 6-4 7-6 (7-3).", 1),     # the sets alone
    ("Profits rose 20-25% this year.", 0),           # a range of percentages
    ("The 10-12 members of the board met.", 0),    # no result word
    ("Sales in 2004-05 beat forecasts.", 0),       # a year span, before the result word
    ("The party won 10-15 seats in the north.", 0),  # a range of seats
])
def test_results(text, results):
    assert len(sport_facts(text)[0]) == results


@pytest.mark.parametrize("text, distances", [
    ("She won the women's 800m in Paris.", 1),
    ("the Olympic 10,000m champion", 1),
    ("He ran the 400m hurdles and the 4x100m relay.", 2),
    ("Pole vaulter: the world 60m record.", 1),
    ("The lift climbs 50m in ten seconds.", 0),     # a height, no race
    ("The film drew 800m viewers.", 0),             # millions
    ("It cost $100m to build.", 0),                 # money
])
def test_race_distances(text, distances):
    assert len(sport_facts(text)[1]) == distances


def test_results_table():
    table = ("Leading results of the final stage: 1. Olaf Berg (Norway) Team Nord 4 hours 2 mins "
             "2. Jan Vos (Netherlands) Team Zuid 5 seconds behind 3. Piet Ruiz (Spain) same time")
    assert len(sport_facts(table)[0]) == 1
    # a numbered list of products with brackets but no third place is no table
    assert not sport_facts("1. Coin Pro (app) is cheap. 2. Coin Wallet (app) is free.")[0]


def test_a_ballot_prop_is_no_rugby_prop():
    # "Prop 22" is a ballot measure: with a season and a draw it makes no sports report
    text = "Voters backed Prop 22 this season, and the draw for ballot positions came in the final week."
    assert not is_sports(_view(text), _LEX)

"""Figures, round 10 of issue 12, sport: "from 0-2 down" is where a player stood, not a range;
"the Uefa Cup last 16" is a round; a team sheet's substitution and goal minutes ("Purdie
(Mills 83)", "Rigoglioso 59.") are points in a match, not counts. All sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "But from 0-3 down, Okafor broke serve twice in a row to level the set.",
    "From 2-5 down in the third set, the Swede won five games in a row.",
    "She went 15-40 down in the next game but held.",
])
def test_a_score_line_down_or_up_is_no_range(extract, sentence):
    assert not [f for f in extract(sentence).figures if f.low is not None]


def test_a_range_after_from_is_still_a_range(extract):
    f = [f for f in extract("Fares will rise from 10-15% next year.").figures if f.low is not None]
    assert len(f) == 1 and (f[0].low, f[0].high) == (10, 15)


@pytest.mark.parametrize("sentence", [
    "A scrappy volley gave them a 3-2 victory and a spot in the Uefa Cup last 16.",
    "Both sides are through to the Champions League last eight.",
])
def test_a_round_of_a_cup_is_no_count(extract, sentence):
    assert [f.text for f in extract(sentence).figures] == []


def test_a_last_n_with_its_noun_still_counts(extract):
    rec = extract("Rovers have won their last 16 games at home.")
    assert [(f.text, f.counted) for f in rec.figures] == [("16", "games")]


@pytest.mark.parametrize("text, kept", [
    ("Penn, Aldo, Kerr (Tovey 102), Marsh (Idle 77), Brand.\n\nCasaletto 64.\n\n2,140\n", ["2,140"]),
    ("Marsh, Field, Quinn.\n\nBramble 35 og, Mellor 38, Baros 61.\n", []),
    # a bracket that is not a name and a minute stays a figure
    ("The club hired Moss (aged 43) in May.", ["43"]),
])
def test_team_sheet_minutes_are_no_figures(extract, text, kept):
    assert [f.text for f in extract(text).figures] == kept


@pytest.mark.parametrize("sentence, kept", [
    ("Okafor, ranked 87 in the world, sank to her knees.", []),
    ("Lind, seeded four, then held his serve comfortably.", []),
    ("Lind, ranked three places above Okafor, looked nervous.", ["three"]),
])
def test_a_seed_or_ranking_is_no_count(extract, sentence, kept):
    assert [f.text for f in extract(sentence).figures] == kept



def test_a_world_ranking_reached_is_no_count(extract):
    rec = extract("Ruiz, who got through to the second round, has climbed to 88 in the world - a jump of 35 places.")
    assert [(f.text, f.counted) for f in rec.figures] == [("35", "places")]


@pytest.mark.parametrize("sentence, text", [
    ("But Okonkwo fought back to win the next two and the set.", "two"),
    ("In the second half Marcus Webb scored three, all from close range.", "three"),
])
def test_a_person_is_never_what_a_bare_count_counts(extract, sentence, text):
    found = [f for f in extract(sentence).figures if f.text == text]
    assert len(found) == 1 and found[0].counted is None


def test_a_name_right_after_a_count_is_still_counted(extract):
    rec = extract("Marrow Lane and The Quiet Field won two Golden Globes apiece.")
    assert [(f.text, f.counted) for f in rec.figures] == [("two", "Golden Globes")]

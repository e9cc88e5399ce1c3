"""Competitions named "X League" / "X Nations" in a sports report are no organisations, every
mention, unless a mention shows the body that runs them (competitions.py). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from factextract.records import to_dict

SPORT = ("Arsenal striker Tom Vale scored twice in the league win over Everton, and coach Ray Dunn "
         "said the squad was fit for Saturday's match. ")


def _orgs(extract, text: str) -> set[str]:
    return {e["name"] for e in to_dict(extract(text))["organisations"]}


@pytest.mark.parametrize("text, name", [
    (SPORT + "Arsenal play Porto in the Champions League on Tuesday.", "Champions League"),
    (SPORT + "Ulster lead the Celtic League after their win at the weekend.", "Celtic League"),
    (SPORT + "New Zealand won the Tri-Nations for the third time.", "Tri-Nations"),
    (SPORT + 'Dunn said: "We want to win the Champions League." The Champions League resumes in March.',
     "Champions League"),
])
def test_a_competition_in_a_sports_report_is_no_organisation(extract, text: str, name: str) -> None:
    orgs = _orgs(extract, text)
    assert name not in orgs
    assert "Arsenal" in orgs


@pytest.mark.parametrize("text, name", [
    (SPORT + "The Scottish Football League said it would look at the tackle.", "Scottish Football League"),
    (SPORT + "A Scottish Football League spokesman said the date would not change.", "Scottish Football League"),
    (SPORT + "The club was fined by the Football League last year.", "Football League"),
    (SPORT + "The Eastern Gaming League (EGL) runs the contest, and EGL pays the prize.", "Eastern Gaming League"),
    ("The Arab League said on Monday it would send monitors to the region.", "Arab League"),
])
def test_a_league_acting_as_a_body_stays(extract, text: str, name: str) -> None:
    assert name in _orgs(extract, text)

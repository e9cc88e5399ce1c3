"""Round 10, sport and business reports: line-ups and squads (line_ups.py). Every sentence here
is our own writing."""
from __future__ import annotations

import pytest

from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.line_ups import LineUps

_REPORT = ("Hartwell striker Dean Oduya scored twice as the league leaders beat Castleford "
           "2-0 in the cup on Saturday, and the keeper Paolo Marchetti made a late save.\n\n"
           "The manager said the win would lift the club's fans before the derby match.\n\n")


def _types(rec):
    return {e.name: kind for kind in ("people", "organisations", "places") for e in getattr(rec, kind)}


@pytest.fixture(scope="module")
def line_ups():
    return LineUps(Lexicon())


@pytest.mark.parametrize("line, players, clubs", [
    # a team line with substitutes and their minutes
    ("Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie.",
     {"Marchetti", "Brannagh", "Oduya", "Kellerman", "Stroud", "Pilbeam", "Fennick", "Quarrie"}, set()),
    # a squad: each player's club in brackets, initials before surnames, the captain marked
    ("T Oakhurst (Burnley, capt), L Venner (Wolves), P Drayfield (Sunderland), K Mabry (Exeter).",
     {"T Oakhurst", "L Venner", "P Drayfield", "K Mabry"}, {"Burnley", "Wolves", "Sunderland", "Exeter"}),
    # a labelled part of the team sheet needs only two names
    ("Subs not used: Tollemache, Verrity, Audsley.", {"Tollemache", "Verrity", "Audsley"}, set()),
])
def test_line_up_lines(line_ups, line, players, clubs):
    found = line_ups.lines(line)
    assert len(found) == 1
    got = {(line[s:e], k) for s, e, k in found[0]}
    assert {n for n, k in got if k == "player"} == players
    assert {n for n, k in got if k == "club"} == clubs


@pytest.mark.parametrize("line", [
    # a list of clubs is a table, not a line-up
    "Barcelona, Bayern Munich, Porto, Real Madrid, Juventus.",
    # a sentence with commas is running text
    "Oduya, who joined in May, scored twice, and Marchetti, the keeper, saved a penalty.",
    # too few names without a label
    "Marchetti, Brannagh, Oduya.",
])
def test_not_line_ups(line_ups, line):
    assert line_ups.lines(line) == []


@pytest.mark.parametrize("tail, name, kind", [
    # a surname of a line-up is a person, whatever the model read
    ("Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie.", "Pilbeam", "people"),
    ("Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie.", "Kellerman", "people"),
    # a squad's bracketed clubs are organisations, a town's name included
    ("Grist (Burnley), Hallam (Newcastle), Rudd (Wolves), Ebbw (Sunderland), Pask (Swansea).", "Newcastle",
     "organisations"),
    ("Grist (Burnley), Hallam (Newcastle), Rudd (Wolves), Ebbw (Sunderland), Pask (Swansea).", "Pask", "people"),
    # the body's full name of a listed player is a person's
    ("Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie.", "Paolo Marchetti",
     "people"),
])
def test_line_ups_in_reports(extract, tail, name, kind):
    rec = extract(_REPORT + tail)
    assert _types(rec).get(name) == kind


def test_line_up_offsets(extract):
    text = _REPORT + "Marchetti, Brannagh, Oduya, Kellerman, Stroud (Pilbeam 71), Fennick, Quarrie."
    rec = extract(text)
    pilbeam = next(e for e in rec.people if e.name == "Pilbeam")
    m = pilbeam.mentions[0]
    assert text[m.start:m.end] == "Pilbeam" and m.start == text.index("Pilbeam")

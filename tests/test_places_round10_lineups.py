"""Round 10 (places): the names of a line-up line are players, never places ("Ingham, Mulligan,
Fenton, Morley" are gazetteer towns too). The zones on our own lines, and the retyping of place
proposals on a blank tokenizer."""
from __future__ import annotations

import pytest
import spacy

from factextract.facts.entities.lexicon import Lexicon
from factextract.facts.entities.line_ups import LineUps
from factextract.facts.entities.lineup_lists import lineup_zones
from factextract.facts.entities.proposal import Proposal
from factextract.facts.entities.tokens import TokenView


@pytest.mark.parametrize("line, names", [
    ("Keller, Pearce, Gould, Ingham (Fenton 71), Morley, Ross Walker.",
     ["Keller", "Pearce", "Gould", "Ingham", "Morley", "Ross Walker"]),
    ("Rovers: Hale, Dunn, Pryce, Okafor, Lindqvist", ["Hale", "Dunn", "Pryce", "Okafor", "Lindqvist"]),
    ("Baines, Tully, Morley.", ["Baines", "Tully", "Morley"]),
    # run on after the last quote of a paragraph
    ('"We were the better side." Rovers: Hale, Dunn, Pryce, Okafor. Subs Not Used: Ross, Tate, Ince.',
     ["Hale", "Dunn", "Pryce", "Okafor", "Ross", "Tate", "Ince"]),
    # no line-ups: a sentence, two items, clubs in brackets, only known places
    ("He has played in Leeds, York and Hull.", []),
    ("Baines, Tully.", []),
    ("Coyne (Burnley), Jones (Wolves), Roberts (Wrexham)", []),
    ("Venues: Cardiff, Dublin, Rome, Paris.", []),
])
def test_lineup_zones(line, names):
    known = {"cardiff", "dublin", "rome", "paris", "leeds", "york", "hull"}
    assert [line[a:b] for a, b in lineup_zones(line, known)] == names


def test_place_proposals_on_a_lineup_become_people():
    nlp, lex = spacy.blank("en"), Lexicon()
    text = "Wanderers won 2-0.\nKeller, Pearce, Gould, Ingham (Fenton 71), Morley.\nThey play in Morley next."
    v = TokenView(nlp(text))
    at = {(t.idx, t.text): t.i for t in v.toks}
    first_morley = text.index("Morley")
    last_morley = text.rindex("Morley")
    spans = [Proposal(at[(text.index("Ingham"), "Ingham")], at[(text.index("Ingham"), "Ingham")] + 1, "places", "city"),
             Proposal(at[(first_morley, "Morley")], at[(first_morley, "Morley")] + 1, "places", "city"),
             Proposal(at[(last_morley, "Morley")], at[(last_morley, "Morley")] + 1, "places", "city")]
    LineUps(lex).apply(v, spans)
    got = {v.toks[sp.s].idx: sp.type for sp in spans}
    assert [got[text.index("Ingham")], got[first_morley], got[last_morley]] == ["people", "people", "places"]

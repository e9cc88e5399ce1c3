"""Quotes, round 10: the reaction lines under a match report - a bullet, a role and a name,
then the quote with no verb (layout.bullet_label). Our own sentences."""
from __future__ import annotations

import pytest

from quotecheck import speaker_of

REPORT = ("Hull 2-1 Leeds\n\nSam Marsh scored twice as Hull beat Leeds. Leeds manager Kevin Blake saw his side "
          "fade after the break.\n\n")


@pytest.mark.parametrize("line, quote, speaker", [
    # a person the entities know
    ('- Leeds manager Kevin Blake "We were second best after the break. We have to do better."',
     "We were second best after the break. We have to do better.", "Kevin Blake"),
    # a name the entities never met, after a post
    ('- Hull boss Gareth Pimm "I thought we deserved it. The lads worked so hard."',
     "I thought we deserved it. The lads worked so hard.", "Gareth Pimm"),
])
def test_a_bulleted_name_speaks_the_quote_after_it(extract, line, quote, speaker):
    rec = extract(REPORT + line + "\n")
    assert speaker_of(rec, quote) == speaker
    assert next(q for q in rec.quotes if q.text.startswith(quote[:20])).kind == "direct"


def test_a_bulleted_organisation_is_no_person(extract):
    rec = extract(REPORT + '- Hull City Council "The ground will be ready for next season, we are sure of it."\n')
    assert all(q.speaker not in ("City Council", "Hull City Council") for q in rec.quotes)


def test_a_bullet_with_its_own_verb_is_read_as_usual(extract):
    rec = extract(REPORT + '- Kevin Blake said: "We were second best after the break."\n')
    assert speaker_of(rec, "We were second best after the break.") == "Kevin Blake"

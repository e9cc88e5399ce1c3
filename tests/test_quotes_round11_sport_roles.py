"""Quotes, round 11: sport copy refers back to a named competitor by what they are - "the world
record holder", "the tournament debutant", "the teenager", "the third seed" - so these are
person descriptions (patterns/quotes/description_posts.txt), also when the parse hung "the" on
a modifier ("the world 200m record holder"; descriptions.py). All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

CASES = [
    ('Sprinters told to aim higher\n\nFormer Olympic champion Carl Dawes has accused young sprinters '
     'of lacking ambition.\n\n"They think winning at home is enough," the world 100m and 200m record '
     'holder told Radio Five.', "They think winning at home is enough", "Carl Dawes"),
    ('Dawes keeps his title\n\nCarl Dawes won the indoor 60m again on Sunday.\n\n"I felt strong all '
     'day," the world record holder said.', "I felt strong all day", "Carl Dawes"),
    ('Nina Petrova beat Anna Berg 6-2 6-3 in Dubai.\n\nPetrova said: "I served well today." The '
     'tournament debutant added: "I love playing here."', "I love playing here", "Nina Petrova"),
    ('Lucy Hale reached the final in Perth.\n\n"I never expected this," said the teenager.',
     "I never expected this", "Lucy Hale"),
    ('Olga Lind beat Mia Kerr 6-4 6-4 to reach the semi-finals.\n\n"It was tough out there," the '
     'third seed said.', "It was tough out there", "Olga Lind"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_a_sport_description_means_the_competitor_named(extract, text, words, speaker):
    rec = extract(text)
    assert speaker_of(rec, words) == speaker
    assert speaker in {p.name for p in rec.people}

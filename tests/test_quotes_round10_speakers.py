"""Quotes, round 10: who speaks in sport and business copy. A club before a player's role after
an inverted cue ("said the Leeds full-back"), a name compounded onto a thing ("a Tom Reid
header"), and a name that is only the subject of what a described person believes ("the
defender believes Mourinho …") are not the speaker; a description subject ("the Frenchman has
endured …") stands for the person it surely means. All sentences are our own."""
from __future__ import annotations

import pytest

from tests.quotecheck import speaker_of

# role_after_name.py + subject_before.py: the club names where the player plays
CLUB_BEFORE_ROLE = [
    ('Captain Owen Harker insists the squad is in good heart. "Nobody in here is worried about '
     'the table," said the Leeds full-back.', "Nobody in here is worried about the table", "Owen Harker"),
    ('Captain Owen Harker insists the squad is in good heart. "Nobody in here is worried about '
     'the table," the Leeds full-back said.', "Nobody in here is worried about the table", "Owen Harker"),
    ('Captain Owen Harker insists the squad is in good heart. The Leeds full-back said: "Nobody in '
     'here is worried about the table."', "Nobody in here is worried about the table", "Owen Harker"),
    # unchanged: the person named right before is no subject: the description stays as written
    ('The club praised Owen Harker on Friday. "Nobody in here is worried," said the Leeds full-back.',
     "Nobody in here is worried", "the Leeds full-back"),
]

# antecedents.py (noun_modifier): "an Alan Shearer strike" says whose strike, nobody speaks
NAME_ON_A_THING = [
    ('Manager Graham Doyle felt his side were never at risk of losing the tie.\n\n'
     'A late own goal and a Tom Reid header earned them a 2-0 win. "We were comfortable from the '
     'start," he said after the game.', "We were comfortable from the start", "Graham Doyle"),
    ('Chairman Peter Olsen said the board would meet on Monday.\n\nThe Ann Clarke bid values the '
     'club at 40m. "We will look at it closely," he said.', "We will look at it closely", "Peter Olsen"),
    # unchanged: the name heads its own phrase
    ('Manager Graham Doyle watched from the stand. Striker Tom Reid scored twice. "It was a great '
     'night for me," he said.', "It was a great night for me", "Tom Reid"),
]

# speaking_subject.py (in_main_complement): the described speaker's belief names someone else
BELIEVED_ABOUT = [
    ('Arsenal\'s Karl Brandt expects a close title race.\n\n"It will go to the last day," he told '
     'reporters. Brandt has been helped by the arrival of manager Luis Moreno in the summer.\n\n'
     'And the German defender believes Moreno is ideal for the squad and says his experience will '
     'keep the dressing room calm. "He is the final piece of the puzzle," he said.',
     "He is the final piece of the puzzle", "Karl Brandt"),
    # unchanged: a named reporter keeps the names of his clause as candidates for nobody else
    ('Tom Reid believes Luis Moreno is ideal for the club. "He is the final piece," he said.',
     "He is the final piece", "Tom Reid"),
]


# antecedents.py (_described_subjects): a description subject counts for the one it surely means
DESCRIBED_BEFORE = [
    ('Bath have handed the job to Henri Lacombe after a long search.\n\nThe Frenchman has already '
     'lost five players to the national squad. "They should move the game," he told BBC Sport.',
     "They should move the game", "Henri Lacombe"),
    ('A row over fixtures has broken out at Leeds, with director of rugby Henri Lacombe at its '
     'centre.\n\nThe Frenchman has lost five players. "They should move the game," he told BBC Sport.',
     "They should move the game", "Henri Lacombe"),
    # an office, when the article has named one person only
    ('Two Scots died in the disaster, the first minister has told MSPs.\n\nThe figures came out in a '
     'statement by Ian Dunlop to parliament. Mr Dunlop said the tragedy should change the world. The '
     'first minister also praised the water board.\n\nBut he said Scotland would "stay the course for years".',
     "stay the course for years", "Ian Dunlop"),
    # unchanged: two players named, "the Russian" may be either: the name before speaks
    ('Ivan Petrov beat Marko Kovac in four sets. Petrov said he was happy with his serve. The Russian '
     'hit the ball cleanly all day. "I was calm today," he said.', "I was calm today", "Ivan Petrov"),
]


# phrase.py: a prepositional phrase that only dates the report is not part of the speaker
DATED_SUBJECT = [
    ('Work on the bill goes on. A spokesman for the ministry on Monday said it was "a good day".',
     "a good day", "A spokesman for the ministry"),
    ('Work on the bill goes on. The committee chairman on Tuesday said the plan was "a mess".',
     "a mess", "The committee chairman"),
]


# stance.py: a cueless quote after another named person's stance is that person's answer
STANCE_BEFORE = [
    ('Wales coach Gareth Pryce wants to rest his stars, but flanker Owen Tudor disagrees.\n\n'
     '"I am certain the lads would want to return," Tudor told reporters in Cardiff. "It would '
     'remind everyone what they are capable of." Pryce, though, is keen to keep his squad clear of '
     'injury. "At this point they have nothing left to prove to me."',
     "At this point they have nothing left to prove to me", "Gareth Pryce"),
    ('Chelsea boss Luis Moreno spoke after the draw with striker Tom Reid.\n\n"We were not sharp '
     'enough today," Moreno said. Reid believes the side will recover quickly. "We have the players '
     'to win the next three games."', "We have the players to win the next three games", "Tom Reid"),
    # unchanged: a sentence about another player that gives no stance: the speaker goes on
    ('Chelsea boss Luis Moreno spoke after the draw with striker Tom Reid.\n\n"We were not sharp '
     'enough today," Moreno said. Reid scored twice in the first half. "He was the best player on '
     'the pitch by far."', "He was the best player on the pitch by far", "Luis Moreno"),
]


# antecedents.py guards: a description with its own name is no other person's ("The mayor,
# Johnny Grant, said"), and a quote about the object goes on with the subject who spoke
GUARDED = [
    # the subject speaks about the object
    ('Arsenal boss Arsene Wenger defended Jens Lehmann after the game. "He made one mistake but '
     'he is a great keeper," he said.', "He made one mistake but he is a great keeper", "Arsene Wenger"),
    # the one named speaks there, and goes on about someone else
    ('"It is an honour," said producer Ken Ito. "But he cannot speak English," he added. The mayor, '
     'Johnny Grant, said: "I proclaim this Godzilla Day.\n\n"He is loose and he is wild," he added.',
     "He is loose and he is wild", "Johnny Grant"),
]

# role_after_name.py: a relative clause after the name holds no role of hers
CLAUSE_AFTER_NAME = [
    ('Until now textphones were used. "In the past, I used textphones," said Robert Currington who '
     'is taking part in the pilot.', "In the past, I used textphones", "Robert Currington"),
]


# descriptions.py: a nationality noun does not clash with the post the person was given
NATIONALITY = [
    ('Arsenal manager Luis Moreno has signed a new contract.\n\nMoreno said: "I am happy." The '
     '55-year-old Frenchman told the club website: "My intention has always been clear."',
     "My intention has always been clear", "Luis Moreno"),
]


# every table above: the speaker the record gives the quoted words
@pytest.mark.parametrize("text,words,expected", CLUB_BEFORE_ROLE + NAME_ON_A_THING + BELIEVED_ABOUT
                         + DESCRIBED_BEFORE + DATED_SUBJECT + STANCE_BEFORE + GUARDED + CLAUSE_AFTER_NAME
                         + NATIONALITY)
def test_round10_speakers(extract, text, words, expected):
    assert speaker_of(extract(text), words) == expected

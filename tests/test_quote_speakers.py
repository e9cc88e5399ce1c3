"""Quote speakers on whole stories (issue 12, third quotes pass): the person the words belong to,
under the name the article gives, when the parse puts a firm, a title or another clause's
subject in the way. All sentences are our own."""
from __future__ import annotations

import pytest

# (case, text, {quoted text: expected speaker})
SPEAKERS = [
    ("a firm's possessive before the name is no part of the speaker",
     "Charity bill\n\nThe Howard League's Tamsin Oakley said the reform was \"badly needed\" and that "
     "she hoped for a \"kind reception\".",
     {"badly needed": "Tamsin Oakley", "kind reception": "Tamsin Oakley"}),
    ("a two-word firm's possessive: the parse makes the firm's first word the subject",
     "Phone market\n\n\"It is a good move,\" said Gartler's analyst Rina Desai. "
     "\"The change could really lift interest,\" added Ernst and Young's Sanjiv Mehra.",
     {"It is a good move,": "Rina Desai", "The change could really lift interest,": "Sanjiv Mehra"}),
    ("a role, then a title, then the name in apposition",
     "Raid figures\n\nThe head of the unit, Acting Detective Chief Inspector, Colin Marsh, said: "
     "\"This raid has disrupted the gang badly.\"",
     {"This raid has disrupted the gang badly.": "Colin Marsh"}),
    ("a cue-less quote after an indirect report: the reporter, not the report's subject",
     "Green reports\n\nColin Marsh, director of Verdant, says 30 firms reported for the first time "
     "this year. \"Vague talk of good intentions is fading fast. You see fewer photos "
     "of grinning children.\"\n\nThe firms will soon have to report.",
     {"Vague talk of good intentions is fading fast. You see fewer photos of grinning children.":
      "Colin Marsh"}),
    ("a verb deep in the reported clause is still the reporter's report, over two paragraphs",
     "Tags survey\n\nHilda van Beek, Tagco's principal consultant on tags, said the survey showed "
     "that shops needed to explain tags to people. \"Acceptance of new things always has a "
     "turning point.\n\n\"With the right approach, the industry can reach this point.\"\n\n"
     "She added that the poll found shoppers would warm to tags.",
     {"Acceptance of new things always has a turning point.": "Hilda van Beek",
      "With the right approach, the industry can reach this point.": "Hilda van Beek"}),
    ("a pronoun nobody named fits goes on with the unnamed source before it",
     "Degree scheme\n\nA Department for Transport spokeswoman said the venture had been \"bold\". "
     "She added: \"The scheme was not the only one to lose backers.\"",
     {"The scheme was not the only one to lose backers.": "A Department for Transport spokeswoman"}),
    ("... but not across a gender the role noun contradicts",
     "Degree scheme\n\nA Department for Transport spokesman said the venture had been \"bold\". "
     "She added: \"The scheme was not the only one to lose backers.\"",
     {"The scheme was not the only one to lose backers.": "She"}),
    ("an inverted 'says X' right before a cue-less quote is X's, not the earlier speaker's",
     "Blog aid\n\nMs Anna Rao also says she hopes officials will see the value of blogs. \"Imagine what "
     "they could do with this,\" she says. Writers abroad are also helping. Ravi Kumaran is from "
     "Chennai, but now lives in Austin. So, he set up a payment page on his website. Then, says "
     "Mr Kumaran, the online crowd caught on. \"Every friend I had put up a link to my page.\"",
     {"Imagine what they could do with this,": "Anna Rao",
      "Every friend I had put up a link to my page.": "Ravi Kumaran"}),
    ("'the agent' after the sentence whose subject is the agent",
     "Contract row\n\nCarl Denton's agent has warned Hull they have a week to improve their offer. "
     "Dan Ellis says he has had a better offer. But Ellis insists the player is worth more. "
     "\"His demands are fair,\" the agent added.",
     {"His demands are fair,": "Dan Ellis"}),
    ("a hyphenated position: the subject of the sentence before, past a relative clause",
     "Awards night\n\nCoach Pieter Smit claimed the coaching award. Toby Marsh, who will captain the side "
     "next year, was delighted with his award. \"It means a great deal to me,\" said the Exeter fly-half.",
     {"It means a great deal to me,": "Toby Marsh"}),
    ("'the spokesman' speaks for somebody else: never the person named before",
     "Party row\n\nA spokesman for Harold Bryce said the views were \"very different\". "
     "\"He believes fees are fair,\" the spokesman said.",
     {"He believes fees are fair,": "the spokesman"}),
    ("an organisation as the last subject: the role noun stays",
     "Plant closure\n\nNora Field had warned of cuts. Brandt Motors said it would close the plant. "
     "\"It is a sad day,\" the chief executive said.",
     {"It is a sad day,": "the chief executive"}),
]


@pytest.mark.parametrize("case,text,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_speaker_is_the_person_reported(extract, case, text, expected):
    got = {q.text: q.speaker for q in extract(text).quotes}
    for quoted, speaker in expected.items():
        assert got.get(quoted) == speaker, (case, got)

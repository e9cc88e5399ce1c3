"""A short Title Case phrase in quotation marks inside the reporter's sentence: a name (a song,
a film, a team, a show), not someone's words.

Why its own module: work_titles.names_a_work and component.looks_like_title read the word
right next to the marks (a work noun, a possessive, "the"). Reviews, arts news and blogs name
works without such a noun: in a list ("songs such as “These Dreams,” “Nothin' At All,” and
“Never.”"), after a preposition ("his performance in “Joker”"), after a capitalised word
they complete ("Team “Crazy on You”"), or as a plain object ("I chose “Alone,” the ballad").
Speech quoted inside a sentence is written in the speaker's own case ("called it
“heartbreaking”"), so a phrase whose every word is capitalised there names something.
Kept narrow: the marks sit mid-sentence (the character before the opener is neither a line
start nor a sentence end nor a colon), the phrase is short and closed, a cry ("“Bobby!”") is
left alone, and, outside a list, a preposition or a name, so are a phrase governed by a
reporting verb ("he replied “No Comment”") and one that ends its sentence (a slogan: "a call
for “Peace Through Strength.”").
"""
from __future__ import annotations

from spacy.tokens import Doc

from .marks import Quoted
from .work_titles import SMALL, WORD, title_case

# small words a title keeps in lower case: work_titles' and a few a song or a team name has
_SMALL = SMALL | {"but", "nor", "vs", "into", "up"}
MAX_WORDS = 6
# what may stand right before a quote that opens its own sentence or answers a colon
_OPENS = "\n.!?:;"
# prepositions a title follows as their object ("in “Joker”", "from “Frozen”", "on “Today”")
# ("for" and "of" are left out: "a call for “Peace Through Strength”" names a slogan someone says)
_PREPOSITIONS = {"in", "from", "on", "into"}


def _title_case(words: list[str]) -> bool:
    """Title case (work_titles.title_case) with at most two small words."""
    return title_case(words, _SMALL) and sum(1 for w in words if w[0].isupper()) >= max(1, len(words) - 2)


def _named_before(doc: Doc, q: Quoted) -> bool:
    """Is the word right before the opening mark a person's name or a verb's object or subject
    ("dubbing Mr Hale “Lord Overspend”": the quote is what Hale is called, not the end of a
    name such as Team “Crazy on You”)?"""
    opener = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    if opener is None or not len(opener) or opener[0].i == 0:
        return False
    prev = doc[opener[0].i - 1]
    return prev.ent_type_ == "PERSON" or prev.dep_ in ("dobj", "nsubj", "nsubjpass")


def names_in_sentence(doc: Doc, text: str, q: Quoted, governed: bool) -> bool:
    """Is `q` a short Title Case phrase inside the reporter's sentence (see module doc)?
    `governed`: a reporting verb takes the quoted words as its complement."""
    if q.headline or q.close_at is None:
        return False
    words = WORD.findall(text[q.start:q.end])
    if not _title_case(words) or len(words) > MAX_WORDS:
        return False
    before = text[max(0, q.open_at - 40):q.open_at].rstrip(" \t\u00a0")
    words_before = before.split()
    if before.endswith((",”", ',"', "”,", '",')) or len(words_before) >= 2 and \
            words_before[-1] in ("and", "or") and words_before[-2].endswith((",”", ',"', "”,", '",')):
        return True         # “These Dreams,” “Nothin' At All,” and “Never.”: the next name of a list
    if text[q.start:q.end].rstrip("”\"’'").endswith("!"):
        return False        # the crowd's cry of “Bobby!”: a shout
    if not before or before[-1] in _OPENS or before.endswith(("“", '"', "”")):
        return False        # opens a line or a sentence: may be a quoted sentence of its own
    if len(words) == 1 and words[0].isupper():
        return False        # “OK”, “NO”: an acronym or a shout, not a title
    last = before.split()[-1] if before.split() else ""
    if last.lower() in _PREPOSITIONS:
        return True         # fame through violence in “Joker”
    if last[:1].isupper() and last.isalpha() and len(before) > len(last) \
            and before[:-len(last)].rstrip()[-1:] not in _OPENS and not _named_before(doc, q):
        return True         # Team “Crazy on You”: the quoted words finish a name
    if governed or text[q.start:q.end].rstrip("”\"’'").endswith((".", "?")):
        return False        # he answered “Absolutely Not”; calls for “Peace Through Strength.”
    return True

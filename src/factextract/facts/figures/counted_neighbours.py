"""What a figure counts when the sentence names it next to the figure rather than after it:
a share or count set off by commas after the noun it restates ("Among net users, 36%, said",
"About 14 million households, 60%, have broadband": the households), and the second number
of a tally ("passed by 297 votes to 203": 203 votes) or of a clause that repeats the verb
("Ann has seven titles while Bea has 11.").

Why apart from counted.py: those readers look at the figure's own parse; this looks at the
figure's neighbours in the text (a noun or figure right before it), once, after all figures of
the document are read."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...records import Figure
from . import comparisons, elided, elided_clause, money_led, moved
from .counted import _phrase

# nouns that only stand for a part and name nothing countable on their own ("a small number, 7%")
_PART_NOUNS = frozenset({"number", "quarter", "third", "half", "majority", "minority", "proportion",
                         "share", "fifth", "percentage", "total", "figure", "rate", "level", "rise",
                         "fall", "increase", "drop", "cent", "percent", "year", "month", "week"})
_TALLY = r"\s+(?:to|against|versus|vs\.?)\s+$"
_PLACE_TAIL = re.compile(r"^(?:\s+(?:in|across|among|from)\s+(?:the\s+)?[\w'’. -]{1,30})?,\s+$")


def carry(doc: Doc, text: str, figures: list[Figure]) -> None:
    """Fill an empty `counted` from the noun or figure the text puts right before the figure."""
    prev: Figure | None = None
    for f in figures:
        if prev is not None and _split_of_a_vote(text, prev, f):
            prev.counted = f.counted = None          # "an eight to one majority": counts judges, not majorities
        if f.counted and f.unit is None and prev is not None and _tally_end(text, prev, f):
            f.counted = prev.counted                 # "backed the changes by 297 votes to 203"
        if not f.counted and f.unit in (None, "percent") and prev is not None:
            gap = text[prev.end:f.start]
            if prev.counted and prev.unit is None and "\n" not in gap:
                tail = gap.lstrip()
                if f.unit is None and tail.lower().startswith(prev.counted.lower()) \
                        and re.fullmatch(_TALLY, tail[len(prev.counted):]):
                    f.counted = prev.counted         # "297 votes to 203"
                elif f.unit is None and _parallel(text, prev, f, gap):
                    f.counted = prev.counted         # "A has seven wins while B has 11."
                elif f.unit == "percent" and _set_off(text, f) and tail.startswith(prev.counted) \
                        and _PLACE_TAIL.match(tail[len(prev.counted):]):
                    f.counted = prev.counted         # "9 million homes in the region, 45%,"
        if not f.counted and f.unit == "percent" and _set_off(text, f):
            f.counted = _noun_before(doc, f)         # "Among net users, 36%, said" (not "The prince, 20,")
        prev = f
    elided.carry(text, figures)   # "cuts 7,800 jobs. Some 560 will be lost in Leeds" (elided.py)
    elided_clause.carry(text, figures)   # "401 people before and 601 afterwards" (elided_clause.py)
    moved.carry(doc, figures)     # "with retail demand up just 0.3%" (moved.py)
    elided_clause.carry_level(text, figures)   # "imports down 1.7% to $82.4bn"
    money_led.carry(doc, text, figures)   # "a $6.75bn (£3.6bn) buyout" (money_led.py)
    comparisons.carry(text, figures)      # "$3bn, compared with $2.5bn a year earlier" (comparisons.py)


# what may follow the bare second number of a tally: punctuation, or a word that opens no noun
_AFTER_TALLY = re.compile(r"(?:\s*(?:[.,;:)!?]|$)|\s+(?:in|on|at|with|against|after|before|and|but|"
                          r"for|to|when|as|while|on|-|–|—)\b)")


_RESULT_NOUNS = frozenset({"majority", "margin", "verdict", "decision", "ruling", "split", "vote"})


def _split_of_a_vote(text: str, prev: Figure, f: Figure) -> bool:
    """"decided by a seven to two majority": two bare numbers, falling, before a word for the
    result; they count the voters, and the result noun is not what either counts."""
    return prev.unit is None and f.unit is None and prev.value is not None and f.value is not None \
        and prev.value > f.value and re.fullmatch(r"\s+to\s+", text[prev.end:f.start]) is not None \
        and (f.counted or "").lower() in _RESULT_NOUNS and (prev.counted or "").lower() == f.counted.lower()


def _tally_end(text: str, prev: Figure, f: Figure) -> bool:
    """"passed the changes by 297 votes to 203": the bare number after "<count> votes to" counts
    votes too, whatever noun the clause's parse offers it (the object "changes"). Only when
    nothing follows the number that it could count ("to 203 staff" keeps "staff")."""
    if not prev.counted or prev.unit is not None:
        return False
    tail = text[prev.end:f.start].lstrip()
    return tail.lower().startswith(prev.counted.lower()) and "\n" not in tail \
        and re.fullmatch(_TALLY, tail[len(prev.counted):]) is not None \
        and _AFTER_TALLY.match(text, f.end) is not None


def _parallel(text: str, prev: Figure, f: Figure, gap: str) -> bool:
    """A second clause that repeats the verb before the first count and ends at the bare number:
    "Ann has seven titles while Bea has 11." (the noun is left out, the same as before)."""
    before = re.search(r"(\w+)\s+$", text[max(0, prev.start - 20):prev.start])
    again = re.search(r"(\w+)\s+$", gap)
    return bool(before and again and before.group(1).lower() == again.group(1).lower()
                and not before.group(1)[0].isdigit() and len(gap) < 80
                and not re.search(r"[.;:!?]", gap)
                and re.match(r"\s*(?:[.,;:)]|$)", text[f.end:f.end + 2]))


def _set_off(text: str, f: Figure) -> bool:
    """The figure stands between commas: ", 36%," (an apposition, not a list "5%, 6% and 7%")."""
    return text[max(0, f.start - 2):f.start] == ", " and text[f.end:f.end + 1] == "," \
        and not re.match(r",\s*(?:and\s+|or\s+)?[\d£$€]", text[f.end:f.end + 6])


def _noun_before(doc: Doc, f: Figure) -> str | None:
    """The common noun (with its modifiers) right before the comma that opens the apposition."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return None
    comma, noun = doc[span.start - 1], doc[span.start - 2]
    if comma.text != "," or noun.pos_ != "NOUN" or noun.lower_ in _PART_NOUNS \
            or noun.like_num or noun.sent.start != span.sent.start \
            or any(c.isdigit() for c in noun.text) or noun.ent_type_ in ("DATE", "TIME", "MONEY",
                                                                         "PERCENT", "QUANTITY"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ not in ("among", "amongst", "of"):
        return None    # "In the poll, 20%, said": a setting, not the people who said it
    return _phrase(doc, noun, span)

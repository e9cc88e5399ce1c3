"""The expression grammar: the regular expressions that recognise each kind of date wording,
with the tables that map their words to TIMEX3 codes and modifiers.

Patterns only, no resolution: the rule modules match against these and decide the value.
All are applied to `timex.clean`ed text (lower case, straight quotes, single spaces).
"""
from __future__ import annotations

import re

from .vocabulary import ORDINALS

# A span such as "9 p.m. EST Friday, Nov. 9, 1989" or "August of last year" is read as a set of
# components (time, weekday, month, day, year, relative day/year, part of day). Every word
# must be consumed by some component or filler, otherwise the grammar does not apply.
MONTH_RE = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
WEEKDAY_RE = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?"
ORD_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
# a 24-hour clock time is only told from a year by the time zone after it: "1650 GMT", "2230GMT",
# or by "hours" ("0600 hours"; "between 2200 and 0700" is read so in component._split_range)
TIMEZONE_RE = "gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt"
DAY_RE = rf"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|{ORD_WORDS})"
COMPONENTS = [
    ("time", re.compile(r"(?:at |around |about )?(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)|(?P<hm_h>\d{1,2}):(?P<hm_m>\d\d)|(?P<word>noon|midday|midnight)"
                        rf"|(?P<mil_h>[01]\d|2[0-3])(?P<mil_m>[0-5]\d) ?(?:{TIMEZONE_RE}|hours|hrs)\b")),
    ("tz", re.compile(r"\b(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|et|local time)\b")),
    ("iso", re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")),
    ("numeric", re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d\d)")),
    ("monthday", re.compile(rf"{MONTH_RE}\s+(?:the\s+)?{DAY_RE}\b(?!\s*(?:,\s*)?(?:\d\d\d\d?\b)?\s*(?:a\.?m|p\.?m))")),
    ("daymonth", re.compile(rf"(?:the\s+)?{DAY_RE}\s+(?:of\s+)?{MONTH_RE}")),
    ("month", re.compile(rf"{MONTH_RE}(?![a-z])")),
    ("weekday", re.compile(rf"{WEEKDAY_RE}(?![a-z])")),
    ("relyear", re.compile(r"(?P<rel>last|this|next|the previous|the following|the same) year(?:'s)?")),
    ("relday", re.compile(r"(?P<rel>today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening|the day before yesterday|the day after tomorrow)(?:'s)?")),
    ("daypart", re.compile(r"(?P<part>morning|afternoon|evening|night|overnight|mid-afternoon|midafternoon|mid afternoon)")),
    ("year", re.compile(r"(?:fiscal |the years? |years? )?(?P<y>1[0-9]\d\d|20\d\d)(?:'s)?|(?P<ap>')(?P<yy>\d\d)(?![\ds])")),
]
FILLER = re.compile(r"^[\s,.]*(?:(?:of|the|on|at|in|in the|this|last|late|early|'s)\b[\s,.]*)*$")

# the other rules: whole-expression patterns
UNIT = r"(?P<unit>day|week|weekend|month|quarter|year|decade|century)s?"
REL_UNIT = re.compile(rf"(?:the )?(?P<rel>this|last|next|past|previous|coming|current|following|present|same|that same|that|latest|recent|most recent)(?: fiscal| few| several)? {UNIT}(?:'s)?")
AGO = re.compile(rf"(?P<n>[a-z]+(?:-[a-z]+)?|\d+|a few|a couple of|several|some|many) {UNIT}(?: or so)? (?P<dir>ago|earlier|before|later|after|from now|hence|back|previously)")
EDGE_REL = re.compile(r"(?P<edge>earlier|later) (?P<rel>this|last|next) (?P<unit>week|month|year|quarter)")
QUARTER = re.compile(
    r"(?:the |its |their |a |an )?(?:(?P<yr1>1[89]\d\d|20\d\d)(?:'s)? |(?P<rel>last|this|next|the current|the latest|the previous|the year-ago|the year-earlier|year-ago|year-earlier)(?: year's)? )?(?:the )?(?:fiscal[- ])?"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:[- ]fiscal)?[- ](?P<what>quarter|half)"
    r"(?: of (?:fiscal )?(?P<yr2>1[89]\d\d|20\d\d)| of (?P<rel2>last|this|next|the) year|(?: of)?(?: fiscal)? (?P<yr3>1[89]\d\d|20\d\d))?(?:'s)?")
SHORT_PERIOD = re.compile(r"(?:the )?(?:(?P<kind>q|h)(?P<n>[1-4])|(?P<fy>fy))(?:[ -]?(?:of )?(?:fy|fiscal )?(?:(?P<y>1[89]\d\d|20\d\d)|'?(?P<yy>\d\d)))?")
Q_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
         "final": 4, "last": 4}
# "the first three months of 2005", "the last six months of 2004": a quarter or a half
MONTHS_OF = re.compile(r"(?:the )?(?P<edge>first|last|final) (?P<n>three|six) months of (?P<y>1[89]\d\d|20\d\d)")
THE_PERIOD = re.compile(
    r"(?:the |its |their )?(?:(?P<rel>latest|current|same|comparable|corresponding|recent|most recent|year-ago|year-earlier|year ago|year earlier|last year's|the previous year's|prior-year|(?P<yr>1[89]\d\d|20\d\d)|fiscal (?P<yr2>1[89]\d\d|20\d\d)) )?(?:fiscal )?(?P<what>quarter|period|three months)(?: (?P<tail>a year (?:ago|earlier)|last year|of last year|the year before))?")
DECADE = re.compile(r"(?:the )?(?:(?P<edge>early|late|mid)[- ]?)?(?:(?P<cc>1\d|20)(?P<yd>\d)0'?s|'(?P<yd2>\d)0s)|the (?:(?P<edge3>early|late|mid)[- ]?)?(?P<yd3>[1-9])0s|(?:the )?(?:(?P<edge2>early|late|mid)[- ]?)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)")
CENTURY = re.compile(rf"(?:the )?(?:(?P<edge>early|late|mid)[- ]?)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]century|(?:the )?(?P<word>{ORD_WORDS})[- ]century")
SEASON = re.compile(r"(?:the )?(?:(?P<rel>this|last|next|past|coming|this past|this coming) )?(?P<season>spring|summer|fall|autumn|winter)(?:time)?(?: (?:of )?(?P<y>1\d\d\d|20\d\d)| of (?P<rel2>last|this|next) year)?(?:'s)?")
REL_MONTHDAY = re.compile(r"(?P<rel>last|next) (?P<rest>[a-z]+\.? \d{1,2}(?:st|nd|rd|th)?)")
WEEK_OF = re.compile(r"(?:the )?week of (?P<rest>.+)")
REL_NAMED = re.compile(rf"(?:the )?(?P<rel>last|next|this|this past|this coming|coming|past|previous|following) (?:(?P<wd>{WEEKDAY_RE[len('(?P<weekday>'):-4]})|{MONTH_RE})")
EDGE = re.compile(r"^(?:(?:the )?(?P<phrase>(?:very )?(?:end|beginning|start|middle|turn|close|first half|second half|first part|latter part|early part|last part)) of |(?P<word>earlier in|later in|earlier|later|early|late|mid|the early|the late|the mid)(?:-|\b ?))")
EDGE_MOD = {"end": "END", "close": "END", "latter part": "END", "last part": "END", "second half": "END",
            "beginning": "START", "start": "START", "first part": "START", "early part": "START",
            "first half": "START", "middle": "MID", "turn": None, "early": "START", "late": "END",
            "mid": "MID", "mid-": "MID", "earlier": "START", "later": "END", "earlier in": "START",
            "later in": "END"}
APPROX = re.compile(r"^(?P<q>as of|sometime|some time|about|around|approximately|roughly|some|nearly|almost|more than|over|less than|under|at least|no later than|no earlier than|as early as|as late as|by|until|till|since|before|after|circa|c\.)\s+")
APPROX_MOD = {"as of": None, "sometime": None, "some time": None, "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
              "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "circa": "APPROX", "c.": "APPROX",
              "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
              "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "no later than": "ON_OR_BEFORE",
              "no earlier than": "ON_OR_AFTER", "as early as": "ON_OR_AFTER", "as late as": "ON_OR_BEFORE",
              "by": "ON_OR_BEFORE", "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE", "since": "ON_OR_AFTER",
              "before": "BEFORE", "after": "AFTER"}
RANGE = re.compile(r"^(?:from |between )?(?P<a>.+?)\s*(?:-|–|—| to | through | thru | until | and )\s*(?P<b>.+)$")

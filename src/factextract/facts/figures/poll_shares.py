"""Shares in a poll story that name nobody because the article already said who was asked:
after "53% of those polled said ...", later paragraphs go "29% said Ms Hartley was a capable
mayor and 41% disagreed", "Three-quarters said ...", "One in four thought ...". Each is a
share of the same group; a reader fills it in and expects the record to.

Why apart from shares_chain.py and surveyed.py: those stay inside one paragraph; a poll story
runs its shares over many short paragraphs. So this carries the article's last survey group
across paragraphs, but only to a bare share followed by a verb of opinion or answering (said,
thought, backed, disagreed ...), the shape in which a share can only be of the people asked.
Also "a majority of voters (68%)": the bracketed share restates the part before it."""
from __future__ import annotations

import re

from ...records import Figure

# a survey group as a share's counted noun ("those polled", "respondents", "voters asked")
_GROUP = re.compile(r"(?:(?:those|people|adults|voters|respondents|customers|consumers|firms|"
                    r"businesses|companies|workers|employees|parents|students|users|readers|"
                    r"viewers|members|britons|americans)(?:\s+(?:asked|questioned|surveyed|polled|"
                    r"interviewed|quizzed|sampled))?|respondents)", re.I)
# a verb of opinion or answering right after a bare share (optionally "who", "saying")
_OPINION = re.compile(r"\s+(?:who\s+|were\s+|also\s+)?(?:said|say|says|saying|thought|think|thinking|"
                      r"believe|believed|believing|backed|backing|opposed|opposing|agreed|"
                      r"disagreed|supported|felt|wanted|preferred|voiced|favoured|favored|rejected|"
                      r"approved|disapproved|answered|replied|responded|expected|feared|trusted|"
                      r"blamed|claimed|admitted|reported|predicted|named|picked|chose|voted)\b", re.I)
# the part before a bracketed share: "A majority of voters (68%)"
_PART_OF = re.compile(r"\b(?:majority|minority|most|half|third|quarter|fifth|number)\s+of\s+"
                      r"(?:the\s+|those\s+)?(?P<g>[a-z][a-z-]+(?:\s+(?:asked|questioned|surveyed|polled))?)"
                      r"\s*\(\s*$", re.I)

# a survey group right after a share, "of" left out: "half those surveyed"
_OWN = re.compile(r"\s+(?P<g>those\s+(?:asked|questioned|surveyed|polled|interviewed|quizzed))\b", re.I)

_REACH = 1200   # characters: a poll story's run of short paragraphs, not the rest of a long article


def is_share(f: Figure) -> bool:
    """A percentage, or a fraction in words ("Three-quarters", "One in four", "nearly half")."""
    return f.unit == "percent" or (f.unit is None and f.low is None and isinstance(f.value, float | int)
                                   and 0 < f.value < 1)


def carry(text: str, figures: list[Figure]) -> None:
    """Fill an empty `counted` of a bare opinion share from the article's last survey group."""
    group: str | None = None
    last = 0              # where the group was last named or used: it lapses after _REACH
    for f in figures:
        if not is_share(f):
            continue
        if group and f.start - last > _REACH:
            group = None
        if f.counted and _OPINION.match(text, f.end) \
                and text[f.end:].lstrip().lower().startswith(f.counted.lower()):
            f.counted = None      # "One in three thought": the verb read as the noun counted
        if f.counted:
            group = f.counted if _GROUP.fullmatch(f.counted) else None   # "Sales rose 5%": another thing
            last = f.end
            continue
        own = _OWN.match(text, f.end)
        if own:
            f.counted = group = own.group("g")   # "nearly half those surveyed said"
            last = f.end
            continue
        part = _PART_OF.search(text[max(0, f.start - 60):f.start])
        if part:
            f.counted = part.group("g")     # "A majority of voters (68%) believe"
            if _GROUP.fullmatch(f.counted):
                group, last = f.counted, f.end
            continue
        if group and _OPINION.match(text, f.end) and not _names_other(text, f):
            f.counted, last = group, f.end


def _names_other(text: str, f: Figure) -> bool:
    """"half those surveyed said", "60% of firms said": the share names its group itself
    (the readers of the parse gave it none); do not overwrite with another."""
    return bool(re.match(r"\s+(?:of\s+)?(?:the\s+|those\s+|all\s+)", text[f.end:f.end + 12]))

"""Speakers the page's layout names, before any parse is asked: a headline's "Trump: ‘…’",
a transcript's "PENCE: …" label, a "― Jane Doe" sign-off after the closing mark, a bulleted
"- Bolton boss Sam Allardyce “…”" reaction line.

Why its own module: each reads a fixed shape of the line around the quote with a regex and
only then looks the name up among the entities; none of it depends on reporting verbs or on
the parse, which is what attribution.py and the component's carrying-on rules are about.
Each function returns (attribution, speaker), both None when the shape is not there.
"""
from __future__ import annotations

import re

from .attribution import Attribution
from .marks import Quoted
from .speakers import Speaker, SpeakerResolver

Found = tuple[Attribution | None, Speaker | None]

# “…” ― Jane Doe : a sign-off after a dash names the speaker
_DASH_SOURCE = re.compile(r"[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*((?:[A-Z][\w.’'-]*[ \t\u00a0]+){0,4}[A-Z][\w’'-]*)\.?[ \t\u00a0]*(?=\n|$)")
# “…” - a stark message from the X (a document described after the dash, its maker named)
_DASH_MAKER = re.compile(r"[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*(?:a|an|the)[ \t\u00a0][\w ,'’-]{0,40}?"
                         r"\b(?:message|warning|statement|letter|note|notice|reply|response|post|tweet)"
                         r"[ \t\u00a0]+(?:from|by)[ \t\u00a0]+(?:the[ \t\u00a0]+)?", re.I)
# “PENCE: Well, …” / “MR SMITH: …” - a transcript's speaker label in capitals
_LABEL = re.compile(r"((?:[A-Z][A-Z.’'-]+[ \t]){0,2}[A-Z][A-Z’'-]+):[ \t\u00a0]")
# (or in brackets after such a name: "a candidate for the Rural Voice Party (RVP)")
_AFTER_PREPOSITION = re.compile(r"\b(?:for|of|at|with|by|from|to|against|about)\s+(?:the\s+)?$|\(\s*$", re.I)
# "- Bolton boss Sam Allardyce “I am …”": a bulleted line, a role and a name, then the quote
_BULLET_LABEL = re.compile(r"[ \t\u00a0]*[-–—•*][ \t\u00a0]+(?:[\w.’'-]+[ \t\u00a0]+){0,6}?"
                           r"((?:[A-Z][\w.’'-]*[ \t\u00a0]+){0,3}[A-Z][\w’'-]*)[ \t\u00a0]*:?[ \t\u00a0]*")
_HEADLINE_SOURCE = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s*:")


def _line(text: str, q: Quoted) -> tuple[int, int]:
    """The line the quote opens on, as (start, end) offsets."""
    start = text.rfind("\n", 0, q.open_at) + 1
    end = text.find("\n", q.open_at)
    return start, len(text) if end < 0 else end


def headline_colon(text: str, q: Quoted, resolver: SpeakerResolver) -> Found:
    """Headlines are too terse to parse well: "Trump: ‘I’m the …’" names the speaker
    before the colon (its fullest name when the article gives it later)."""
    lo, hi = _line(text, q)
    m = _HEADLINE_SOURCE.match(text, lo, hi)
    if not m or m.end(1) > q.open_at or m.group(1).startswith("The "):   # not "The Latest:"
        return None, None
    s, e = m.start(1), m.end(1)
    hit = resolver.mention_at(s, e)
    entity = hit[2].entity if hit else None
    if entity is None or len(entity.name.split()) == 1:
        entity = resolver.person_named(m.group(1)) or entity
    name = entity.name if entity else m.group(1)
    return Attribution(":", e, None, colon=True), Speaker(name, s, e, entity)


def transcript_label(text: str, q: Quoted, resolver: SpeakerResolver) -> Found:
    """“PENCE: Well, look, …” - a transcript's capitalised label opening the quoted
    words names who speaks (the person of that name when the article has one)."""
    m = _LABEL.match(text, q.start)
    if not m:
        return None, None
    s, e = m.start(1), m.end(1)
    entity = resolver.person_named(m.group(1).title())
    return Attribution(":", e, None, colon=True), Speaker(entity.name if entity else m.group(1), s, e, entity)


def bullet_label(text: str, q: Quoted, resolver: SpeakerResolver) -> Found:
    """- Bolton boss Sam Allardyce “I am …”: the reaction lines under a match report put a
    bullet, a role and a person's name before the quote, with no verb; the name speaks."""
    lo, _ = _line(text, q)
    m = _BULLET_LABEL.fullmatch(text, lo, q.open_at)
    if not m:
        return None, None
    hit = resolver.mention_at(m.start(1), m.end(1))
    if hit is None:
        # a full name the entities missed ("Newcastle boss Graeme Souness"): taken as written
        # when a post ("boss") stands before it or it opens with a given name
        name = m.group(1).split()[-2:]
        before = text[lo:m.start(1)].split()
        post = bool(before) and before[-1].lower() in resolver.vocab.known_posts
        if len(name) < 2 or len(m.group(1).split()) > 2 and not post \
                or not post and name[0].lower() not in resolver.vocab.first_names:
            return None, None
        s = m.end(1) - len(" ".join(name))
        entity = resolver.person_named(" ".join(name))
        return Attribution("-", m.end(1), None, colon=True), \
            Speaker(entity.name if entity else " ".join(name), s, m.end(1), entity)
    if hit[2].type != "people" or hit[1] < m.end(1) - 1:
        return None, None     # only a person's name right before the marks
    s, e, k = hit
    return Attribution("-", e, None, colon=True), Speaker(k.entity.name, s, e, k.entity)


def dash_source(text: str, q: Quoted, resolver: SpeakerResolver) -> Found:
    """“…” ― Jane Doe (a sign-off): the name after the dash."""
    m = _DASH_SOURCE.match(text, q.close_at)
    if not m:
        return _dash_maker(text, q, resolver)
    s, e = m.start(1), m.end(1)
    hit = resolver.mention_at(s, e)
    entity = hit[2].entity if hit else None
    return Attribution("―", m.start(), None), Speaker(entity.name if entity else text[s:e], s, e, entity)


def _dash_maker(text: str, q: Quoted, resolver: SpeakerResolver) -> Found:
    """“…” - a stark message from the Film Council: the document's maker named after the
    dash speaks (only a person or organisation the entities list)."""
    m = _DASH_MAKER.match(text, q.close_at)
    if not m:
        return None, None
    hit = resolver.mention_at(m.end(), m.end() + 1)
    if hit is None or hit[0] < m.end() - 4 or hit[2].type not in ("people", "organisations"):
        return None, None
    s, e, k = hit
    return Attribution("―", m.start(), None), Speaker(k.entity.name, s, e, k.entity)


def headline_person(text: str, q: Quoted, resolver: SpeakerResolver, att: Attribution | None) -> Found:
    """Failing a parse, the first person the headline names."""
    lo, hi = _line(text, q)
    for s, e, k in resolver.mentions:
        if s >= hi:
            break
        if s >= lo and k.type == "people" and not resolver.in_quote(s):
            # a guess from a name, not the headline's own "X says": the body must confirm it
            return Attribution("headline", s, None, how="headline"), Speaker(k.entity.name, s, e, k.entity)
    return att, None


def body_speaker(text: str, q: Quoted, speaker: Speaker | None, paragraph: tuple[int, int],
                 resolver: SpeakerResolver, cue_at: int | None = None) -> Speaker | None:
    """A body quote whose speaker words lie in the headline ("Dunmore questions trust of
    Pell" over "Green leader Moira Dunmore has said …"): the parser ran the headline
    into the first sentence, so the subject it found is the headline's. The body's own
    subject is the last person named in the quote's paragraph before the cue ("Green leader
    Moira Dunmore has said"; else the last organisation); failing both, nobody."""
    if speaker is None or speaker.start is None or q.headline:
        return speaker
    first_line = text.find("\n")
    if first_line < 0 or speaker.start >= first_line or q.open_at <= first_line:
        return speaker
    lo = max(paragraph[0], first_line)
    hi = cue_at if cue_at is not None and lo < cue_at < q.open_at else q.open_at
    found: dict[str, tuple[int, int, object]] = {}
    for s, e, k in resolver.mentions:
        if s >= hi:
            break
        if s < lo or resolver.in_quote(s) or k.type not in ("people", "organisations"):
            continue
        if _AFTER_PREPOSITION.search(text[max(lo, s - 20):s]):
            continue    # "a candidate for the Rural Voice Party": not who speaks
        found[k.type] = (s, e, k)
    hit = found.get("people") or found.get("organisations")
    if hit is None:
        return None
    s, e, k = hit
    return Speaker(k.entity.name, s, e, k.entity)    # type: ignore[attr-defined]

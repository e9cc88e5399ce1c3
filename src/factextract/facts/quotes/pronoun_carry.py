"""A "he"/"she" the resolver could not tie to a named person: the speaker of the quote before.

Why its own module: the antecedent search (antecedents.py) looks only at the article's
entities, so "A Home Office spokeswoman said it was “…”. She added: “…”" and a blogger whose
name the entities component missed leave the pronoun as the speaker. A reader takes the
speaker of the quote just before - an unnamed source under its description, as the judging
rule asks when the article names nobody - when that quote is close (same or the previous
paragraph) and its speaker's gender does not contradict the pronoun.
"""
from __future__ import annotations

from ...records import Quote
from .words import Vocab

_DETERMINERS = ("a ", "an ", "the ")


def _gender_of(speaker: str, vocab: Vocab, named: dict[str, str | None]) -> str | None:
    """The gender a speaker string says: a gendered role noun in a description
    ("a spokeswoman for …"), a named person's known gender, else None (unknown)."""
    if speaker in named:
        return named[speaker]
    for word in speaker.lower().split():
        if word in vocab.gendered:
            return vocab.gendered[word]
    return None


def carry_pronouns(text: str, quotes: list[Quote], vocab: Vocab, named: dict[str, str | None],
                   paragraph_of) -> None:
    """Gives each quote left with a person pronoun the speaker of the closest earlier quote
    (`quotes` in text order, terms already left out) when that one is within one paragraph
    break, is no pronoun itself, and fits the pronoun's gender. `named` maps the article's
    people (and the unnamed descriptions met so far) to a gender or None; `paragraph_of`
    gives the paragraph index of an offset."""
    pronouns = vocab.person_pronouns
    before: Quote | None = None
    for rec in quotes:
        low = (rec.speaker or "").lower()
        if low in pronouns and before is not None and before.speaker is not None \
                and before.speaker.lower() not in pronouns and before.speaker_start is not None \
                and rec.speaker_start is not None and before.speaker_start < rec.speaker_start \
                and paragraph_of(rec.speaker_start) - paragraph_of(before.start) <= 1:
            wanted = pronouns[low]
            has = _gender_of(before.speaker, vocab, named)
            unnamed = before.speaker.lower().startswith(_DETERMINERS)
            if not unnamed and before.speaker not in named and before.speaker_end is not None:
                # "A Home Office spokeswoman said": the body speaks through the role noun after it
                after = text[before.speaker_end:before.speaker_end + 40].split()
                has = vocab.gendered.get(after[0].lower().strip(",.;:")) if after else None
                unnamed = has is not None
            if wanted in ("m", "f") and has in (None, wanted) and (unnamed or before.speaker in named):
                rec.speaker = before.speaker
                rec.speaker_start, rec.speaker_end = before.speaker_start, before.speaker_end
        if rec.speaker is not None:
            before = rec

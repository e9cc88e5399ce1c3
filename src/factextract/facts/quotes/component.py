"""Quotes: direct and partial quotations with their speaker (issue 5).

Three steps, each in its own module: pair the quotation marks (quote_marks), find the words
that attribute each quote from the parse (attribution), resolve those words to the entity
they mean (speakers). Speakers the page's layout names - a headline's "X: ‘…’", a transcript
label, a dash sign-off - are read first (layout). Quoted words with no speech act around them (a nickname, a title, a
term the media used: terms.TermTest) are marked "scare" on the way and left out of the
record: a reader asked for who said what, and a term with a speaker is a false quote.
"""
from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import extensions
from ...nlp.extensions import doc_text
from . import layout, voice
from .self_named import names_speaker
from .attribution import Attribution, Attributor
from .marks import QuoteScan, Quoted, paragraphs
from ...records import Quote
from ...nlp.resources import load_wordlist
from ...nlp.sentences import Sentences
from .spans import QuotedSpans
from .speakers import Speaker, SpeakerResolver
from .terms import TermTest
from .fragments import describes_subject, speechless_fragment
from .polls import is_share
from .weak_cue import object_of_weak_cue
from .names import name_gender
from .pronoun_carry import carry_pronouns
from .passive_agent import agentless_report
from .speaker_types import speaks_as_place
from .denials import is_denial, refused_words
from .words import Vocab
from .written import read_on_display
from .title_words import title_fragment
from .proper_subject import add_speakers, adopt_number_name, proper_subject
from .stance import stance_holder
from .topic import topic_speaker
from .work_titles import looks_like_title, names_a_work
from .title_phrases import names_in_sentence
from .imagined import imagined_cue
from .own_words import writers_own
from .named_as import named_as
from .reporter_terms import reporters_term
from .subject_names import subject_name
from .coined import coined_modifier
from .typed import keyed_in
from .headline_repeats import drop_repeats
from .headline_terms import plain_words, term_in_body, unquoted_in_body
from .nonspeakers import not_a_speaker

# a subject of these parts of speech that names no entity is no speaker
_NOT_A_SOURCE_POS = ("VERB", "NUM", "ADV", "ADP", "SCONJ", "CCONJ", "AUX", "DET")
# pronouns that stand for no speaker when they resolve to nobody ("and that provided five hits")
_NOT_A_SOURCE_WORDS = ("that", "this", "what", "there", "these", "those")
# attributions where a reporting verb (or its stand-in) takes the quoted words themselves
_GOVERNED = ("governs", "colon", "after", "headline")


def _alternative(text: str, prev_q: Quoted, prev: Quote, q: Quoted) -> bool:
    """Short quoted words joined by "or" to a term just before ("dubbed “Otoku” or
    “bargain”"): another name or the translation of the same thing, no more speech than it."""
    if prev.kind != "scare" or prev_q.close_at is None or q.headline:
        return False
    between = text[prev_q.close_at:q.open_at].strip(" ,")
    return between in ("or", "aka", "-", "–") and len(text[q.start:q.end].split()) <= 4


def _new_report(doc: Doc, cue_at: int, prev_end: int) -> bool:
    """Is the cue at `cue_at` the main verb of a sentence of its own, with a subject, after
    the quote before ("“A,” she says. … Then, says Mr Kumaran, the world found out. “B.”")?
    Then B is that speaker's, not the earlier one's."""
    span = doc.char_span(cue_at, cue_at + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    cue = span[0]
    return cue.dep_ == "ROOT" and cue.sent.start_char > prev_end \
        and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in cue.children)


def _in_speaker_phrase(subject, q: Quoted) -> bool:
    """Quoted words inside the speaker's own noun phrase - its prepositional phrase ("the
    review of the “Grain Outlook” said") - name something; they are not that speaker's speech.
    (The caller asks for short words closed before the cue: a parse that hangs a later clause
    off the subject's phrase does not make "… saying “…”" a name.)"""
    for child in subject.rights:
        if child.dep_ != "prep":
            continue
        lo = child.left_edge.idx
        last = child.right_edge
        if lo <= q.open_at < last.idx + len(last.text):
            return True
    return False


@Language.factory("factextract_quotes")
def make_quotes(nlp: Language, name: str) -> "QuotesComponent":
    return QuotesComponent()


def quote_kind(text: str, q: Quoted) -> str:
    """direct when the quote stands as its own sentence(s) (after a cue's comma or colon, or
    opening the sentence), partial when it sits inside the reporter's words."""
    before = text[:q.open_at].rstrip(" \t\u00a0")
    prev = before[-1:] if before else "\n"
    opens_sentence = prev in ("\n", ":", ",", ".", "!", "?", "—", "-") or before.endswith(("''", '"', "”"))
    return "direct" if opens_sentence else "partial"


class QuotesComponent:
    """Sets doc._.quotes: a records.Quote per quoted stretch, in text order."""

    def __init__(self) -> None:
        self.vocab = Vocab()
        self.title_cues = load_wordlist("quotes/title_cues.txt")
        self.title_after = load_wordlist("quotes/title_after.txt")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        scan = QuoteScan(text)
        found, warnings = scan.quoted()
        for w in warnings:
            extensions.warn(doc, w)
        if not doc.has_annotation("DEP"):
            doc._.quotes = [self._unattributed(text, q) for q in found]
            return doc
        spans = [(q.open_at, q.close_at if q.close_at is not None else q.end)
                 for q in scan.quoted(typed=False)[0]]
        paras = paragraphs(text)
        sentences = Sentences(doc, text)
        quoted = QuotedSpans(spans)     # one index of the quoted stretches for both steps
        attributor = Attributor(doc, text, quoted, paras, sentences, self.vocab.roles, self.vocab.documents,
                                self.vocab.person_nouns)
        resolver = SpeakerResolver(doc, text, self.vocab, quoted, sentences)
        terms = TermTest(doc, text)
        quotes: list[Quote] = []
        previous: tuple[Quoted, Quote] | None = None
        last_speaker: Quote | None = None
        headline: list[tuple[Quoted, Quote, bool]] = []
        previous_cue: int | None = None
        hidden: set[int] = set()    # quotes whose sentence hides the speaker: no one voice fills them
        numbers: set[str] = set()   # names the tagger read as numbers, adopted as speakers
        for q in found:
            speaker = None
            att = None
            if q.headline:
                att, speaker = layout.headline_colon(text, q, resolver)
            else:
                att, speaker = layout.transcript_label(text, q, resolver)
            if att is None and not q.headline:
                att, speaker = layout.bullet_label(text, q, resolver)
            if att is None and not q.headline and q.close_at is not None:
                att, speaker = layout.dash_source(text, q, resolver)
            if att is None:
                att = attributor.find(q.start, q.end, partial=quote_kind(text, q) == "partial")
                if att is None or att.subject is None or att.how != "governs":
                    # "Pew Research: “…”" / "as the website notes: “…”" - the colon decides
                    colon = attributor.colon_source(q.open_at)
                    if colon is not None and (colon.subject is not None or att is None or att.subject is None):
                        att = colon
                if att is not None and att.subject is not None:
                    speaker = resolver.resolve(att.subject, resolver.phrase(att.subject))
                    if speaker.entity is None and att.subject.pos_ == "NUM" and proper_subject(att.subject):
                        speaker = adopt_number_name(att.subject, resolver.entities, numbers)   # “…,” Five said
                    if speaker.entity is None and (att.subject.pos_ in _NOT_A_SOURCE_POS or (
                            speaker.name or "").lower() in _NOT_A_SOURCE_WORDS
                            or title_fragment(att.subject, text, quoted)
                            or not_a_speaker(att.subject, q, self.vocab)):
                        # "only one said", "issuing a statement describing …": a parse's
                        # leftover, no source; the paragraph's speaker may go on (below)
                        speaker = None
                        if att.how == "governs" and not_a_speaker(att.subject, q, self.vocab):
                            hidden.add(q.start)     # “…,” implored guitar-toting X: its own cue, no one before
                    if speaker is not None and writers_own(att.subject, self.vocab):
                        speaker = None      # "our review dubs it “…”": the site's own words
                    # a body quote given the headline's words: the body's own subject
                    speaker = layout.body_speaker(text, q, speaker, paras[q.paragraph], resolver, att.cue_start)
            if speaker is None and q.headline:
                att, speaker = layout.headline_person(text, q, resolver, att)
            if att is not None and att.how in ("sentence", "paragraph") and previous is not None \
                    and previous[0].paragraph == q.paragraph and previous[1].speaker is not None \
                    and previous[1].kind != "scare" and quote_kind(text, q) == "direct" \
                    and previous_cue is not None and previous_cue < q.open_at \
                    and not (att.how == "sentence" and att.cue_start > previous_cue) \
                    and not (att.how == "paragraph" and previous_cue < att.cue_start < q.open_at
                             and _new_report(doc, att.cue_start, previous[0].end)):
                # “A,” Davis said. “B.” - B goes on with A's speaker, whose cue came between
                # (unless B's own sentence has a later cue: “A,” Davis wrote. Still, she added, “B.”)
                att, speaker = None, None
            elif (went_on := self._carries_on(text, q, att, previous, paras, attributor, resolver)) is not None:
                # “…” opening a paragraph with a cue only in a later sentence, after a paragraph
                # that quoted or reported someone: the later cue is someone else's
                att, speaker = went_on
            # words that name or label something: never handed on from a quote before them
            label = att is not None and speechless_fragment(
                doc, text, q, att.how, att.cue_start, self.vocab.verbs, quote_kind(text, q) == "partial") \
                or att is not None and quote_kind(text, q) == "partial" \
                and object_of_weak_cue(doc, q.start, q.end, att.cue_start, att.how)   # it added “fizz” to …
            if not label and att is not None and not q.headline and quote_kind(text, q) == "partial" \
                    and refused_words(doc, q.start, q.end, att.cue_start, att.how, self.vocab.verbs):
                label = True    # "X denied it was a “charade”": the critics' word, not X's
            if label:
                att, speaker = None, None   # “third-type” drink: the sentence reports nobody's words
            described = att is not None and describes_subject(doc, q, att.how, att.cue_start)
            if described:
                speaker = None      # “X is a “…”": words about X, by someone the sentence hides
            rec = self._record(text, q, att, speaker)
            if att is not None and att.cue == "-" and att.colon:
                rec.kind = "direct"     # a bullet's name label: the quote is all the line says
            if rec.kind != "scare" and att is not None and att.subject is not None \
                    and q.close_at is not None and q.close_at <= att.cue_start \
                    and len(rec.text.split()) <= 8 and _in_speaker_phrase(att.subject, q):
                rec = self._record(text, q, None, None)     # the report on the “X Outlook”: a name
            if rec.kind != "scare" and terms.is_term(
                    q, governed=self._governed(doc, att),
                    named_speaker=att is not None and att.how == "subject" and speaker is not None
                    and speaker.entity is not None):
                rec = self._record(text, q, None, None)     # a term, a name: no speech act
                label = True
            if rec.kind != "scare" and (reporters_term(doc, text, q, quoted) or subject_name(doc, text, q)):
                rec = self._record(text, q, None, None)     # the “curfew notices” the reporter also writes bare
                label = True
            if rec.kind != "scare" and (read_on_display(doc, q, att.cue_start if att is not None else None)
                                        or named_as(doc, text, q) or coined_modifier(doc, text, q)
                                        or keyed_in(doc, text, q)):     # or "translated as “…”"
                rec = self._record(text, q, None, None)     # the sign reads “…”: text, no speech
                label = True
            if rec.kind != "scare" and len(rec.text.split()) <= 8 and \
                    looks_like_title(text, q, self.title_cues, self.title_after):
                rec.kind = "scare"
            if not label and names_a_work(doc, text, q, self.title_cues):
                rec = self._record(text, q, None, None)     # his book, “…”: a title, however long
                label = True
            if rec.kind != "scare" and (names_in_sentence(doc, text, q, self._governed(doc, att))
                                        or att is not None and imagined_cue(doc, att.cue_start)):
                rec = self._record(text, q, None, None)     # songs such as “Never.”; as if to say “…”
                rec.kind = "scare"
                label = True
            if rec.kind != "scare" and previous is not None and _alternative(text, previous[0], previous[1], q):
                rec = self._record(text, q, None, None)     # “Otoku” or “bargain”: both names
            polled = att is not None and att.subject is not None and is_share(att.subject)
            if polled:
                rec.speaker = rec.speaker_start = rec.speaker_end = None   # “92% said …”: a poll's wording
            unnamed = described or polled or q.start in hidden or agentless_report(doc, att)   # “… is described as a “…”": nobody named
            if unnamed:
                hidden.add(q.start)
            holder = None if label or unnamed or rec.speaker is not None or not self._is_statement(text, q) \
                else stance_holder(doc, text, q, sentences, resolver)
            if holder is not None and (last_speaker is None or holder.name != last_speaker.speaker):
                # “…,” Pelham said. Garside, though, is keen to rest them. “…”: Garside's answer
                rec.speaker, rec.speaker_start, rec.speaker_end = holder.name, holder.start, holder.end
                rec.kind = "direct"
            elif not label and not unnamed and rec.speaker is None and previous is not None and previous[1].speaker is not None \
                    and previous[1].kind != "scare" and self._continues(text, previous[0], q, rec):
                prev = previous[1]
                rec.speaker, rec.speaker_start, rec.speaker_end = prev.speaker, prev.speaker_start, prev.speaker_end
                rec.cue = prev.cue
                rec.kind = "direct"
            elif not label and not unnamed and (rec.kind == "scare" or rec.speaker is None) \
                    and self._is_statement(text, q):
                # a quoted sentence of its own with no cue (or no subject) in its paragraph:
                # still speech, most often the speaker of the quote before it
                rec.kind = "direct"
                if last_speaker is not None and (previous is None or previous[1] is last_speaker
                                                 or previous[1].kind == "scare") \
                        and not self._other_cue_between(last_speaker, q.open_at, attributor, resolver):
                    # (not past a quote whose speaker was left unknown, nor past someone
                    # else's reporting verb: “…,” he told the BBC.¶“…”)
                    rec.speaker, rec.speaker_start, rec.speaker_end = last_speaker.speaker, last_speaker.speaker_start, last_speaker.speaker_end
                    rec.cue = last_speaker.cue
                elif (topic := topic_speaker(doc, text, q, sentences, resolver)) is not None:
                    # “Delaney sounds close to zealous. “I took the sleeper north …”: who the sentence is about
                    rec.speaker, rec.speaker_start, rec.speaker_end = topic.name, topic.start, topic.end
            if rec.speaker is not None and names_speaker(rec.text, rec.speaker, resolver.entities, self.vocab):
                # “Mr Tanner is a wonderful director”: not Mr Tanner's own words
                rec.speaker = rec.speaker_start = rec.speaker_end = rec.cue = None
            quotes.append(rec)
            if q.headline and not (att is not None and att.colon):
                headline.append((q, rec, att is not None and att.how == "governs"
                                 and speaker is not None and speaker.entity is not None
                                 and not is_denial(doc, att.cue_start)))    # "X rebuts ‘…’": not X's
            previous = (q, rec)
            previous_cue = att.cue_start if att is not None else previous_cue
            if rec.speaker is not None and rec.kind != "scare":
                last_speaker = rec
                resolver.note_speaker(rec.start, rec.speaker)
        named = {e.name for k in ("people", "organisations") for e in (doc._.entities or {}).get(k, [])}
        for q, rec, sure in headline:
            if terms.noun_modifier(q) and unquoted_in_body(rec, quotes):
                rec.kind = "scare"      # "Media seek ‘juror’ notes": a label the body never quotes
                continue
            if term_in_body(rec, quotes):
                rec.kind = "scare"      # "Tory ‘stalking horse’ X dies": the body marks it as a term
                continue
            self._headline_from_body(text, q, rec, sure, quotes, named, attributor, resolver)
        # terms, titles and nicknames in quotation marks are nobody's speech: left out
        quotes = [rec for rec in quotes if rec.kind != "scare"]
        voice.fill_from_voice(doc, text, quotes, resolver.entities,
                              lambda q, who: q.start in hidden or names_speaker(q.text, who, resolver.entities, self.vocab))
        for rec in quotes:
            if rec.speaker is not None and names_speaker(rec.text, rec.speaker, resolver.entities, self.vocab):
                rec.speaker = rec.speaker_start = rec.speaker_end = rec.cue = None
        # "A Home Office spokeswoman said …. She added: “…”": the unnamed source goes on
        carry_pronouns(text, quotes, self.vocab, {k.entity.name: k.gender or name_gender(k, self.vocab)
                                                  for k in resolver.entities.known if k.type == "people"},
                       lambda at, starts=[lo for lo, _ in paras]: bisect.bisect_right(starts, at) - 1)
        add_speakers(doc, quotes, resolver.entities.known, numbers)    # a speaker names an entity of the record
        self._canonical(doc, quotes, resolver.antecedents.doubts)
        quotes = drop_repeats([rec for _, rec, _ in headline], quotes)     # the body says them again
        doc._.quotes = quotes
        return doc

    @staticmethod
    def _headline_from_body(text: str, q: Quoted, rec: Quote, sure: bool, quotes: list[Quote],
                            named: set[str], attributor: Attributor, resolver: SpeakerResolver) -> None:
        """A headline's quoted word is someone's word ("Detention 'illegal'" is the court's
        ruling), told by the body: the speaker of a body quote that repeats it, else the
        speaker of the body sentence that uses the words with a reporting verb. Failing both,
        only a headline's own "X says '…'" stands; no guessing from the nearest name."""
        words = plain_words(rec.text)
        if sure or not words:
            return      # "Flynn says Trump ‘absolutely right’": the headline's own cue
        rec.kind = "partial" if rec.kind == "scare" else rec.kind
        for other in quotes:
            if other is rec or other.start < q.end or other.speaker not in named or other.kind == "scare":
                continue
            body = plain_words(other.text)
            if f" {words} " in f" {body} " or len(body) > 3 and f" {body} " in f" {words} ":
                rec.speaker, rec.speaker_start, rec.speaker_end, rec.cue = \
                    other.speaker, other.speaker_start, other.speaker_end, other.cue
                return
        low = text.lower()
        at = low.find(rec.text.lower().strip(" ,.;:!?"), q.end)
        tries = 0
        while at >= 0 and tries < 3:
            tries += 1
            end = at + len(rec.text.strip(" ,.;:!?"))
            att = attributor.find(at, end, partial=True)
            if att is not None and att.subject is not None and att.how in ("governs", "sentence") \
                    and not is_denial(attributor.doc, att.cue_start):
                speaker = resolver.resolve(att.subject, resolver.phrase(att.subject))
                if speaker.entity is not None:
                    rec.speaker, rec.speaker_start, rec.speaker_end, rec.cue = \
                        speaker.name, speaker.start, speaker.end, att.cue
                    return
            at = low.find(rec.text.lower().strip(" ,.;:!?"), end)
        # whose word it is the article does not say: not reported as anybody's
        rec.speaker = rec.speaker_start = rec.speaker_end = rec.cue = None
        rec.kind = "scare"

    def _canonical(self, doc: Doc, quotes: list[Quote], doubts: dict[int, str]) -> None:
        """Every speaker that names an entity is that entity's `name` (never an alias such as
        "Ms Berg" for "Anna Berg"), and a speaker left as a pronoun or not found is warned, as
        is one a pronoun found across a paragraph break with a close rival (`doubts`)."""
        ents = doc._.entities or {}
        names = {e.name for k in ("people", "organisations", "places") for e in ents.get(k, [])}
        alias: dict[str, str] = {}
        for k in ("people", "organisations"):
            for e in ents.get(k, []):
                for a in list(e.aliases or []) + [m.text for m in e.mentions]:
                    alias.setdefault(a, e.name)
        pronouns = set(self.vocab.person_pronouns) | self.vocab.group_pronouns | self.vocab.relative_pronouns
        places = {e.name for e in ents.get("places", [])}
        text = doc_text(doc)
        for rec in quotes:
            if speaks_as_place(rec, text, places, set(alias.values())):
                rec.speaker = rec.speaker_start = rec.speaker_end = rec.cue = None   # "he" is no town
            if rec.speaker is not None and rec.speaker not in names and rec.speaker in alias:
                rec.speaker = alias[rec.speaker]
            where = f"quote at {rec.start} (“{' '.join(rec.text.split()[:6])}…”)"
            if rec.speaker is None:
                extensions.warn(doc, f"quotes: no speaker found for the {where}")
            elif rec.speaker.lower() in pronouns:
                extensions.warn(doc, f"quotes: speaker of the {where} left as the pronoun '{rec.speaker}'")
            elif rec.speaker_start in doubts and doubts[rec.speaker_start] != rec.speaker:
                extensions.warn(doc, f"quotes: speaker of the {where} is '{rec.speaker}', found across a "
                                     f"paragraph break; it may be '{doubts[rec.speaker_start]}'")

    @staticmethod
    def _governed(doc: Doc, att: Attribution | None) -> bool:
        """Does a reporting act take the quoted words: a verb governing them, a colon, or the
        main verb of their own sentence ("… “shocking” levels, the committee warned")?"""
        if att is None:
            return False
        if att.how in _GOVERNED:
            return True
        if att.how != "sentence":
            return False
        if att.cue == "according to":
            return True     # "According to X, …" covers its whole sentence
        cue = doc.char_span(att.cue_start, att.cue_start + 1, alignment_mode="expand")
        return cue is not None and len(cue) > 0 and cue[0].dep_ in ("ROOT", "parataxis")

    @staticmethod
    def _continues(text: str, prev: Quoted, q: Quoted, rec: Quote) -> bool:
        """A quote goes on from the previous one: the next paragraph of a multi-paragraph
        quote, or the second half of an interrupted one in the same paragraph (not a term
        in quotes that merely follows it)."""
        if prev.close_at is None and q.paragraph == prev.paragraph + 1:
            return True
        return q.paragraph == prev.paragraph and (rec.kind != "scare" or quote_kind(text, q) == "direct")

    @staticmethod
    def _carries_on(text: str, q: Quoted, att: Attribution | None, previous: tuple[Quoted, Quote] | None,
                    paras: list[tuple[int, int]], attributor: Attributor, resolver: SpeakerResolver
                    ) -> tuple[Attribution, Speaker] | None:
        """A direct quote opening its paragraph (or right after another quote) whose only cue
        is in a later sentence carries on the words of whoever spoke just before: the previous
        quote's speaker, or the named subject of the previous paragraph's last reporting verb
        ("… Mr Bannister said. He said if …\n\n“I think the key is …” House prices have risen,
        Nationwide said" - Nationwide did not say it; “…” Tony Blair was asked … neither)."""
        if att is None or att.how != "paragraph" or att.cue_start < q.end or quote_kind(text, q) != "direct":
            return None
        line = text.rfind("\n", 0, q.open_at) + 1
        opens = not text[line:q.open_at].strip()
        if previous is not None:
            pq, prev = previous
            follows = pq.paragraph == q.paragraph and pq.close_at is not None \
                and not text[pq.close_at:q.open_at].strip()
            gap_lo = pq.close_at if pq.close_at is not None else pq.end
            others = any(lo_ < q.open_at and k.entity.name != prev.speaker and k.type != "places"
                         and not (prev.speaker_start is not None and lo_ <= prev.speaker_start < hi_)
                         for lo_, hi_, k in resolver.mentions if lo_ >= gap_lo)
            if prev.speaker is not None and prev.kind == "direct" and not others and (
                    opens and pq.paragraph == q.paragraph - 1 or follows):
                # (nobody else named between the two: the previous words were the last ones)
                return (Attribution(prev.cue or "said", prev.speaker_start or q.open_at, None),
                        Speaker(prev.speaker, prev.speaker_start, prev.speaker_end))
        if not opens or q.paragraph == 0:
            return None
        lo, hi = paras[q.paragraph - 1]
        for cue in reversed(attributor.cues.between(lo, hi)):
            if attributor.sents.of(cue).end_char < len(text[:hi].rstrip()) - 1:
                return None     # the paragraph went on after its last reported words
            subject = attributor.subjects.subject(cue)
            if subject is None or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
                continue
            speaker = resolver.resolve(subject, resolver.phrase(subject))
            if speaker.entity is not None:
                return Attribution(cue.text, cue.idx, subject), speaker
            if subject.pos_ != "NOUN" or subject.lower_ in attributor.roles:
                return None     # the last one reporting is somebody the article does not name
        return None

    @staticmethod
    def _other_cue_between(last: Quote, at: int, attributor: Attributor, resolver: SpeakerResolver) -> bool:
        """Is there, between the last speaker's quote and offset `at`, a reporting verb whose
        subject is somebody else (or nobody the article names)?"""
        for cue in attributor.cues.between(last.end, at):
            subject = attributor.subjects.subject(cue)
            if subject is None:
                continue
            if resolver.resolve(subject, resolver.phrase(subject)).name != last.speaker:
                return True
        return False

    @staticmethod
    def _is_statement(text: str, q: Quoted) -> bool:
        """Quoted words that make a sentence of their own: several words, opening a sentence."""
        return not q.headline and len(text[q.start:q.end].split()) >= 5 and quote_kind(text, q) == "direct"

    @staticmethod
    def _record(text: str, q: Quoted, att: Attribution | None, speaker: Speaker | None) -> Quote:
        kind = quote_kind(text, q) if att is not None else "scare"
        return Quote(
            text=text[q.start:q.end], start=q.start, end=q.end,
            speaker=speaker.name if speaker else None,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
            cue=att.cue if att else None, kind=kind)

    @staticmethod
    def _unattributed(text: str, q: Quoted) -> Quote:
        """Without a parse (rules-only fallback): the span and its kind, no speaker."""
        return Quote(text=text[q.start:q.end], start=q.start, end=q.end, speaker=None,
                     kind=quote_kind(text, q))

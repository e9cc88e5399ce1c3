"""People, organisations and places, grouped per entity.

candidates.py proposes and types the mentions (the statistical model's entities corrected
by the ruler's gazetteers and shapes and by news-copy cues); cleaning.py cleans them (leading
"the", possessive 's, nationality adjectives, table headings); this component groups them:
an acronym defined in parentheses joins its long form, a surname alone (or after an honorific)
joins the full name mentioned earlier, the names of the alias table ("US", "America") join one
another, and one referent never ends up as two types (the weighed majority of its mentions).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp import extensions  # noqa: F401
from ...nlp.extensions import warn
from .acronyms import defines, definitions
from .aliases import alias_table
from .candidates import CandidateFinder
from .cleaning import Candidate, CandidateCleaner, normalise
from .lexicon import GAZETTEER_IDS
from .sport_reports import is_sports
from .person_check import DROP, PersonCheck
from .sport_clubs import SportClubs, join_club_forms
from .person_evidence import PersonEvidence
from .company_grammar import CompanyGrammar
from .name_suffixes import NameSuffixes
from .coordination import Coordination
from .org_checks import not_organisation_words
from .org_joins import ShortNames
from .org_dups import OrgDuplicates
from .org_variants import OrgVariants
from .org_precision import PersonAppositions, WeakOrganisations
from .org_person_names import OrgPersonNames
from .club_nicknames import ClubNicknames
from .sport_person_cues import SportPersonCues
from .sport_fragments import SportFragments
from .honorific_gender import HonorificGender
from .tokens import TokenView
from ...records import Entity, Mention

TYPES = ("people", "organisations", "places")


class EntityGrouper:
    """Turns a parsed Doc into grouped Entity records (doc._.entities)."""

    def __init__(self) -> None:
        self.finder = CandidateFinder()
        self.cleaner = CandidateCleaner(self.finder.lexicon.places, self.finder.lexicon.bodies)
        self.aliases = alias_table()
        self.person_check = PersonCheck(self.finder.lexicon)
        self.sport_clubs = SportClubs(self.person_check)
        self.person_evidence = PersonEvidence(self.finder.lexicon, self.person_check)
        self.company_grammar = CompanyGrammar(self.person_check)
        self.name_suffixes = NameSuffixes()
        self.gender = HonorificGender()
        self.person_appositions = PersonAppositions(self.finder.lexicon.person_roles)
        self.weak_orgs = WeakOrganisations(self.finder.lexicon.bodies, self.finder.lexicon.person_roles)
        self.known = self.finder.lexicon.places | self.finder.lexicon.bodies
        lex = self.finder.lexicon
        self.short_names = ShortNames(not_organisation_words()["tail"], lex.demonyms, lex.cities | frozenset(lex.towns))
        lex = self.finder.lexicon
        self.org_dups = OrgDuplicates(not_organisation_words()["tail"], lex.demonyms | {c for c in lex.countries if " " not in c}
                                      | {a for a in self.aliases.canon if " " not in a and "." not in a},
                                      self.aliases.canonical)
        self.org_variants = OrgVariants(lex.countries | lex.places | lex.towns, lex.bodies,
                                        self.aliases.canonical)
        self.org_person_names = OrgPersonNames(lex.named)
        self.club_nicknames = ClubNicknames()
        self.sport_person_cues = SportPersonCues(lex.named)
        self.sport_fragments = SportFragments()

    # -- grouping -----------------------------------------------------------------------
    def group(self, doc: Doc) -> dict[str, list[Entity]]:
        v = TokenView(doc)
        cands = self.cleaner.clean(v, self.finder.find(v))
        text = v.text
        cands = self._add_acronym_mentions(text, cands)
        canon = self.aliases.canonical
        # each mention's normalised name and the canonical key its referent is grouped under,
        # worked out once ("US", "America" and "United States" share a key)
        keyed = []
        for c in cands:
            norm = normalise(text[c.start:c.end])
            dotted = norm + "." if text[c.end:c.end + 1] == "." else ""
            # "Fla." whose point the cleaning cut: the point says which alias it is ("Mass." is
            # Massachusetts, "Mass" is no place; aliases.txt)
            keyed.append((c, norm, canon(dotted if dotted in self.aliases.canon else norm)))
        # one referent, one type: the weighed majority over all the mentions of its names
        votes: dict[str, Counter] = defaultdict(Counter)
        for c, _, key in keyed:
            # a dateline's type is certain: it weighs double and does not bend to the majority
            votes[key] += Counter({c.type: 2}) if c.fixed else c.votes
        groups: list[dict] = []   # {"type", "keys": set, "mentions": [(s, e)], "votes": Counter}
        by_key: dict[tuple[str, str], dict] = {}
        acronym_of = self._acronym_definitions(text, cands)
        seen_spans = set()
        sexed: dict[tuple[str, str], dict] = {}
        diverted: list[tuple[dict, str]] = []   # lone surnames kept from a person of the other sex
        # names a gazetteer, a dateline or an acronym's definition types: never a surname
        # (nor a band's name: "Kasabian" of a band named after "Linda Kasabian")
        bands = {key for c, _, key in keyed if c.src == "band"}
        surely_not_person = {key for c, _, key in keyed if c.fixed or c.src in GAZETTEER_IDS} | bands | set(acronym_of)
        # full names first, so that a lone surname finds its person even when it comes first
        # (a headline's "Obama" before the body's "Barack Obama")
        # a hyphenated surname alone ("Wright-Phillips") is one word as written, two in its key
        lone = lambda c, key: " " not in key or (" " not in text[c.start:c.end].strip() and "-" in text[c.start:c.end])
        rank = lambda c, key: 2 if " " not in key else int(lone(c, key))   # full, hyphenated, one word
        for c, _, key in sorted(keyed, key=lambda ck: (rank(ck[0], ck[1]), ck[0].start)):
            if (c.start, c.end) in seen_spans:
                continue
            seen_spans.add((c.start, c.end))
            etype = c.type if c.fixed or not votes[key] else votes[key].most_common(1)[0][0]
            bent = False   # a surname that bends to its person's type: its own votes stay out
            # "Mrs Howard" is not "Michael Howard" (honorific_gender.py): sexed lone names route apart
            sex = self.gender.of_mention(text, c.start) if lone(c, key) else None
            target = sexed.get((key, sex)) or by_key.get((etype, key))
            if target is not None and not self.gender.fits(text, target, sex):
                target = None
            if target is None and key in acronym_of:
                target = by_key.get(acronym_of[key])
            if target is None and etype == "people" and lone(c, key):
                target = self._person_by_part(groups, key, c.start, text=text, sex=sex)
            if target is None and etype != "people" and lone(c, key) and key not in surely_not_person:
                # a surname alone is its person's, whatever its own mentions voted
                # ("Kenteris" after "Kostas Kenteris", a headline's "Mauresmo")
                target = self._person_by_part(groups, key, c.start, surname_only=True, text=text, sex=sex)
                if target is not None:
                    etype, bent = "people", True
            if target is None:
                target = {"type": etype, "keys": set(), "mentions": [], "votes": Counter()}
                groups.append(target)
            if key not in target["keys"] and not bent:
                target["votes"] += votes[key]
            target["keys"].add(key)
            target["mentions"].append((c.start, c.end))
            if sex is None:
                by_key[(etype, key)] = target
            else:   # a woman kept apart from the man of her surname leaves bare "Howard" his
                sexed[(key, sex)] = target
                if self._person_by_part(groups, key, c.start) in (None, target):
                    by_key.setdefault((etype, key), target)
                else:
                    diverted.append((target, sex))
        groups = self.gender.join_relatives(text, groups, diverted)
        sports = is_sports(v, self.finder.lexicon)
        if sports:   # a club the model took for a person is a club before the joins look for its variants
            for g in groups:
                if g["type"] == "people" and self.sport_clubs.is_club(text, g["mentions"]):
                    g["type"] = "organisations"
            groups = join_club_forms(groups)   # "Newry FC" of "Newry City" (sport_clubs.py)
        groups = self.org_variants.join_variants(groups)   # "Man Utd" / "Manchester United" first
        groups = self.short_names.join(text, groups)
        groups = self.org_dups.apply(text, groups)
        groups = self.org_variants.apply(text, groups)
        groups = self.person_evidence.join_surnames(text, groups)
        groups = self.name_suffixes.join(groups)
        if sports:   # "Jerzy" of "Jerzy Dudek"; "Pompey" of "Portsmouth"
            groups = self.org_person_names.join(groups)
            groups = self.club_nicknames.join(text, groups)
        result: dict[str, list[Entity]] = {t: [] for t in TYPES}
        lists = Coordination(text, groups, self.known)
        weak_orgs: list[str] = []   # organisations kept on the model's word alone: warned
        weak: list[str] = []   # people kept with no evidence of their own: the record warns
        for g in sorted(groups, key=lambda g: min(s for s, _ in g["mentions"])):
            # an acronym or a lone surname that joined a referent brings its votes along
            best = g["votes"].most_common(1)
            etype = best[0][0] if best and best[0][1] > g["votes"][g["type"]] else g["type"]
            if etype == "people" and sports and self.sport_clubs.is_club(text, g["mentions"]):
                etype = "organisations"   # "Everton said": a club (sport_clubs.py)
            elif etype == "people":   # no person without a reader's evidence (person_check.py)
                etype = self.person_check.verdict(text, g["mentions"], lists.listed_with(g["mentions"]),
                                                  towns=not sports) or etype
                if etype == DROP:
                    continue
                if etype == "people" and not sports and self.company_grammar.is_company(text, g["mentions"]):
                    etype = "organisations"   # "X, which", "shares in X", "X's chief executive" (company_grammar.py)
                if etype == "people" and not lists.beside_people(g["mentions"]) and self.person_check.weak(text, g["mentions"]):
                    weak.append(self._entity(text, g).name)
            elif etype == "organisations" and sports and self.sport_fragments.drop(text, g["mentions"]):
                continue   # "World Indoor", "Group A", "(SA)": no body (sport_fragments.py)
            elif g["keys"] & bands:   # a known act or a sure band cue: no speech verb makes it a person
                pass
            elif self.person_evidence.is_person(text, g["mentions"]) or self.person_appositions.is_person(text, g["mentions"]) \
                    or (sports and self.sport_person_cues.is_person(text, g["mentions"], lists.only_people(g["mentions"]))):
                etype = "people"
            result[etype].append(self._entity(text, g))
            if etype == "organisations" and self.weak_orgs.weak(text, g["mentions"]):
                weak_orgs.append(result[etype][-1].name)
        if weak_orgs:
            warn(doc, "organisations: kept on the model's word alone (one mention of one common word, no "
                      "company cue, suffix or gazetteer): " + ", ".join(repr(n) for n in weak_orgs))
        if weak:
            warn(doc, "people: kept with no evidence of a person (no honorific, role, speech verb or given "
                      "name): " + ", ".join(repr(n) for n in weak))
        return result

    def _person_by_part(self, groups: list[dict], key: str, pos: int, surname_only: bool = False,
                        text: str = "", sex: str | None = None) -> dict | None:
        """A lone name ("Hong", "Trump") joins the person whose full name has it (its last word
        only, with `surname_only`) and whose sex its honorific allows: the one mentioned last
        before it, else the first after it; "Mrs Howard" whose only Howard is a man: "his wife, Sandra"."""
        part = (lambda k: k.split()[-1:]) if surname_only else str.split
        if " " in key:   # a hyphenated surname's key ("wright phillips"): the last words of the full name
            n = len(key.split())
            part = lambda k: [" ".join(k.split()[-n:])]
        owners = [g for g in groups if g["type"] == "people" and any(key in part(k) and k != key for k in g["keys"])]
        if sex is not None and owners:
            owners = [g for g in owners if self.gender.fits(text, g, sex)]
            if not owners:
                return self.gender.relative(text, groups, sex)
        before = [(max(s for s, _ in g["mentions"] if s < pos), i) for i, g in enumerate(owners)
                  if any(s < pos for s, _ in g["mentions"])]
        if before:
            return owners[max(before)[1]]
        return min(owners, key=lambda g: min(s for s, _ in g["mentions"])) if owners else None

    @staticmethod
    def _defined_acronyms(text: str, cands: list[Candidate]) -> Iterator[tuple[str, Candidate]]:
        """(acronym, long form) for every "(ACR)" right after a candidate whose capitals spell it."""
        ends = {c.end: c for c in cands}
        for m in definitions(text):
            before = m.start()
            while before and text[before - 1].isspace():
                before -= 1
            cand = ends.get(before)
            if cand is not None and defines(m.group(1), text[cand.start:cand.end]):
                yield m.group(1), cand

    def _acronym_definitions(self, text: str, cands: list[Candidate]) -> dict[str, tuple[str, str]]:
        """acronym key -> (type, key) of the long form it was defined after."""
        canon = self.aliases.canonical
        return {canon(normalise(acr)): (cand.type, canon(normalise(text[cand.start:cand.end])))
                for acr, cand in self._defined_acronyms(text, cands)}

    def _add_acronym_mentions(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Every later use of a defined acronym is a mention, whatever the model said of it."""
        covered = {(c.start, c.end) for c in cands}
        extra = []
        for acr, cand in self._defined_acronyms(text, cands):
            for occ in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
                span = (occ.start(), occ.end())
                if span not in covered:
                    covered.add(span)
                    extra.append(Candidate(span[0], span[1], cand.type, Counter({cand.type: 1})))
        if not extra:
            return cands
        # an acronym mention replaces any overlapping candidate of another reading
        keep = [c for c in cands if not any(c.start < e.end and e.start < c.end for e in extra)]
        return keep + extra

    @staticmethod
    def _entity(text: str, group: dict) -> Entity:
        mentions = [Mention(text[s:e], s, e) for s, e in sorted(group["mentions"])]
        forms = list(dict.fromkeys(m.text for m in mentions))
        # the fullest name: most words, then longest, then earliest
        # (a headline's capitals only when there is nothing else)
        name = group.get("name") or max(forms, key=lambda f: (len(f.split()), not f.isupper(), len(f), -forms.index(f)))
        aliases = [f for f in forms if normalise(f) != normalise(name)]
        return Entity(name=name, aliases=aliases, mentions=mentions)


@Language.factory("factextract_entities")
def make_entities(nlp: Language, name: str) -> "EntitiesComponent":
    return EntitiesComponent()


class EntitiesComponent:
    def __init__(self) -> None:
        self.grouper = EntityGrouper()

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = self.grouper.group(doc)
        return doc

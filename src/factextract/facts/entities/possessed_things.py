"""A one- or two-word name a person or a company owns ("Gulliver's Travels", "Fatboy Slim's
Palookaville", "Google's Blogger", "Samsung's Yepp") is a work or a product, no organisation.

After a country's or a city's possessive a name is most often a firm ("Japan's Honda",
"London's Capital FM"); after a person's or a company's it is what they made: a novel, an
album, a programme, a service, a gadget. A body a person or a company owns has a body's head
("Labour's Fabian Society", "Nasa's Ames Research Center") or is called a part of it ("Yukos's
Yuganskneftegas subsidiary"): those stay.

An organisation proposal of one or two words is dropped when:
- it follows "'s" right after a person's or an organisation's proposal (not a place's), or after
  a capitalised word no proposal, no date and no gazetteer name holds ("Gulliver's");
- none of its words is a body's, a paper's or a place's head ("Matrix Chambers", "Financial
  Mail"), and no gazetteer nor the list of parliaments and parties names it;
- no word of a part ("subsidiary", "unit", "arm") follows it, nor a role ("the SNP's Holyrood
  leader": a name before a role is a body's or a place's);
- the article never uses it as the start of a longer organisation's name ("Blackwatch" of
  "Blackwatch Petroleum Services").
Only its own use goes (a firm of the same name may be named elsewhere). Not in sports reports
("Arsenal's Highbury"). Words are data: patterns/entities/possessed_things.txt.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS, ORG_NOUNS_AFTER, ORG_SUFFIXES, PLACE_NAME_HEADS, Lexicon
from .proposal import Proposal
from .tokens import TokenView

ORG = "organisations"
_KEEP = GAZETTEER_IDS | {"acronym", "honorific", "band", "dateline", "caption"}
_OWNERS = frozenset(("people", "organisations"))
_POSS = frozenset(("'s", "’s"))


class PossessedThings:
    """Drops the work or product a person's or a company's possessive names."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        w = load_groups("entities/possessed_things.txt")
        self.heads = load_groups("entities/title_runs.txt")["head"] | ORG_NOUNS_AFTER | ORG_SUFFIXES \
            | PLACE_NAME_HEADS | w["head"]
        self.parts = w["part"]
        # parliaments and parties by name ("the SNP's Holyrood leader")
        self.known = {x for g in load_groups("entities/political_bodies.txt").values() for x in g}

    def _owner_ok(self, v: TokenView, k: int, ends: dict[int, Proposal]) -> bool:
        """Is the word at k (before "'s") a person's or a body's, or an unknown capitalised name?"""
        T = v.toks
        owner = ends.get(k + 1)
        if owner is not None:
            return owner.type in _OWNERS and owner.src not in ("country", "city", "region")
        t = T[k]
        return (t.is_alpha and t.text[:1].isupper() and t.ent_type_ not in ("DATE", "TIME", "GPE", "NORP", "LOC")
                and t.lower_ not in self.lex.gaz_forms and t.lower_ not in self.lex.demonyms
                and not t.is_sent_start)

    def apply(self, v: TokenView, spans: list[Proposal], sports: bool) -> list[Proposal]:
        if sports or not spans:
            return spans
        L, n = v.lowers, len(v.lowers)
        ends = {sp.e: sp for sp in spans}
        longer = {L[sp.s] for sp in spans if sp.type == ORG and sp.e - sp.s > 2}
        drop: set[int] = set()
        for sp in spans:
            s, e = sp.s, sp.e
            if sp.type != ORG or sp.src in _KEEP or e - s > 2 or s < 2 or v.texts[s - 1] not in _POSS:
                continue
            words = L[s:e]
            name = " ".join(words)
            if any(w in self.heads for w in words) or name in self.lex.gaz_forms or name in self.known:
                continue
            if (e < n and (L[e] in self.parts or L[e] in self.lex.person_roles)) or (e - s == 1 and L[s] in longer):
                continue
            if self._owner_ok(v, s - 2, ends):
                drop.add(id(sp))
        return [sp for sp in spans if id(sp) not in drop] if drop else spans

"""A place named only as the modifier of a noun: "the Hartlepool by-election", "the Ealing North
MP", "his Ashfield seat", "a Glasgow hospital", "the Gateshead conference".

The model leaves such names untyped or calls them organisations (a club's or a council's name
is the same word). The noun right after the name decides: a seat noun (by-election, seat, MP,
constituency) makes any title-case name a place unless it is a party or people word ("the
Labour MP", "Tory seat"); a site noun (hospital, conference, factory, region ...) makes only a
name the gazetteers know a place. A proposal covering more than the name ("the Tory Party
conference") is left alone; a person proposal is retyped only for a gazetteer's place.
The words are data: patterns/entities/place_modifier_heads.txt. Only the tokens that start a
head are looked at: one set look-up per token.
"""
from __future__ import annotations

from ...nlp.resources import load_groups
from .lexicon import GAZETTEER_IDS, MONTHS, Lexicon
from .proposal import Proposal, overlapping
from .tokens import TokenView

PLACES = "places"
_MOST = 4  # name words looked at before the head


class PlaceModifiers:
    """Adds or retypes place proposals for names used as a place modifier (in place)."""

    def __init__(self, lex: Lexicon) -> None:
        groups = load_groups("entities/place_modifier_heads.txt")
        self.heads: dict[str, list[tuple[str, str]]] = {}
        for group in ("seat", "site"):
            for head in groups[group]:
                first = head.replace("-", " ").split()[0]
                self.heads.setdefault(first, []).append((head, group))
        self.not_place = groups["not_place"] | lex.demonyms | lex.skip | MONTHS
        self.known = lex.places | lex.towns | lex.countries

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        T, L = v.toks, v.lowers
        people: set[str] | None = None
        for k, low in enumerate(L):
            if k == 0 or low not in self.heads or not (T[k].is_lower or T[k].is_upper):
                continue
            group = self._head(v, k)
            if group is None:
                continue
            s = self._name_start(v, k)
            if s is None:
                continue
            name = " ".join(L[s:k])
            known = name in self.known or (group == "seat" and L[s] in self.known)
            if group == "site" and not known:
                continue
            if people is None:
                people = {w for sp in spans if sp.type == "people" for w in L[sp.s:sp.e]}
            if not known and any(w in people for w in L[s:k]):
                continue  # "Frank Field MP"
            ov = overlapping(spans, s, k)
            if not ov:
                spans.append(Proposal(s, k, PLACES, "modifier"))
            elif group == "seat" and len(ov) == 1 and ov[0].type == PLACES and ov[0].s == s and ov[0].e < k:
                ov[0].e = k  # "the Glasgow Kelvin MP": the seat, not the city
            elif group == "seat" and len(ov) == 1 and ov[0].type != PLACES and self._swallowed(v, ov[0], s, k):
                ov[0].s, ov[0].e, ov[0].type = s, k, PLACES   # the model's "The Mid-Bedfordshire MP"
            elif len(ov) == 1 and ov[0].s == s and ov[0].e == k and ov[0].type != PLACES \
                    and ov[0].src not in GAZETTEER_IDS and (known or ov[0].type != "people"):
                ov[0].type = PLACES

    def _swallowed(self, v: TokenView, sp: Proposal, s: int, k: int) -> bool:
        """A proposal that is the seat's name plus the seat noun (and "the" before it)."""
        lead = sp.s == s or (sp.s == s - 1 and v.lowers[s - 1] == "the")
        return lead and k < sp.e <= k + 3 and self._head(v, k) is not None \
            and v.txt(k, sp.e).lower() in {h for h, _ in self.heads[v.lowers[k]]}

    def _head(self, v: TokenView, k: int) -> str | None:
        """The group of the head that starts at token k ("by-election" is three tokens)."""
        at = v.idx[k]
        rest = v.text[at:at + 24].lower()
        for head, group in self.heads[v.lowers[k]]:
            if rest.startswith(head) and (len(rest) == len(head) or not rest[len(head)].isalpha()):
                return group
        return None

    def _name_start(self, v: TokenView, k: int) -> int | None:
        """Start of the title-case name right before token k, its party/people words dropped."""
        T, L = v.toks, v.lowers
        s = k
        while s > 0 and k - s < _MOST and T[s - 1].whitespace_:
            if T[s - 1].is_alpha and T[s - 1].is_title and not T[s - 1].is_stop:
                s -= 1
                while s > 1 and T[s - 1].text == "-" and not T[s - 1].whitespace_ \
                        and not T[s - 2].whitespace_ and T[s - 2].is_alpha and T[s - 2].is_title:
                    s -= 2   # "the Mid-Bedfordshire MP": a hyphenated seat is one name
            elif T[s - 1].text == "&" and s - 1 > 0 and T[s - 2].is_title and s < k:
                s -= 2   # "the Folkestone & Hythe seat"
            else:
                break
        if s == k or (s > 0 and T[s - 1].text in ("-", "'s", "’s")):
            return None
        while s < k and L[s] in self.not_place:
            s += 1
        if s == k or any(L[j] in self.not_place for j in range(s, k)):
            return None
        return s

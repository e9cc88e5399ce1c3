"""The ruler's matches weighed against the model's proposals.

Gazetteers (countries, cities, regions, international bodies), matched case-insensitively so
ALL-CAPS headlines and datelines are covered, override the model's type for the same span but
never cut a longer name ("Bank of England" stays whole); organisation shapes ("Acme Corp",
"Ministry of Finance"), titles before names and initials ("P. Smith") add what the model missed.
"""
from __future__ import annotations

from ...nlp.ruler import RULER_KEY
from .lexicon import GAZETTEER_IDS, LABEL_TYPES, Lexicon
from .proposal import Proposal, overlapping, replace
from .tokens import TokenView


def hyphen_start(v: TokenView, s: int) -> int:
    """Start of the name whose token s follows a hyphen glued to a capitalised word: a shape match
    from "Dade Police" in "Miami-Dade Police" or "Royce Motors" in "Rolls-Royce Motors" is the
    whole name, never its second half."""
    T = v.toks
    while s >= 2 and T[s - 1].text == "-" and not T[s - 1].whitespace_ and not T[s - 2].whitespace_ \
            and T[s - 2].is_alpha and (T[s - 2].is_title or T[s - 2].is_upper):
        s -= 2
    return s


def name_end(v: TokenView, s: int, e: int) -> int:
    """End of a title-case run from s that the parse did not split at a sentence end: a function
    word after the first name word starts the next sentence ("King Francois I. Between 2000
    and ...", "Governor Ann Holt. The"), it is no part of the name. A stop word the tagger reads
    as a proper noun stays ("Theresa May", "Will Carling")."""
    for k in range(s + 1, e):
        if v.toks[k].is_stop and v.toks[k].tag_ not in ("NNP", "NNPS"):
            return k
    return e


class RulerMerge:
    """Folds doc.spans[RULER_KEY] into the proposals, gazetteers first, longest first."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def _case_ok(self, surface: str) -> bool:
        forms = self.lex.gaz_forms.get(surface.lower())
        return bool(forms) and any(surface in (f, f.upper()) or (f.isupper() and len(f) >= 4 and surface == f.capitalize())
                                   for f in forms)

    def merge(self, v: TokenView, spans: list[Proposal], headline: list[bool]) -> list[Proposal]:
        T = v.toks
        ruler = list(v.doc.spans.get(RULER_KEY, []))
        ruler.sort(key=lambda r: (r.id_ not in GAZETTEER_IDS, -(r.end - r.start), r.start))
        for r in ruler:
            kind, etype = r.id_, LABEL_TYPES.get(r.label_)
            if etype is None:
                continue
            over = overlapping(spans, r.start, r.end)
            if kind in GAZETTEER_IDS:
                if not self._case_ok(r.text):
                    continue
                if any(sp.src in GAZETTEER_IDS for sp in over):
                    continue
                if any(sp.s <= r.start and r.end <= sp.e and sp.e - sp.s > r.end - r.start and not sp.weak
                       for sp in over):
                    continue  # a longer name contains it
                replace(spans, Proposal(r.start, r.end, etype, kind))
            elif kind in ("org_suffix", "org_head"):
                start = hyphen_start(v, r.start)   # "Miami-Dade Police", not "Dade Police"
                over = overlapping(spans, start, r.end)
                same = [sp for sp in over if (sp.s, sp.e) == (start, r.end) and sp.src == "model"]
                if same:
                    same[0].type = "organisations"
                    continue
                inside = lambda sp: start <= sp.s and sp.e <= r.end and sp.e - sp.s < r.end - start
                if any((sp.src in GAZETTEER_IDS and not inside(sp))
                       or (sp.type == "organisations" and sp.e == r.end and not sp.weak)
                       or (sp.s <= start and r.end <= sp.e and not sp.weak) for sp in over):
                    continue
                replace(spans, Proposal(start, r.end, etype, "shape"))
            elif kind == "person_title":
                s = r.start
                while s < r.end and (T[s].lower_ in self.lex.titles or T[s].text == "."):
                    s += 1
                if s >= r.end or headline[s]:
                    continue
                e = name_end(v, s, r.end)
                over = overlapping(spans, r.start, e)   # the titles too: "Acting Detective" may be a proposal
                if not over:
                    spans.append(Proposal(s, e, "people", "title"))
                elif len(over) == 1 and over[0].src == "model" and (over[0].s, over[0].e) == (s, e):
                    over[0].type = "people"
            elif kind == "person_initial":
                if not over or all(sp.src == "model" and sp.type != "people" and r.start <= sp.s and sp.e <= r.end
                                   for sp in over):
                    replace(spans, Proposal(r.start, r.end, "people", "initial"))
        return spans

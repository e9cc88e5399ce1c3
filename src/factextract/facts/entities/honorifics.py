"""An honorific before a name ("Mr", "Ms", "Dr", "Sir", "Lord", "President", "Prime Minister")
is the surest sign of a person, and no part of the person's name.

The name keeps only what follows ("Ms Boynton" -> "Boynton"), so that the grouping joins it to
"Judy Boynton"; whatever another rule made of it, it is a person (an organisation never has
"Mr" before it). The proposal's source becomes "honorific": it weighs more in the type vote.
"""
from __future__ import annotations

from .aliases import alias_table
from .lexicon import GAZETTEER_IDS, NAME_PARTICLES
from .proposal import Proposal, overlapping
from .tokens import TokenView, capitalised

# honorifics that only ever precede a person's name, even one a gazetteer knows ("Mr Jordan")
_PERSONAL = {("mr",), ("mrs",), ("ms",), ("miss",), ("dr",), ("sir",), ("dame",), ("lady",), ("lord",), ("baroness",)}


class Honorifics:
    """Strips honorifics off proposals and types what they precede as people."""

    def __init__(self) -> None:
        self.aliases = alias_table()

    def apply(self, v: TokenView, spans: list[Proposal]) -> None:
        T, lowers = v.toks, v.lowers
        for sp in list(spans):
            start = sp.s
            while start < sp.e - 1 and T[start].is_quote:
                start += 1          # '" Mr X': a quote mark the model took along
            k = start
            while k < sp.e - 1:     # "Prime Minister Tony Blair": every honorific off
                n = self.aliases.honorific_at(lowers, k)
                if not n or not capitalised(v.texts[k]):
                    break
                k += n
            if k > start:
                j = k   # "Mr de Vabres": a surname's particle after the honorific
                while j < sp.e - 1 and T[j].is_lower and T[j].lower_ in NAME_PARTICLES:
                    j += 1
                if k < sp.e and T[j].is_alpha and capitalised(T[j].text):
                    sp.s, sp.type, sp.src, sp.weak = k, "people", "honorific", False
                continue
            before = self._honorific_before(v, sp.s)
            if before and (sp.src not in GAZETTEER_IDS or before in _PERSONAL) and T[sp.s].is_alpha:
                sp.type, sp.src, sp.weak = "people", "honorific", False
        # "Mr Ingram" the model did not see at all: the ruler's title rule adds most; the rest here
        for i, low in enumerate(lowers[:-1]):
            n = self.aliases.honorific_at(lowers, i)
            if not n or not capitalised(v.texts[i]) or (i and capitalised(v.texts[i - 1]) and not T[i - 1].is_sent_start
                                                         and not T[i - 1].is_space and T[i - 1].is_alpha):
                continue
            s = i + n
            e = s
            while e < len(T) and e - s < 3 and T[e].is_alpha and capitalised(T[e].text):
                e += 1
            if e > s and not overlapping(spans, s, e):
                spans.append(Proposal(s, e, "people", "honorific"))

    def _honorific_before(self, v: TokenView, s: int) -> tuple[str, ...] | None:
        """The honorific right before token s, if any (lowercase words)."""
        lowers = v.lowers
        for n in range(self.aliases.longest_honorific + 1, 0, -1):
            i = s - n
            if i >= 0 and self.aliases.honorific_at(lowers, i) == n and capitalised(v.texts[i]):
                return tuple(w for w in lowers[i:s] if w != ".")
        return None

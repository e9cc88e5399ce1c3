"""Every later use of a name found in the article (and a person's surname) is a mention too.

The model misses repeats it would have found in another sentence; the article's own names
are surer evidence than any rule, so they are re-found last, after all typing is done.
"""
from __future__ import annotations

from .lexicon import GAZETTEER_IDS, SPEECH_VERBS, Lexicon
from .proposal import Proposal, overlapping
from .tokens import TokenView, capitalised


class Propagation:
    """Types lone surnames by their full names and proposes every other use of a known name."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def propagate(self, v: TokenView, spans: list[Proposal], headline: list[bool]) -> list[Proposal]:
        """Every other use of a name found in the article (in any case on headline lines), and a
        person's surname, is a mention; hyphenated pairs of known people ("Trump-Kim") split."""
        T = v.toks
        known: dict[tuple[str, ...], str] = {}
        for sp in spans:
            key = tuple(t.lower_ for t in T[sp.s:sp.e] if t.text not in ("'s", "’s"))
            if key and any(c.isupper() for c in v.txt(sp.s, sp.e)) and " ".join(key) not in self.lex.skip:
                known.setdefault(key, sp.type)
        surnames, name_parts = set(), set()
        for sp in spans:
            toks = [t for t in T[sp.s:sp.e] if t.is_alpha]
            if sp.type == "people" and len(toks) >= 2 and len(toks[-1]) > 2:
                last = toks[-1].i
                if last - 2 >= sp.s + 1 and T[last - 1].text == "-" and not T[last - 2].whitespace_ \
                        and not T[last - 1].whitespace_:
                    # a hyphenated surname is whole: "Kilroy-Silk", never "Silk" of it
                    known.setdefault(tuple(t.lower_ for t in T[last - 2:last + 1]), "people")
                    name_parts.update(t.lower_ for t in toks if len(t) > 2)
                    continue
                surnames.add((toks[-1].lower_,))
                known.setdefault((toks[-1].lower_,), "people")
                name_parts.update(t.lower_ for t in toks if len(t) > 2)
        # a lone surname the model typed otherwise is still that person ("Wang" after "Wang Dan")
        for sp in spans:
            if sp.src == "model" and sp.e - sp.s == 1 and sp.type != "people" \
                    and (T[sp.s].lower_,) in surnames and sp.src not in GAZETTEER_IDS:
                sp.type = "people"
                known[(T[sp.s].lower_,)] = "people"
        # a lone word the model took for a person or a place that starts an organisation's name
        # ("Magna" after "Magna International Inc", "BT" of "BT Retail") is that organisation
        org_firsts = {T[sp.s].lower_ for sp in spans if sp.type == "organisations" and sp.e - sp.s >= 2}
        for sp in spans:
            if sp.src == "model" and sp.e - sp.s == 1 and (sp.type == "people" or (sp.type == "places" and not T[sp.s].is_title)) \
                    and T[sp.s].lower_ in org_firsts and (T[sp.s].lower_,) not in surnames:
                sp.type = "organisations"
                known[(T[sp.s].lower_,)] = "organisations"
        # "Trump-Kim summits": two people, not one organisation
        for sp in list(spans):
            parts = T[sp.s:sp.e]
            if sp.type != "people" and len(parts) == 3 and parts[1].text == "-" and \
                    any(known.get((p.lower_,)) == "people" for p in (parts[0], parts[2])):
                spans.remove(sp)
                for k in (sp.s, sp.s + 2):
                    if known.get((T[k].lower_,)) == "people":
                        spans.append(Proposal(k, k + 1, "people", "prop"))
        # a family name written first ("Hong Min" ... "Hong said"): any part of a person's name
        # right before a speech verb is that person
        for i, low in enumerate(v.lowers[:-1]):
            if low in name_parts and v.lowers[i + 1] in SPEECH_VERBS and capitalised(v.texts[i]) \
                    and (low,) not in known and not overlapping(spans, i, i + 1):
                spans.append(Proposal(i, i + 1, "people", "prop"))
        if not known:
            return spans
        longest = max(len(k) for k in known)
        covered = [False] * len(T)
        for sp in spans:
            for k in range(sp.s, sp.e):
                covered[k] = True
        i = 0
        while i < len(T):
            if covered[i] or not capitalised(v.texts[i]):
                i += 1
                continue
            for n in range(min(longest, len(T) - i), 0, -1):
                key = tuple(v.lowers[i:i + n])
                if key in known and not any(covered[i:i + n]) and self._fits(v, i, i + n, headline):
                    spans.append(Proposal(i, i + n, known[key], "prop"))
                    i += n - 1
                    break
            i += 1
        return spans

    @staticmethod
    def _fits(v: TokenView, s: int, e: int, headline: list[bool]) -> bool:
        """A known name re-found at tokens [s, e): capitalised like a name, and off headlines not
        the start or end of a longer capitalised run ("North" in "North Korean")."""
        T = v.toks
        if not all(capitalised(t.text) or not t.is_alpha or (t.is_lower and len(t) <= 3) for t in T[s:e]):
            return False
        # half of a hyphenated word ("Silk" of "Kilroy-Silk", "League" of "non-League") is no use of the name
        if (s > 0 and T[s - 1].text == "-" and not T[s - 1].whitespace_ and s > 1 and not T[s - 2].whitespace_) \
                or (e < len(T) and T[e].text == "-" and not T[e - 1].whitespace_ and not T[e].whitespace_):
            return False
        if headline[s]:
            return True
        for k in (s - 1, e):
            if 0 <= k < len(T) and T[k].is_alpha and capitalised(T[k].text) and not T[k].is_sent_start \
                    and not (k == s - 1 and T[k].lower_ in ("the", "a", "an")):
                return False
        return True

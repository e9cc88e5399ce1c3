"""Titles of works: films, shows, albums, songs, books, games, drugs ("the film Ray", "the game
Halo", "comedy Sideways", "the Shrek sequel") are not people, organisations or places.

A title is recognised where a work noun introduces it; then every other mention of the same
name in the article goes too (the title's first mention is often the only one with the noun).
"""
from __future__ import annotations

from collections.abc import Callable

from .lexicon import (AWARD_WORDS, GAZETTEER_IDS, TITLE_FUNCTION_WORDS, WORK_AFTER, WORK_BEFORE,
                      WORK_CATEGORY_HEADS, WORK_POSSESSED, WORK_SENTENCE_NOUNS)
from .proposal import Proposal
from .tokens import TokenView


def _key(v: TokenView, sp: Proposal) -> str:
    words = v.lowers[sp.s:sp.e]
    return " ".join(words[1:] if words and words[0] == "the" else words)


def _work_apposition(v: TokenView, e: int) -> bool:
    """"Tysabri, a multiple sclerosis drug,": an apposition whose head is a work noun."""
    T = v.toks
    if e + 2 >= len(T) or T[e].text != "," or v.lowers[e + 1] not in ("a", "an", "the"):
        return False
    k = e + 2
    while k < len(T) and k < e + 7 and T[k].is_alpha and T[k].is_lower and T[k].lower_ not in ("of", "for", "by", "that", "which", "who", "and"):
        k += 1
    return k > e + 2 and v.lowers[k - 1] in WORK_BEFORE and T[k - 1].pos_ == "NOUN"


# "Kate Winslet's role in X", "the sequel to X", "starring in X": the phrase before a title.
_PHRASES_BEFORE = (("starring", "in"), ("star", "of"), ("stars", "of"), ("sequel", "to"),
                   ("follow-up", "to"), ("remake", "of"), ("adaptation", "of"))
_ROLE_OWNERS = ("his", "her", "their")
_ROLE_NOUNS = ("role", "roles", "performance", "performances")


def _cue_before(v: TokenView, sp: Proposal) -> bool:
    """A phrase that introduces a title ends just before the proposal."""
    lowers, T, s = v.lowers, v.toks, sp.s
    if sp.e < len(T) and T[sp.e].is_lower and T[sp.e].pos_ == "NOUN":
        return False   # "an adaptation of Lemony Snicket novels": the name only qualifies a noun
    if s >= 2 and (lowers[s - 2], lowers[s - 1]) in _PHRASES_BEFORE and T[s - 2].is_lower:
        return True
    # "for her role in X", "his roles in X", "her performance in X"
    if s >= 3 and lowers[s - 1] == "in" and lowers[s - 2] in _ROLE_NOUNS and lowers[s - 3] in _ROLE_OWNERS:
        return True
    # "best (supporting) actor for Closer"; but "best actor for Jamie Foxx" names the winner
    if sp.type != "people" and s >= 3 and lowers[s - 1] == "for" and lowers[s - 2] in WORK_CATEGORY_HEADS and T[s - 2].is_lower:
        k = s - 3
        while k >= 0 and k > s - 6 and T[k].is_lower and lowers[k] != "best":
            k -= 1
        return k >= 0 and lowers[k] == "best"
    return False


def titled_at(v: TokenView, s: int, e: int) -> bool:
    """Does a phrase that introduces a title ("starring in", "the film") come right before tokens
    s..e? For rules that add a name after works were dropped (street_names.py)."""
    return _cue_before(v, Proposal(s, e, "organisations", "rule"))


def _named_after_comma(v: TokenView, sp: Proposal) -> bool:
    """"the Ray Charles biopic, Ray.": a work noun, a comma, then a name that ends the phrase is
    the work's title (not "the film's star, Ray Winstone, said": no work noun before the comma)."""
    T, L, s, e = v.toks, v.lowers, sp.s, sp.e
    return (s >= 2 and L[s - 1] == "," and L[s - 2] in WORK_BEFORE and T[s - 2].is_lower and T[s - 2].pos_ == "NOUN"
            and (e == len(T) or T[e].is_punct and L[e] not in ("'s", "’s")))


def _cue_after(v: TokenView, e: int) -> bool:
    """"X's soundtrack": a possessive of a thing only works have."""
    T, lowers = v.toks, v.lowers
    return (e + 1 < len(T) and lowers[e] in ("'s", "’s") and lowers[e + 1] in WORK_POSSESSED
            and T[e + 1].is_lower)


def _function_word_person(v: TokenView, sp: Proposal) -> bool:
    """"Once Upon a Time in Mexico" typed a person by the model: a person's name holds no
    lowercase "of", "the", "a", "in" between capitalised words."""
    if sp.type != "people" or sp.src != "model" or sp.e - sp.s < 3:
        return False
    T = v.toks
    inner = range(sp.s + 1, sp.e - 1)
    return any(T[k].is_lower and v.lowers[k] in TITLE_FUNCTION_WORDS for k in inner)


def _person_for_title(v: TokenView, spans: list[Proposal]) -> set[str]:
    """"nominees include Bill Condon for Kinsey": in a sentence about awards, a person, "for"
    and a name that is no person's: the name is the work the person is honoured for."""
    by_start = {sp.s: sp for sp in spans}
    out: set[str] = set()
    for sp in spans:
        if sp.type != "people" or sp.e + 1 >= len(v.toks) or v.lowers[sp.e] != "for":
            continue
        nxt = by_start.get(sp.e + 1)
        if nxt is None or nxt.type == "people" and nxt.src != "model" or nxt.src in GAZETTEER_IDS:
            continue
        sent = v.toks[sp.s].sent
        if any(t.lower_ in AWARD_WORDS for t in sent):
            out.add(_key(v, nxt))
    return out


_POSSESSIVE = ("'s", "’s", "'")


def _makers_work(v: TokenView, spans: list[Proposal]) -> set[str]:
    """"Tom Ashby's Mary Kettle is shortlisted for best British film": a person's name
    in the possessive, then a name that is no organisation, in a sentence about films or albums."""
    by_start = {sp.s: sp for sp in spans}
    out: set[str] = set()
    for sp in spans:
        if sp.type != "people" or sp.e + 1 >= len(v.toks):
            continue
        # the model's span may hold the "'s" itself ("Paul Carver's"); it is trimmed later
        if v.lowers[sp.e - 1] in _POSSESSIVE:
            nxt = by_start.get(sp.e)
        elif v.lowers[sp.e] in _POSSESSIVE:
            nxt = by_start.get(sp.e + 1)
        else:
            continue
        if nxt is None or nxt.type == "organisations" or nxt.src in GAZETTEER_IDS or nxt.src == "honorific":
            continue
        if nxt.e < len(v.toks) and v.toks[nxt.e].is_lower and v.toks[nxt.e].pos_ == "NOUN":
            continue   # "Leigh's Vera Drake producers": the name only qualifies a noun
        if any(t.lower_ in WORK_SENTENCE_NOUNS and t.is_lower for t in v.toks[sp.s].sent):
            out.add(_key(v, nxt))
    return out


_LINKS = (("of", "the"), ("and", "the"), ("with", "a"), ("of",), ("in",), ("upon", "a"))
# the words between two members of a list: "A, B", "A and B", "A, or B"
LIST_GAPS = ((",",), ("and",), ("or",), (",", "and"), (",", "or"))


def _chains(spans: list[Proposal], linked: Callable[[int, int], bool]) -> list[list[Proposal]]:
    """The proposals in text order cut into chains of two or more, each proposal joined to the
    one before it when `linked(end of that one, its own start)` accepts the words between them."""
    chains: list[list[Proposal]] = []
    cur: list[Proposal] = []
    for sp in sorted(spans, key=lambda sp: sp.s):
        if cur and linked(cur[-1].e, sp.s):
            cur.append(sp)
            continue
        if len(cur) > 1:
            chains.append(cur)
        cur = [sp]
    if len(cur) > 1:
        chains.append(cur)
    return chains


def _title_runs(v: TokenView, spans: list[Proposal]) -> list[list[Proposal]]:
    """Proposals joined by the function words of a title: "Eternal Sunshine | of the | Spotless
    Mind"; "Tom Weller | and the | Keeper | of | Ashmoor"."""
    return _chains(spans, lambda e, s: tuple(v.lowers[e:s]) in _LINKS and all(t.is_lower for t in v.toks[e:s]))


def _coordinated(v: TokenView, spans: list[Proposal], titles: set[str]) -> set[str]:
    """Names in one list "X, Y and Z" with a known title are titles too."""
    more: set[str] = set()
    for members in _chains(spans, lambda e, s: tuple(v.lowers[e:s]) in LIST_GAPS):
        keys = [_key(v, sp) for sp in members]
        if any(k in titles for k in keys):
            # "... for Eternal Sunshine and Marc Forster for Finding Neverland": a member
            # followed by "for" is the honoured person, not one more title
            more.update(k for sp, k in zip(members, keys) if sp.src not in GAZETTEER_IDS
                        and not (sp.e < len(v.toks) and v.lowers[sp.e] == "for"))
    return more


def drop_works(v: TokenView, spans: list[Proposal]) -> list[Proposal]:
    """Proposals that are titles of works, and every mention of the same names, dropped."""
    T, lowers = v.toks, v.lowers
    titles = set()
    for sp in spans:
        if sp.src in GAZETTEER_IDS or sp.src == "honorific":
            continue
        s = sp.s - 1
        if s >= 1 and lowers[s] == "the":
            s -= 1
        # the cue is a noun ("the play Festen"), not a verb ("will play Gaston Gaudio")
        before = s >= 0 and lowers[s] in WORK_BEFORE and T[s].is_lower and T[s].pos_ == "NOUN"
        after = sp.e < len(T) and lowers[sp.e] in WORK_AFTER and T[sp.e].is_lower and T[sp.e].pos_ == "NOUN"
        if (before or after or _work_apposition(v, sp.e) or _cue_before(v, sp) or _named_after_comma(v, sp)
                or _cue_after(v, sp.e) or _function_word_person(v, sp)):
            titles.add(_key(v, sp))
    titles |= _person_for_title(v, spans)
    titles |= _makers_work(v, spans)
    pieces: set[int] = set()
    # a title cut in pieces by the model: a cue at either end, or a piece known as a title,
    # makes every piece a title; so does a "the" link ("X of the Y") whose pieces the model
    # typed as different things
    for run in _title_runs(v, spans):
        keys = [_key(v, sp) for sp in run]
        first, last = run[0], run[-1]
        cued = (any(k in titles for k in keys) or _cue_before(v, first) or _cue_after(v, last.e)
                or (first.s >= 1 and v.lowers[first.s - 1] in WORK_BEFORE and v.toks[first.s - 1].is_lower
                    and v.toks[first.s - 1].pos_ == "NOUN"))
        if cued and not any(sp.src in GAZETTEER_IDS for sp in run):
            for sp, k in zip(run, keys):
                if sp.type == "people":
                    pieces.add(id(sp))   # "The Life & Times of Harold Finch": the man stays elsewhere
                else:
                    titles.add(k)
    if titles:
        titles |= _coordinated(v, spans, titles)
    if not titles and not pieces:
        return spans
    return [sp for sp in spans if sp.src in GAZETTEER_IDS
            or (_key(v, sp) not in titles and id(sp) not in pieces)]

"""Quotes: span P/R/F1 (a prediction covers at least half the gold quote), exact span F1,
speaker accuracy on matched quotes (plus the stricter "names required" line) and end-to-end
F1 (span and speaker right), as the quotes gold README defines them.

Speaker names agree when, after dropping possessives, parentheses, honorifics and the
appositive after a comma, one name's words are within the other's ("Hong" ~ "Hong Min"), or
both end in the same word and share another; a gold speaker's `speaker_resolved` (silver)
counts too, and a pronoun/role-noun gold speaker without one is right when the predicted
speaker mention overlaps the gold mention. Predictions marked `kind: scare` are not scored.
"""
from __future__ import annotations

import re

from . import prf

GOLD_KEYS = ("quotes",)

_MARKS = "“”\"‘’'«»„‟`"
_EDGE_PUNCT = ",.;:"
# words dropped before comparing names (titles, honorifics, party labels, articles)
_TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame sen senator rep representative gov governor
president vice former secretary minister prime chancellor mayor gen general lt col colonel maj
capt captain adm admiral sgt cpl pvt rev reverend fr jr sr the a an spokesman spokeswoman
spokesperson democratic republican democrat gop rival nominee candidate presidential d r
""".split())
_PRONOUNS = frozenset("i me we us you he him she her it they them his its their our my who whom "
                      "which that this one".split())
_NAME_WORD = re.compile(r"[^\W_]+")
_CAP_WORD = re.compile(r"[^\W_][\w\-’'.]*")


def _trim(text: str, start: int, end: int, punct: bool = False) -> tuple[int, int]:
    """The span without quotation marks and whitespace (and edge , . ; : when `punct`)."""
    strip = _MARKS + (_EDGE_PUNCT if punct else "")
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _pair(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one pred index -> gold index: identical spans first, then by largest overlap;
    a pair needs an overlap of at least half the gold quote."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if g == p and gi not in taken:
                pairs[pi] = gi
                taken.add(gi)
                break
    options = []
    for pi, p in enumerate(pred):
        if pi in pairs:
            continue
        for gi, g in enumerate(gold):
            ov = _overlap(p, g)
            if gi not in taken and ov > 0 and 2 * ov >= g[1] - g[0]:
                options.append((-ov, p[0], g[0], pi, gi))
    for _, _, _, pi, gi in sorted(options):
        if pi not in pairs and gi not in taken:
            pairs[pi] = gi
            taken.add(gi)
    return pairs


def _words(name: str) -> list[str]:
    low = re.sub(r"['’]s\b", "", name.lower())
    words = _NAME_WORD.findall(low)
    kept = [w for w in words if w not in _TITLES]
    return kept or words


def _variants(name: str | None) -> list[list[str]]:
    """Word lists to compare: the head before the first comma, plus later comma parts made
    only of capitalised words ("Another critic, Laurence H. Tribe")."""
    if not name:
        return []
    name = re.sub(r"\([^)]*\)", " ", name)
    out = []
    for i, part in enumerate(p.strip() for p in name.split(",") if p.strip()):
        caps = _CAP_WORD.findall(part)
        if i == 0 or (caps and all(w[0].isupper() for w in caps)):
            words = _words(part)
            if words:
                out.append(words)
    return out


def names_agree(a: str | None, b: str | None) -> bool:
    for wa in _variants(a):
        for wb in _variants(b):
            sa, sb = set(wa), set(wb)
            if sa <= sb or sb <= sa or (wa[-1] == wb[-1] and len(sa & sb) >= 2):
                return True
    return False


def is_named(speaker: str | None) -> bool:
    """Does the gold speaker mention carry a name itself (a capitalised non-title word)?"""
    if not speaker:
        return False
    head = re.sub(r"\([^)]*\)", " ", speaker).split(",")[0]
    for w in re.findall(r"[^\W\d_][\w\-’'.]*", head):
        low = w.lower().rstrip(".").replace("’s", "").replace("'s", "")
        if w[0].isupper() and low not in _TITLES and low not in _PRONOUNS:
            return True
    return False


def _snippet(text: str, s: int, e: int) -> str:
    mid = text[s:e].replace("\n", " ")
    return mid if len(mid) <= 80 else mid[:38] + " … " + mid[-38:]


def score(docs: list[dict], preds: dict[str, dict], errors: int = 0) -> list[str]:
    n = dict(gold=0, pred=0, scare=0, span=0, exact=0, e2e=0, spk=0, spk_ok=0, req_ok=0,
             named=0, named_ok=0, other=0, other_ok=0)
    by_kind: dict[str, list[int]] = {}
    shown: list[str] = []
    for doc in docs:
        text = doc["text"]
        gq = doc["gold"].get("quotes", [])
        gold = [_trim(text, int(g["start"]), int(g["end"])) for g in gq]
        pred, raw = [], []
        for p in (preds.get(str(doc["id"])) or {}).get("quotes") or []:
            if str(p.get("kind") or "").lower() == "scare":
                n["scare"] += 1
                continue
            span = _trim(text, int(p["start"]), int(p["end"]))
            if span[1] > span[0]:
                pred.append(span)
                raw.append(p)
        pairs = _pair(gold, pred)
        matched = {gi: pi for pi, gi in pairs.items()}
        n["gold"] += len(gold)
        n["pred"] += len(pred)
        for gi, g in enumerate(gold):
            counts = by_kind.setdefault(gq[gi].get("kind") or "all", [0, 0])
            counts[0] += 1
            pi = matched.get(gi)
            if pi is None:
                if len(shown) < errors:
                    shown.append(f"MISS  {doc['id']}: {_snippet(text, *g)!r}")
                continue
            counts[1] += 1
            n["span"] += 1
            n["exact"] += _trim(text, *g, punct=True) == _trim(text, *pred[pi], punct=True)
            want = gq[gi].get("speaker")
            if not want:
                n["e2e"] += 1          # no-source gold quotes: right by definition
                continue
            got = raw[pi].get("speaker") if isinstance(raw[pi].get("speaker"), str) else None
            silver = gq[gi].get("speaker_resolved")
            named = is_named(want)
            mention_ok = False
            if None not in (gq[gi].get("speaker_start"), raw[pi].get("speaker_start"),
                            gq[gi].get("speaker_end"), raw[pi].get("speaker_end")):
                mention_ok = _overlap((int(gq[gi]["speaker_start"]), int(gq[gi]["speaker_end"])),
                                      (int(raw[pi]["speaker_start"]), int(raw[pi]["speaker_end"]))) > 0
            ok = names_agree(got, want) or bool(silver and names_agree(got, silver)) or \
                (not named and not silver and bool(got) and mention_ok)
            ok_required = names_agree(got, silver) if (not named and silver) else ok
            n["spk"] += 1
            n["spk_ok"] += ok
            n["req_ok"] += ok_required
            n["named" if named else "other"] += 1
            n["named_ok" if named else "other_ok"] += ok
            n["e2e"] += ok
            if not ok and len(shown) < errors:
                shown.append(f"SPEAKER {doc['id']}: {_snippet(text, *g)!r} gold={want!r} "
                             f"(resolved {silver!r}) pred={got!r}")
        for pi, p in enumerate(pred):
            if pi not in pairs and len(shown) < errors:
                shown.append(f"EXTRA {doc['id']}: {_snippet(text, *p)!r}")
    span = prf(n["span"], n["pred"], n["gold"])
    exact = prf(n["exact"], n["pred"], n["gold"])
    e2e = prf(n["e2e"], n["pred"], n["gold"])
    acc = n["spk_ok"] / n["spk"] if n["spk"] else 0.0
    req = n["req_ok"] / n["spk"] if n["spk"] else 0.0
    lines = shown + [
        f"docs {len(docs)}  gold quotes {n['gold']}  predicted {n['pred']}  (scare-marked ignored {n['scare']})",
        f"{'':28}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for label, (p, r, f) in (("span (>=50% of gold)", span), ("exact span", exact),
                             ("end-to-end (span+speaker)", e2e)):
        lines.append(f"{label:28}{p:7.3f}{r:7.3f}{f:7.3f}")
    lines.append(f"speaker-acc on matched quotes {acc:.3f} ({n['spk_ok']}/{n['spk']})")
    if n["named"]:
        lines.append(f"  gold speaker is a name        {n['named_ok'] / n['named']:.3f} ({n['named_ok']}/{n['named']})")
    if n["other"]:
        lines.append(f"  gold speaker pronoun/role     {n['other_ok'] / n['other']:.3f} ({n['other_ok']}/{n['other']})")
    lines.append(f"speaker-acc, names required        {req:.3f} ({n['req_ok']}/{n['spk']})")
    lines.append("span recall by gold kind: " + ", ".join(
        f"{k} {v[1] / v[0]:.3f} ({v[1]}/{v[0]})" for k, v in sorted(by_kind.items()) if v[0]))
    lines.append(f"quotes span-F1 {span[2]:.2f} speaker-acc {acc:.2f} names-required {req:.2f} "
                 f"e2e-F1 {e2e[2]:.2f} on {len(docs)} docs")
    return lines

"""People / organisations / places: exact and overlapping span P/R/F1 per type and micro.

Exact match compares spans after trimming a leading "the", a trailing possessive and edge
punctuation on both sides (so a mention's boundaries, not its article, decide); relaxed match
needs overlap and the same type. One-to-one matching within a type.
"""
from __future__ import annotations

import re

from . import prf

TYPES = ("people", "organisations", "places")
GOLD_KEYS = TYPES


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = re.match(r"(?i)the\s+", text[start:end])
    if m:
        start += m.end()
    m = re.search(r"['’]s?$", text[start:end])
    if m and end - start > m.end() - m.start():
        end -= m.end() - m.start()
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end


def _matches(gold: list[tuple[int, int]], pred: list[tuple[int, int]], relaxed: bool) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for j, p in enumerate(pred):
            if j in used:
                continue
            if (p[0] < g[1] and g[0] < p[1]) if relaxed else p == g:
                used.add(j)
                hits += 1
                break
    return hits


def score(docs: list[dict], preds: dict[str, dict], errors: int = 0) -> list[str]:
    totals = {t: [0, 0, 0, 0] for t in TYPES}  # exact tp, relaxed tp, n pred, n gold
    lines: list[str] = []
    shown = 0
    for d in docs:
        text, pred = d["text"], preds.get(str(d["id"]), {})
        for t in TYPES:
            g = sorted({_trim(text, x["start"], x["end"]) for x in d["gold"].get(t, [])})
            p = sorted({_trim(text, x["start"], x["end"]) for x in pred.get(t) or []})
            totals[t][0] += _matches(g, p, relaxed=False)
            totals[t][1] += _matches(g, p, relaxed=True)
            totals[t][2] += len(p)
            totals[t][3] += len(g)
            if shown < errors:
                for s, e in g:
                    if (s, e) not in p:
                        lines.append(f"MISS  {t:13} {text[s:e]!r} in {d['id']}")
                        shown += 1
                for s, e in p:
                    if (s, e) not in g:
                        lines.append(f"EXTRA {t:13} {text[s:e]!r} in {d['id']}")
                        shown += 1
    lines.append(f"{'entities':15} {'P':>6} {'R':>6} {'F1':>6}   relaxed F1   gold  pred")
    micro = [0, 0, 0, 0]
    f1 = {}
    for t in TYPES:
        p, r, f = prf(totals[t][0], totals[t][2], totals[t][3])
        rf = prf(totals[t][1], totals[t][2], totals[t][3])[2]
        f1[t] = f
        lines.append(f"{t:15} {p:6.3f} {r:6.3f} {f:6.3f}   {rf:6.3f}     {totals[t][3]:5d} {totals[t][2]:5d}")
        micro = [a + b for a, b in zip(micro, totals[t])]
    p, r, f = prf(micro[0], micro[2], micro[3])
    rf = prf(micro[1], micro[2], micro[3])[2]
    lines.append(f"{'micro':15} {p:6.3f} {r:6.3f} {f:6.3f}   {rf:6.3f}     {micro[3]:5d} {micro[2]:5d}")
    lines.append(f"entities micro-F1 {f:.3f} relaxed {rf:.3f} (people {f1['people']:.3f} "
                 f"orgs {f1['organisations']:.3f} places {f1['places']:.3f}) on {len(docs)} docs")
    return lines

"""Dates, TempEval-3 style: strict span, relaxed (overlap) span and value P/R/F1 on DATE and
TIME gold. Value = relaxed match with the identical value string. Matching is one-to-one: exact
pairs first, then the remaining pairs by largest overlap. A prediction matched to nothing that
overlaps a DURATION/SET timex is ignored (those are not dates, but not errors either)."""
from __future__ import annotations

from . import prf

GOLD_KEYS = ("dates",)
SCORED = ("DATE", "TIME")


def _overlap(a: tuple, b: tuple) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _pairs(gold: list[tuple], pred: list[tuple]) -> dict[int, int]:
    """pred index -> gold index."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    by_span: dict[tuple[int, int], list[int]] = {}
    for gi, g in enumerate(gold):
        by_span.setdefault((g[0], g[1]), []).append(gi)
    for pi, p in enumerate(pred):
        for gi in by_span.get((p[0], p[1]), []):
            if gi not in used:
                pairs[pi] = gi
                used.add(gi)
                break
    candidates = sorted((-_overlap(p, g), p[0], g[0], pi, gi)
                        for pi, p in enumerate(pred) if pi not in pairs
                        for gi, g in enumerate(gold) if gi not in used and _overlap(p, g) > 0)
    for _, _, _, pi, gi in candidates:
        if pi not in pairs and gi not in used:
            pairs[pi] = gi
            used.add(gi)
    return pairs


def score(docs: list[dict], preds: dict[str, dict], errors: int = 0) -> list[str]:
    n_gold = n_pred = ignored = strict = relaxed = valued = 0
    lines: list[str] = []
    shown = 0
    for d in docs:
        text = d["text"]
        every = d["gold"].get("dates", [])
        gold = [(g["start"], g["end"], g.get("value")) for g in every if g.get("type") in SCORED]
        other = [(g["start"], g["end"]) for g in every if g.get("type") not in SCORED]
        pred = [(int(p["start"]), int(p["end"]), p.get("value"))
                for p in (preds.get(str(d["id"]), {}).get("dates") or []) if int(p["end"]) > int(p["start"])]
        pairs = _pairs(gold, pred)
        kept = [pi for pi, p in enumerate(pred)
                if pi in pairs or not any(_overlap(p, o) > 0 for o in other)]
        ignored += len(pred) - len(kept)
        n_gold += len(gold)
        n_pred += len(kept)
        for pi in kept:
            p = pred[pi]
            if pi not in pairs:
                if shown < errors:
                    lines.append(f"EXTRA {text[p[0]:p[1]]!r} = {p[2]} in {d['id']}")
                    shown += 1
                continue
            g = gold[pairs[pi]]
            relaxed += 1
            strict += (p[0], p[1]) == (g[0], g[1])
            if p[2] is not None and p[2] == g[2]:
                valued += 1
            elif shown < errors:
                lines.append(f"VALUE {text[p[0]:p[1]]!r} = {p[2]}, gold {text[g[0]:g[1]]!r} = {g[2]} "
                             f"in {d['id']} (published {d.get('published')})")
                shown += 1
        if shown < errors:
            for gi in set(range(len(gold))) - set(pairs.values()):
                g = gold[gi]
                lines.append(f"MISS  {text[g[0]:g[1]]!r} = {g[2]} in {d['id']}")
                shown += 1
    rows = {name: prf(tp, n_pred, n_gold) for name, tp in
            (("strict span", strict), ("relaxed span", relaxed), ("value", valued))}
    lines.append(f"dates: gold DATE/TIME {n_gold}  predictions {n_pred}  (+{ignored} ignored: "
                 "overlap DURATION/SET only)")
    lines.append(f"{'':14}{'P':>7}{'R':>7}{'F1':>7}")
    for name, (p, r, f) in rows.items():
        lines.append(f"{name:14}{p:7.3f}{r:7.3f}{f:7.3f}")
    vp, vr, vf = rows["value"]
    lines.append(f"dates value-F1 {vf:.3f} (P {vp:.2f} R {vr:.2f}) strict-F1 {rows['strict span'][2]:.3f} "
                 f"relaxed-F1 {rows['relaxed span'][2]:.3f} on {len(docs)} docs [DATE,TIME]")
    return lines

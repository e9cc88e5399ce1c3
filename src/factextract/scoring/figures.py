"""Figures: span P/R/F1 (overlap, one-to-one), value and unit accuracy on matched spans,
end-to-end F1 (span and value right, and with the unit too) and qualifier accuracy.

Conventions follow the gold README (../shared/data/figures/README.md): a gold range is met by a
predicted low/high pair, its midpoint, or an open bound with a qualifier ("tens of thousands"
read as more than 10000); sub-units rescale (50 cent = 0.5 USD); units compare after spelling
and plural normalisation; qualifiers compare by direction (more / less / about / exact).
"""
from __future__ import annotations

import re

from . import prf

GOLD_KEYS = ("figures",)
TOL = 1e-6

# direction of each qualifier we or the gold use; "nearly" may be read as about or as below
DIRECTION = {
    None: {"="}, "": {"="}, "exactly": {"="},
    "more than": {">"}, "at least": {">"}, "over": {">"},
    "less than": {"<"}, "up to": {"<"}, "under": {"<"},
    "about": {"~"}, "around": {"~"}, "approximately": {"~"},
    "nearly": {"~", "<"}, "almost": {"~", "<"},
}
# unit spellings that name the same thing
SAME_UNIT = {
    "%": "percent", "per cent": "percent", "$": "usd", "dollar": "usd", "euro": "eur", "£": "gbp",
    "yen": "jpy", "yuan": "cny", "km": "kilometre", "mi": "mile", "ft": "foot", "feet": "foot",
    "inches": "inch", "pence": "penny", "hr": "hour", "yr": "year", "mph": "mile per hour",
}
EITHER_UNIT = {"pound": {"pound", "gbp"}, "degree": {"degree", "celsius", "fahrenheit"}}
RESCALE = {"cent": ("usd", 0.01), "penny": ("gbp", 0.01), "dozen": (None, 12.0), "gross": (None, 144.0)}


def _unit_key(unit: str | None) -> str | None:
    if unit is None:
        return None
    u = re.sub(r"\s+", " ", str(unit).strip().lower()).replace("meter", "metre").replace("liter", "litre")
    if u in ("", "none", "count", "dimensionless"):
        return None
    words = []
    for w in u.split(" "):
        w = SAME_UNIT.get(w, w)
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in ("celsius",):
            w = w[:-1]
        words.append(w)
    u = " ".join(words)
    return SAME_UNIT.get(u, u)


def units_agree(gold: str | None, pred: str | None) -> bool:
    g, p = _unit_key(gold), _unit_key(pred)
    return bool(EITHER_UNIT.get(g, {g}) & EITHER_UNIT.get(p, {p}))


def direction(q: str | None) -> set[str]:
    key = None if q is None else re.sub(r"\s+", " ", q.strip().lower())
    return DIRECTION.get(key, {key})


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= TOL * max(abs(a), abs(b), 1e-12)


def _num(x) -> float | None:
    try:
        return None if x is None or isinstance(x, bool) else float(x)
    except (TypeError, ValueError):
        return None


def value_ok(g: dict, p: dict) -> bool | None:
    """Whether the predicted value meets the gold one; None when gold has nothing to check."""
    glo, ghi, gv = _num(g.get("low")), _num(g.get("high")), _num(g.get("value"))
    pv, plo, phi = _num(p.get("value")), _num(p.get("low")), _num(p.get("high"))
    if glo is not None and ghi is not None:
        lo, hi = sorted((glo, ghi))
        if plo is not None and phi is not None and _close(min(plo, phi), lo) and _close(max(plo, phi), hi):
            return True
        if pv is None:
            return False
        d = direction(p.get("qualifier"))
        return _close(pv, (lo + hi) / 2) or (">" in d and _close(pv, lo)) or ("<" in d and _close(pv, hi))
    if gv is None:
        return None
    if pv is None:
        return _close(plo, gv) and _close(phi, gv)
    if _close(pv, gv):
        return True
    gu, pu = _unit_key(g.get("unit")), _unit_key(p.get("unit"))
    gs, gb = (gv * RESCALE[gu][1], RESCALE[gu][0]) if gu in RESCALE else (gv, gu)
    ps, pb = (pv * RESCALE[pu][1], RESCALE[pu][0]) if pu in RESCALE else (pv, pu)
    if (gs, ps) != (gv, pv) and (gb == pb or gb is None or pb is None):
        return _close(gs, ps)
    return False


def pair_up(golds: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one: identical offsets first, then the largest overlaps."""
    pairs: list[tuple[int, int]] = []
    free_g, free_p = set(range(len(golds))), set(range(len(preds)))
    for i, g in enumerate(golds):
        for j in sorted(free_p):
            if (preds[j]["start"], preds[j]["end"]) == (g["start"], g["end"]):
                pairs.append((i, j))
                free_g.discard(i)
                free_p.discard(j)
                break
    def overlap(g: dict, p: dict) -> int:
        return min(g["end"], p["end"]) - max(g["start"], p["start"])

    ranked = sorted((-overlap(g, p), abs(g["start"] - p["start"]), i, j)
                    for i, g in enumerate(golds) if i in free_g
                    for j, p in enumerate(preds) if j in free_p and overlap(g, p) > 0)
    for _, _, i, j in ranked:
        if i in free_g and j in free_p:
            pairs.append((i, j))
            free_g.discard(i)
            free_p.discard(j)
    return pairs


def _clean(preds: list[dict]) -> list[dict]:
    out = []
    for p in preds or []:
        try:
            s, e = int(p["start"]), int(p["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if e > s:
            out.append({**p, "start": s, "end": e})
    return out


def score(docs: list[dict], preds: dict[str, dict], errors: int = 0) -> list[str]:
    c = dict(tp=0, fp=0, fn=0, vn=0, vok=0, un=0, uok=0, e2e=0, e2eu=0, qn=0, qok=0, qqn=0, qqok=0)
    lines: list[str] = []
    for d in docs:
        text = d["text"]
        figs = d["gold"].get("figures", [])
        golds = [g for g in figs if not g.get("ignore")]
        ignored = [g for g in figs if g.get("ignore")]
        pred = _clean(preds.get(str(d["id"]), {}).get("figures"))
        pairs = pair_up(golds, pred)
        matched_p = {j for _, j in pairs}
        c["tp"] += len(pairs)
        c["fn"] += len(golds) - len(pairs)
        for j, p in enumerate(pred):
            if j in matched_p or any(min(p["end"], g["end"]) > max(p["start"], g["start"]) for g in ignored):
                continue
            if d.get("scope", "all") == "all":
                c["fp"] += 1
                if len(lines) < errors:
                    lines.append(f"EXTRA {text[p['start']:p['end']]!r} in {d['id']}")
        for i, g in enumerate(golds):
            if i not in {a for a, _ in pairs} and len(lines) < errors:
                lines.append(f"MISS  {g.get('text')!r} ({g.get('value')} {g.get('unit')}) in {d['id']}")
        for i, j in pairs:
            g, p = golds[i], pred[j]
            ok = value_ok(g, p)
            if ok is not None:
                c["vn"] += 1
                c["vok"] += ok
                if not ok and len(lines) < errors:
                    lines.append(f"VALUE {g.get('text')!r} gold {g.get('value', g.get('low'))} "
                                 f"got {p.get('value')} in {d['id']}")
            unit_ok = True
            if g.get("unit") is not None:
                unit_ok = units_agree(g["unit"], p.get("unit"))
                c["un"] += 1
                c["uok"] += unit_ok
            if ok or (ok is None and g.get("low") is None):
                c["e2e"] += 1
                c["e2eu"] += unit_ok
            if "qualifier" in g:
                q_ok = bool(direction(g["qualifier"]) & direction(p.get("qualifier")))
                c["qn"] += 1
                c["qok"] += q_ok
                if direction(g["qualifier"]) != {"="}:
                    c["qqn"] += 1
                    c["qqok"] += q_ok
    n_pred, n_gold = c["tp"] + c["fp"], c["tp"] + c["fn"]
    sp, sr, sf = prf(c["tp"], n_pred, n_gold)
    ep, er, ef = prf(c["e2e"], n_pred, n_gold)
    uf = prf(c["e2eu"], n_pred, n_gold)[2]
    acc = lambda ok, n: ok / n if n else 0.0  # noqa: E731
    lines.append(f"span      P {sp:.3f} R {sr:.3f} F1 {sf:.3f}   "
                 f"[gold {n_gold}, tp {c['tp']}, fp {c['fp']}, fn {c['fn']}]")
    lines.append(f"value-acc {acc(c['vok'], c['vn']):.3f} (n={c['vn']})   "
                 f"unit-acc {acc(c['uok'], c['un']):.3f} (n={c['un']})")
    lines.append(f"e2e       P {ep:.3f} R {er:.3f} F1 {ef:.3f}   e2e+unit F1 {uf:.3f}")
    if c["qn"]:
        lines.append(f"qualifier-acc {acc(c['qok'], c['qn']):.3f} (n={c['qn']}); on qualified gold "
                     f"{acc(c['qqok'], c['qqn']):.3f} (n={c['qqn']})")
    lines.append(f"figures span-F1 {sf:.3f} value-acc {acc(c['vok'], c['vn']):.3f} e2e-F1 {ef:.3f} "
                 f"e2e+unit-F1 {uf:.3f} on {len(docs)} cases")
    return lines

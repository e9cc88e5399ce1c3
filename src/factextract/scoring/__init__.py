"""`factextract evaluate`: run the extractor over gold documents and score each fact type the
gold file has. Each fact type has its own module here with `GOLD_KEYS` and
`score(docs, preds, errors) -> list[str]` (printed lines, the last one a summary); each must
agree with the matching reference scorer in ../shared/eval within 0.01."""
from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

from ..io.articles import Article
from ..records import Record, to_dict

# the fact-type modules, in the order their lines print; each names the gold keys it scores
SCORERS = ("entities", "dates", "figures", "quotes")


def prediction_line(record: Record) -> dict:
    """A record in the reference scorers' prediction format: entities flattened to mentions."""
    out = to_dict(record)
    for key in ("people", "organisations", "places"):
        out[key] = [m for ent in out[key] for m in ent["mentions"]]
    return out


def load_gold(path: Path, limit: int | None = None) -> list[dict]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError:
                raise ValueError(f"line {lineno} is not JSON") from None
            if not isinstance(doc, dict) or "text" not in doc or not isinstance(doc.get("gold"), dict):
                raise ValueError(f'line {lineno} lacks "text" or a "gold" object')
            docs.append(doc)
            if limit and len(docs) >= limit:
                break
    if not docs:
        raise ValueError("no gold documents")
    return docs


def evaluate_file(path: Path, pred_out: Path | None = None, errors: int = 0,
                  limit: int | None = None) -> list[str]:
    from ..extraction import extract_many

    docs = load_gold(path, limit)
    keys = {k for d in docs for k in d["gold"]}
    modules = [module for module in (importlib.import_module(f"{__name__}.{name}") for name in SCORERS)
               if keys & set(module.GOLD_KEYS)]
    if not modules:
        raise ValueError(f"gold has none of the fact types this scores ({', '.join(sorted(keys))})")
    articles = [Article(str(d["id"]), d["text"], d.get("published"), d.get("title")) for d in docs]
    started = time.perf_counter()
    preds = {r.id: prediction_line(r) for r in extract_many(articles)}
    seconds = time.perf_counter() - started
    if pred_out:
        with open(pred_out, "w", encoding="utf-8") as fh:
            for p in preds.values():
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    lines = [f"{len(docs)} documents from {path} in {seconds:.1f} s ({len(docs) / seconds:.1f} docs/s)"]
    for module in modules:
        lines.append("")
        lines.extend(module.score(docs, preds, errors=errors))
    return lines


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def warn(message: str) -> None:
    print(f"factextract evaluate: {message}", file=sys.stderr)

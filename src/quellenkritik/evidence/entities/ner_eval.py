"""The GermEval 2014 NER metric: strict chunk match, outer and inner level, per label.

GermEval 2014's official metric 1 ("strict, outer chunks") counts a
predicted chunk as correct when its start, end and label (with the
``deriv``/``part`` suffixes) equal a gold chunk's. We report that as the top
``precision``/``recall``/``f1``, and beside it the inner level (metric 1 on
the nested column), both levels together (the official metric 2 counts them
as one pool) and per-label figures. ``coarse`` drops the ``deriv``/``part``
chunks on both sides: it is what the entities layer uses (PER/ORG/LOC/OTH).
Written here (not conlleval.pl) because it has to run inside the package.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

from .conll import chunks

__all__ = ["prf", "score_chunks", "evaluate_tags"]


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def _coarse(label: str) -> bool:
    return not (label.endswith("deriv") or label.endswith("part"))


def score_chunks(gold: Iterable[set], pred: Iterable[set], keep=lambda label: True) -> tuple[dict, dict]:
    """Totals and per-label scores over sentences of chunk sets ``{(start, end, label)}``."""
    tp = n_pred = n_gold = 0
    per: dict[str, Counter] = {}
    for g, p in zip(gold, pred):
        g = {c for c in g if keep(c[2])}
        p = {c for c in p if keep(c[2])}
        hit = g & p
        tp += len(hit)
        n_pred += len(p)
        n_gold += len(g)
        for c in hit:
            per.setdefault(c[2], Counter())["tp"] += 1
        for c in p:
            per.setdefault(c[2], Counter())["pred"] += 1
        for c in g:
            per.setdefault(c[2], Counter())["gold"] += 1
    labels = {lab: prf(c["tp"], c["pred"], c["gold"]) for lab, c in sorted(per.items())}
    return prf(tp, n_pred, n_gold), labels


def evaluate_tags(
    gold_outer: Sequence[Sequence[str]],
    pred_outer: Sequence[Sequence[str]],
    gold_inner: Sequence[Sequence[str]] | None = None,
    pred_inner: Sequence[Sequence[str]] | None = None,
) -> dict:
    """The report ``qk eval ner`` prints (one dict, JSON-ready)."""
    if len(gold_outer) != len(pred_outer):
        raise ValueError(f"{len(gold_outer)} gold sentences but {len(pred_outer)} predicted")
    g_out = [set(chunks(list(t))) for t in gold_outer]
    p_out = [set(chunks(list(t))) for t in pred_outer]
    outer, per_label = score_chunks(g_out, p_out)
    coarse, coarse_labels = score_chunks(g_out, p_out, keep=_coarse)
    report: dict = {
        "metric": "strict chunk match (GermEval 2014 metric 1, outer chunks)",
        "precision": outer["precision"], "recall": outer["recall"], "f1": outer["f1"],
        "sentences": len(gold_outer), "tokens": sum(len(t) for t in gold_outer),
        "outer": outer, "per_label": per_label,
        "coarse": coarse, "coarse_per_label": coarse_labels,
    }
    if gold_inner is not None:
        g_in = [set(chunks(list(t))) for t in gold_inner]
        p_in = [set(chunks(list(t))) for t in pred_inner] if pred_inner is not None else [set() for _ in g_in]
        report["inner"], report["inner_per_label"] = score_chunks(g_in, p_in)
        both_g = [{(*c, "o") for c in a} | {(*c, "i") for c in b} for a, b in zip(g_out, g_in)]
        both_p = [{(*c, "o") for c in a} | {(*c, "i") for c in b} for a, b in zip(p_out, p_in)]
        tp = sum(len(a & b) for a, b in zip(both_g, both_p))
        report["outer_and_inner"] = prf(tp, sum(map(len, both_p)), sum(map(len, both_g)))
    return report

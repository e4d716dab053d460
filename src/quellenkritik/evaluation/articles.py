"""``qk eval articles``: whole evidence records against annotated articles.

Each gold article is read from its file and run through the pipeline as a
user's would be (ingest, clean, every component), then scored by
:mod:`.score`. The figures are micro-averaged over all articles: recall per
layer, precision where the rules define it, source-type accuracy on the
attributions found. Layers the project does not build yet (techniques,
genre) are reported as "not available".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ..document import Document
from .gold import GoldArticle, load_gold
from .score import ArticleScore, score_article

__all__ = ["evaluate_articles", "summarise", "run_article"]

#: recall layers in report order, with the figure names of the issue tables
RECALL_LAYERS = ("entities", "quantities", "dates", "attributions", "anonymous_sources", "unattributed_claims")
PRECISION_LAYERS = ("entities", "attributions")


def run_article(art: GoldArticle, pipeline: Any, settings: Any) -> Document:
    """The record of one gold article, made from its file as ``qk analyze FILE`` makes it."""
    from .. import ingest

    doc = ingest.from_path(art.path, settings=settings)
    return pipeline(doc)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def summarise(scores: list[ArticleScore], detail: bool = False) -> dict[str, Any]:
    """The figures over all articles (and each article's misses with ``detail``)."""
    figures: dict[str, Any] = {}
    counts: dict[str, Any] = {}
    for layer in RECALL_LAYERS:
        g = sum(s.layers[layer].gold for s in scores)
        f = sum(s.layers[layer].found for s in scores)
        p = sum(s.layers[layer].predicted for s in scores)
        c = sum(s.layers[layer].correct for s in scores)
        figures[f"{layer}_recall"] = _ratio(f, g)
        if layer == "attributions":
            figures["attributions_recall_strict"] = _ratio(sum(s.layers[layer].found_strict for s in scores), g)
        if layer in PRECISION_LAYERS:
            figures[f"{layer}_precision"] = _ratio(c, p)
        counts[layer] = {"gold": g, "found": f, "predicted": p}
    tt = sum(s.type_total for s in scores)
    figures["source_type_accuracy"] = _ratio(sum(s.type_right for s in scores), tt)
    counts["source_type"] = {"scored": tt}
    genres = [(s.genre_gold, s.genre_predicted) for s in scores if s.genre_gold]
    counts["genre"] = {"gold": len(genres)}
    figures["genre_accuracy"] = (
        _ratio(sum(g == p for g, p in genres), len(genres)) if any(p for _, p in genres) else "not available"
    )
    t = [s.layers["techniques"] for s in scores if "techniques" in s.layers]
    if any(r.predicted for r in t):
        g, p = sum(r.gold for r in t), sum(r.predicted for r in t)
        figures["techniques_recall"] = _ratio(sum(r.found for r in t), g)
        figures["techniques_precision"] = _ratio(sum(r.correct for r in t), p)
        figures["techniques_recall_labelled"] = _ratio(sum(r.found_strict for r in t), g)
        per: dict[str, list[int]] = {}
        for s in scores:
            for name, row in s.per_technique.items():
                acc = per.setdefault(name, [0, 0, 0, 0])
                for i, v in enumerate(row):
                    acc[i] += v
        figures["per_technique"] = {
            name: {"gold": r[0], "recall": _ratio(r[1], r[0]), "predicted": r[2], "precision": _ratio(r[3], r[2])}
            for name, r in sorted(per.items(), key=lambda kv: (-kv[1][0], -kv[1][2], kv[0]))
        }
        counts["techniques"] = {"gold": g, "found": sum(r.found for r in t), "predicted": p}
    else:
        figures["techniques"] = "not available"
    result: dict[str, Any] = {"articles": len(scores), "figures": figures, "counts": counts}
    if detail:
        result["detail"] = [_article_detail(s) for s in scores]
    return result


def _article_detail(s: ArticleScore) -> dict[str, Any]:
    d: dict[str, Any] = {"key": s.key}
    for layer, res in s.layers.items():
        d[layer] = {"gold": res.gold, "found": res.found, "predicted": res.predicted,
                    "misses": res.misses, "false_positives": res.false_positives}
    d["source_type_errors"] = s.type_errors
    return d


def evaluate_articles(
    gold: Path,
    articles: Path | None = None,
    *,
    detail: bool = False,
    pipeline: Any = None,
    settings: Any = None,
    tick: Callable[[], None] = lambda: None,
    on_error: Callable[[str, Exception], None] | None = None,
) -> dict[str, Any]:
    """Run and score every gold article; the dict of :func:`summarise`.

    An article the pipeline fails on is reported through ``on_error`` and
    left out of the figures (they say how many were scored), never fatal.
    """
    from ..config import load_settings
    from ..errors import QuellenkritikError
    from ..pipeline import Pipeline

    settings = settings or load_settings()
    pipeline = pipeline or Pipeline.from_settings(settings)
    scores = []
    failed: list[str] = []
    problems: dict[str, list[str]] = {}
    for art in load_gold(gold, articles):
        if art.problems:
            problems[art.key] = art.problems
        try:
            doc = run_article(art, pipeline, settings)
        except QuellenkritikError as exc:
            failed.append(art.key)
            if on_error:
                on_error(art.key, exc)
            tick()
            continue
        scores.append(score_article(doc, art))
        tick()
    result = summarise(scores, detail)
    if failed:
        result["failed"] = failed
    if problems:
        result["gold_problems"] = problems
    return result

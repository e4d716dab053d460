"""Score the claims detector on comment-level fact-claiming labels.

GermEval 2021 subtask 3 (German Facebook comments labelled fact-claiming or
not; ``GermEval21_TrainData.csv`` and ``GermEval21_TestData.csv``, columns
``comment_text`` and ``Sub3_FactClaiming``). Figures are the test file's,
each as precision, recall and F1 of the fact-claiming class and macro-F1
(the mean F1 of both classes, the official metric), for four systems side
by side (``table``):

* ``component``: the ``claims`` layer as it stands, with its default
  setting: a comment is fact-claiming when the layer holds a claim in it;
* ``test``: the same with a score threshold, the one that maximises macro-F1
  on the train file (chosen afresh on every run: nothing learnt from the data
  is kept);
* ``baselines.all_claim``: every comment fact-claiming (the trivial baseline:
  its F1 of the fact-claiming class is high, 2p/(1+p) for a share p, its
  macro-F1 low, since the other class's F1 is 0);
* ``baselines.majority``: the majority class of the train file for every
  comment (none fact-claiming).

The two metrics must not be mixed up: the positive-class F1 of one system is
not comparable with the macro-F1 of another.

Each comment runs through tokens, sentences, entities.kb, quantities,
dates, speech and claims (no cleaning, no language identification, no NER:
the language is set to German).
"""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ...document import Document, Source
from ...errors import QuellenkritikError

__all__ = [
    "COMPONENTS",
    "TRAIN_FILE",
    "TEST_FILE",
    "read_comments",
    "germeval_files",
    "comment_scores",
    "binary_scores",
    "choose_threshold",
    "evaluate_germeval",
]

COMPONENTS = ("tokens", "sentences", "entities.kb", "quantities", "dates", "speech", "claims")
TRAIN_FILE = "GermEval21_TrainData.csv"
TEST_FILE = "GermEval21_TestData.csv"
LABEL = "Sub3_FactClaiming"


def read_comments(path: Path) -> list[tuple[str, int]]:
    """(comment text, fact-claiming 0/1) of a GermEval 2021 CSV file."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "comment_text" not in reader.fieldnames or LABEL not in reader.fieldnames:
                raise QuellenkritikError(f"{path}: not a GermEval 2021 file (needs columns comment_text and {LABEL})")
            return [(row["comment_text"], int(row[LABEL])) for row in reader]
    except (UnicodeDecodeError, ValueError, TypeError, csv.Error) as exc:
        raise QuellenkritikError(f"{path}: unreadable ({type(exc).__name__}: {exc})") from exc


def germeval_files(data: Path) -> tuple[Path, Path]:
    """(train, test) files in ``data``; a clear error when a file is missing."""
    if not data.is_dir():
        raise QuellenkritikError(f"{data} is not a directory")
    train, test = data / TRAIN_FILE, data / TEST_FILE
    for p in (train, test):
        if not p.is_file():
            raise QuellenkritikError(f"{p} not found (expected {TRAIN_FILE} and {TEST_FILE} in {data})")
    return train, test


def _steps() -> list[Callable[[Document], None]]:
    from ...pipeline import registry

    return [registry.get(name).factory() for name in COMPONENTS]


def comment_scores(texts: Iterable[str], tick: Callable[[], None] | None = None) -> list[float]:
    """The highest claim score of each text; -1.0 when it holds no claim."""
    steps = _steps()
    out: list[float] = []
    for text in texts:
        doc = Document(source=Source(kind="text", location="eval"), text=text, language="de")
        for step in steps:
            step(doc)
        out.append(max((sp.attrs["score"] for sp in doc.layers.get("claims", ())), default=-1.0))
        if tick:
            tick()
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def binary_scores(gold: Sequence[int], pred: Sequence[int]) -> dict[str, Any]:
    """Precision, recall and F1 of the positive class, and macro-F1 over both
    classes (the GermEval 2021 official metric)."""
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    tn = len(gold) - tp - fp - fn
    pos, neg = _prf(tp, fp, fn), _prf(tn, fn, fp)
    return {**pos, "macro_f1": round((pos["f1"] + neg["f1"]) / 2, 4), "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def choose_threshold(scores: Sequence[float], gold: Sequence[int]) -> float:
    """The score threshold with the best macro-F1 (ties: the lowest)."""
    best_t, best = 0.0, -1.0
    for t in sorted({s for s in scores if s >= 0} | {0.0}):
        m = binary_scores(gold, [int(s >= t) for s in scores])["macro_f1"]
        if m > best:
            best_t, best = t, m
    return best_t


def _base_rates(gold: Sequence[int]) -> dict[str, Any]:
    n = len(gold)
    pos = sum(gold)
    return {
        "comments": n,
        "fact_claiming": pos,
        "share": round(pos / n, 4) if n else 0.0,
        "all_positive": binary_scores(gold, [1] * n),
        "all_negative": binary_scores(gold, [0] * n),
    }


def evaluate_germeval(
    data: Path,
    limit: int = 0,
    tick: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """The figures of the module docstring as a JSON-ready dict: ``table``
    (the four systems on the test file), ``component``, ``test`` (with the
    threshold), ``baselines``, ``train``/``train_component``, ``base_rates``.

    ``limit``: only the first N comments of each file; ``tick``: called once
    per comment (a progress bar).
    """
    train_path, test_path = germeval_files(data)
    train, test = read_comments(train_path), read_comments(test_path)
    if limit:
        train, test = train[:limit], test[:limit]
    t0 = time.perf_counter()
    train_scores = comment_scores((t for t, _ in train), tick)
    test_scores = comment_scores((t for t, _ in test), tick)
    seconds = time.perf_counter() - t0
    train_gold, test_gold = [g for _, g in train], [g for _, g in test]
    threshold = choose_threshold(train_scores, train_gold)
    component = binary_scores(test_gold, [int(s >= 0) for s in test_scores])
    tuned = binary_scores(test_gold, [int(s >= threshold) for s in test_scores])
    train_rates, test_rates = _base_rates(train_gold), _base_rates(test_gold)
    majority = int(2 * sum(train_gold) > len(train_gold))
    baselines = {
        "all_claim": test_rates["all_positive"],
        "majority": binary_scores(test_gold, [majority] * len(test_gold)),
    }
    rows = [
        ("claims layer, default (a comment with any claim)", component),
        (f"claims layer, score >= {threshold} (chosen on the train file)", tuned),
        ("trivial: every comment fact-claiming", baselines["all_claim"]),
        ("majority class of the train file for every comment", baselines["majority"]),
    ]
    return {
        "data": str(data),
        "task": "GermEval 2021 subtask 3 (fact-claiming comments)",
        "metrics": "f1: the fact-claiming class; macro_f1: the mean of both classes' F1 (official)",
        "table": [
            {"system": name, **{k: r[k] for k in ("precision", "recall", "f1", "macro_f1")}} for name, r in rows
        ],
        "component": component,
        "threshold": threshold,
        "threshold_chosen_on": TRAIN_FILE,
        "test": tuned,
        "baselines": baselines,
        "train": binary_scores(train_gold, [int(s >= threshold) for s in train_scores]),
        "train_component": binary_scores(train_gold, [int(s >= 0) for s in train_scores]),
        "base_rates": {"train": train_rates, "test": test_rates},
        "limit": limit or None,
        "seconds": round(seconds, 2),
    }

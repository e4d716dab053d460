"""Regression floor of the ``dates`` component on german-court-timex (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data" / "german-court-timex"

# Measured with --limit 1500 (first 1500 lines of each of the 7 files, 5716
# gold DATEs): recall 0.8121, precision 0.9787, value accuracy on
# same-granularity pairs 0.9925 (docs/evidence-dates.md). Floors are the
# measured figures minus 0.03, the tolerance for small, deliberate trade-offs.
FLOOR_RECALL = 0.78
FLOOR_PRECISION = 0.95
FLOOR_VALUE_SAME = 0.96

DEV_GOLD = REPO.parent / "shared" / "data" / "qk-dev-gold"
# qk-dev-gold dates recall (the qk-dev-gold scoring rules): measured 1.00 (96/96).
FLOOR_DEV_RECALL = 0.95


@pytest.mark.shared
@pytest.mark.skipif(not DATA.is_dir(), reason="needs ../shared/data/german-court-timex")
def test_timex_floor() -> None:
    spec = importlib.util.spec_from_file_location("eval_timex", REPO / "training" / "eval_timex.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    result = mod.evaluate(sorted(DATA.glob("*_timex.txt.gz")), limit=1500)
    assert result["n_gold"] > 5000
    assert result["recall"] >= FLOOR_RECALL
    assert result["precision"] >= FLOOR_PRECISION
    assert result["value_accuracy_same_granularity"] >= FLOOR_VALUE_SAME


@pytest.mark.shared
@pytest.mark.skipif(not (DEV_GOLD / "gold").is_dir(), reason="needs ../shared/data/qk-dev-gold")
def test_dev_gold_dates_recall_floor() -> None:
    from quellenkritik.evaluation.articles import evaluate_articles

    result = evaluate_articles(DEV_GOLD)
    assert result["counts"]["dates"]["gold"] >= 90
    assert result["figures"]["dates_recall"] >= FLOOR_DEV_RECALL

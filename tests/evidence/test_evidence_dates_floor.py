"""Regression floor of the ``dates`` component on german-court-timex (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data" / "german-court-timex"

# Measured with --limit 1500 (first 1500 lines of each of the 7 files, 5716
# gold DATEs): recall 0.7635, precision 0.9952, value accuracy on
# same-granularity pairs 0.9920 (docs/evidence-dates.md). Floors are the
# measured figures minus 0.03, the tolerance for small, deliberate trade-offs.
FLOOR_RECALL = 0.73
FLOOR_PRECISION = 0.96
FLOOR_VALUE_SAME = 0.96


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

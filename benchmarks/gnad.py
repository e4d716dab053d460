"""What the benchmark scripts share: the 10kGNAD reader and a best-of-N timer.

10kGNAD's test split (``../shared/data/10kgnad/test.csv``, read from the path
given, never copied into the repo) is semicolon-separated with quote char
``'`` and columns ``label;text``.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path
from typing import Callable, Iterable, TypeVar

__all__ = ["read_texts", "best_of"]

T = TypeVar("T")


def read_texts(path: Path, limit: int | None = None) -> list[str]:
    """The article texts of a 10kGNAD CSV file, the first ``limit`` of them when given."""
    csv.field_size_limit(sys.maxsize)
    with Path(path).open(encoding="utf-8", newline="") as fh:
        texts = [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]
    return texts[:limit] if limit else texts


def best_of(repeat: int, run: Callable[[T], object], docs: Iterable[T], reset: Callable[[T], object] | None = None,
            clock: Callable[[], float] = time.perf_counter) -> float:
    """The fastest of ``repeat`` runs of ``run`` over every doc, in ``clock`` seconds.

    ``reset(doc)`` runs before each run, untimed (to drop the layers a component
    is about to write again).
    """
    docs = list(docs)
    best = float("inf")
    for _ in range(max(1, repeat)):
        if reset is not None:
            for d in docs:
                reset(d)
        t0 = clock()
        for d in docs:
            run(d)
        best = min(best, clock() - t0)
    return best

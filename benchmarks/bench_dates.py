#!/usr/bin/env python3
"""Speed of the ``dates`` component alone, in words per second, on 10kGNAD test articles.

The default pipeline (clean ... sentences) runs first, untimed; then only the
``dates`` component is timed over every document (CPU seconds,
``time.process_time``, one process; the fastest of ``--repeat`` runs). Words are the tokens with a letter or a
digit (``runtime["n_words"]`` of the tokens component).

Usage::

    .venv/bin/python benchmarks/bench_dates.py --data ../shared/data/10kgnad/test.csv [--limit N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from gnad import best_of, read_texts
from quellenkritik.ingest import from_text
from quellenkritik.evidence.dates.components import make_dates
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="10kGNAD test.csv (label;text, quotechar ')")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = ap.parse_args(argv)
    texts = read_texts(args.data, args.limit)
    pre = Pipeline.from_names(list(DEFAULT_COMPONENTS))
    docs = []
    for text in texts:
        docs.append(pre(from_text(text)))
    dates = make_dates()
    words = sum(d.runtime.get("n_words", len(d.text.split())) for d in docs)
    # the component replaces the dates layer on a rerun
    cpu = best_of(args.repeat, dates, docs, clock=time.process_time)
    n_spans = sum(len(d.layers.get("dates", [])) for d in docs)
    print(json.dumps({"documents": len(docs), "words": words, "spans": n_spans,
                      "cpu_seconds": round(cpu, 3), "words_per_second": round(words / cpu) if cpu else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

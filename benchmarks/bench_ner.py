"""Speed of the statistical NER alone, on one core, and what the component adds.

    python benchmarks/bench_ner.py --csv ../shared/data/10kgnad/test.csv [--limit 300] [--model DIR] [--repeat 3]

Runs the default pipeline up to ``entities.kb`` first (not timed), then times
``entities.ner`` (sentence docs, gazetteer tags, spaCy NER, linking) over the
same documents with BLAS limited to one thread. Words are counted as the
tokens stage counts them. With ``--repeat N`` the fastest of N passes is
reported, by wall clock and by this process's CPU time (the machines this
runs on are shared virtual ones: the CPU clock is the steadier of the two).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from gnad import read_texts  # noqa: E402 - after the BLAS thread settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--model", default="")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    texts = read_texts(a.csv, a.limit)
    from quellenkritik import analyze
    from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry

    names = list(DEFAULT_COMPONENTS)
    cut = names.index("entities.kb") + 1
    pre = Pipeline.from_names(names[:cut])
    docs = [analyze(t, kind="text", pipeline=pre) for t in texts]
    words = sum(d.runtime.get("n_words", 0) for d in docs)
    t0 = time.perf_counter()
    ner = registry.get("entities.ner").factory(**({"model": a.model} if a.model else {}))
    load = time.perf_counter() - t0
    before = sum(len(d.layers.get("entities", ())) for d in docs)
    kb_layers = [list(d.layers.get("entities", ())) for d in docs]
    secs = cpu = float("inf")
    for _ in range(max(1, a.repeat)):
        for d, layer in zip(docs, kb_layers):
            d.layers["entities"] = list(layer)
        t1, c1 = time.perf_counter(), time.process_time()
        for d in docs:
            ner(d)
        secs = min(secs, time.perf_counter() - t1)
        cpu = min(cpu, time.process_time() - c1)
    after = sum(len(d.layers.get("entities", ())) for d in docs)
    print(json.dumps({
        "articles": len(docs), "words": words, "seconds": round(secs, 3), "words_per_s": round(words / secs),
        "cpu_seconds": round(cpu, 3), "words_per_cpu_s": round(words / cpu), "passes": max(1, a.repeat),
        "load_seconds": round(load, 2), "entity_spans_kb": before, "entity_spans_added_by_ner": after - before,
    }, indent=2))


if __name__ == "__main__":
    main()

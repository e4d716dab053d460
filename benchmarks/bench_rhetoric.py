"""Cost of the default rhetoric components against tokens + sentences (the budget of issue 12).

    python benchmarks/bench_rhetoric.py [--cache /tmp/ev_docs.pkl] [--repeat 2]

Uses the document cache of bench_evidence.py (the pipeline up to the evidence
stages over the 10kGNAD test articles, built when absent), runs the evidence
components untimed, then times each rhetoric component of the default
pipeline over all documents in CPU seconds, the fastest of ``--repeat`` runs,
and prints JSON: per component seconds, their sum, tokens + sentences seconds
of the caching run, and the ratio.
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import time
from pathlib import Path

from bench_evidence import EVIDENCE, build_cache
from quellenkritik.pipeline import DEFAULT_COMPONENTS, registry

RHETORIC = tuple(n for n in DEFAULT_COMPONENTS if n.startswith("rhetoric."))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/10kgnad/test.csv"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ev_docs.pkl"))
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    if not args.cache.exists():
        build_cache(args.data, args.cache)
    with args.cache.open("rb") as fh:
        docs, timings = pickle.load(fh)
    evidence = {n: registry.get(n).factory() for n in EVIDENCE}
    for d in docs:
        for n in EVIDENCE:
            evidence[n](d)
    gc.collect()
    gc.freeze()  # see bench_evidence.py: the loaded documents are out of the collector's reach
    comps = {n: registry.get(n).factory() for n in RHETORIC}
    snaps = [({k: list(v) for k, v in d.layers.items()}, dict(d.document)) for d in docs]
    best = {n: float("inf") for n in RHETORIC}
    for _ in range(max(1, args.repeat)):
        for d, (layers, document) in zip(docs, snaps):
            d.layers.clear()
            d.layers.update({k: list(v) for k, v in layers.items()})
            d.document.clear()
            d.document.update(document)
        for n in RHETORIC:
            gc.collect()
            gc.freeze()
            t0 = time.process_time()
            for d in docs:
                comps[n](d)
            best[n] = min(best[n], time.process_time() - t0)
    total = sum(best.values())
    base = timings["tokens"] + timings["sentences"]
    print(json.dumps({"articles": len(docs), "seconds": {n: round(v, 3) for n, v in best.items()},
                      "rhetoric": round(total, 3), "tokens+sentences": round(base, 3), "ratio": round(total / base, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

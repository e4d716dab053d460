"""Cost of the default rhetoric components against tokens + sentences (the budget of issue 12).

    python benchmarks/bench_rhetoric.py [--cache /tmp/ev_docs.pkl] [--repeat 2]

Uses the document cache of bench_evidence.py (the pipeline up to the evidence
stages over the 10kGNAD test articles, built when absent), runs the evidence
components untimed, then times each rhetoric component of the default
pipeline over all documents in CPU seconds, the fastest of ``--repeat`` runs,
each started with empty per-word memos (as in one ``make bench`` pass, where
every article's new words are looked up for the first time),
and prints JSON: per component seconds, their sum, tokens + sentences seconds
and the ratio. The baseline is the caching run's tokens + sentences: one pass
with the tokenizer's caches filling as it goes, as in ``make bench``.
``--warm-baseline`` times tokens + sentences again in this process, in turn
with the rhetoric components (fastest of ``--repeat`` runs, after
clean/repeats/language untimed): spaCy's tokenizer then finds every word in
its cache, which makes it about 1.6x faster than on a first pass.
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import time
from pathlib import Path

from bench_evidence import EVIDENCE, build_cache
from quellenkritik.ingest.documents import from_text
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry

RHETORIC = tuple(n for n in DEFAULT_COMPONENTS if n.startswith("rhetoric."))
BASELINE = ("tokens", "sentences")


def forget_words() -> None:
    """Empty the per-word memos of the rhetoric components (their tables stay loaded)."""
    from quellenkritik.rhetoric import translation
    from quellenkritik.rhetoric.techniques import detect

    for lang in ("de", "en"):
        detect._tables(lang).memo.clear()
        detect._tables(lang).cued.clear()
    translation._noun_code.cache_clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/10kgnad/test.csv"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ev_docs.pkl"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--warm-baseline", action="store_true",
                    help="time tokens + sentences again here, with warm tokenizer caches")
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
    best = {n: float("inf") for n in RHETORIC + BASELINE}
    before = Pipeline.from_names(list(DEFAULT_COMPONENTS[:DEFAULT_COMPONENTS.index(BASELINE[0])]))
    baseline = {n: registry.get(n).factory() for n in BASELINE}
    for _ in range(max(1, args.repeat)):
        if args.warm_baseline:
            fresh = []
            for d in docs:
                doc = from_text(d.text, location="bench")
                before(doc)
                fresh.append(doc)
            for n in BASELINE:
                gc.collect()
                t0 = time.process_time()
                for doc in fresh:
                    baseline[n](doc)
                best[n] = min(best[n], time.process_time() - t0)
            del fresh
        forget_words()
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
    total = sum(best[n] for n in RHETORIC)
    base = (timings["tokens"] + timings["sentences"]) if not args.warm_baseline else best["tokens"] + best["sentences"]
    print(json.dumps({"articles": len(docs), "seconds": {n: round(best[n], 3) for n in RHETORIC},
                      "rhetoric": round(total, 3), "tokens+sentences": round(base, 3), "ratio": round(total / base, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

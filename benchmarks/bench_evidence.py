"""Cost of the evidence components (quantities, dates, speech, claims) against tokens + sentences.

    python benchmarks/bench_evidence.py --data ../shared/data/10kgnad/test.csv [--repeat 5] [--cache /tmp/ev_docs.pkl] [--clock cpu]

The pipeline up to the evidence stages (the default components minus the
four evidence ones) runs once over the 10kGNAD test articles; the documents
and that run's per-component seconds are pickled to ``--cache`` and reused
by later runs (delete the file after changing a stage before the evidence
ones). Each evidence component is then timed over all documents, in
pipeline order, the fastest of ``--repeat`` runs; the layers and runtime
state the components add are reset between runs, untimed. Prints per
component seconds, their sum, tokens + sentences seconds of the caching run
and the ratio of the two, as JSON.
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import time
from pathlib import Path
from typing import Any, Callable

from gnad import read_texts
from quellenkritik.document import Document
from quellenkritik.errors import QuellenkritikError
from quellenkritik.ingest.documents import from_text
from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry

EVIDENCE = ("quantities", "dates", "speech", "claims")
BASELINE = ("tokens", "sentences")


def build_cache(data: Path, cache: Path) -> None:
    """Run the stages before the evidence ones over every article; pickle docs and timings."""
    # the components before the first evidence one (later stages need the evidence layers)
    pipe = Pipeline.from_names(list(DEFAULT_COMPONENTS[:DEFAULT_COMPONENTS.index(EVIDENCE[0])]))
    docs = []
    for i, text in enumerate(read_texts(data)):
        try:
            doc = from_text(text, location=f"10kgnad:{i}")
            pipe(doc)
        except QuellenkritikError:
            continue  # as the pipeline's users do: an article that fails is skipped
        docs.append(doc)
    with cache.open("wb") as fh:
        pickle.dump((docs, dict(pipe.timings)), fh)


class _Snapshot:
    """Layers and runtime state of a document before the evidence components,
    restored before each timed run (the components append to layers and read
    the runtime cache the ``speech`` component leaves for ``claims``)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.layers = {k: list(v) for k, v in doc.layers.items()}
        self.runtime = dict(doc.runtime)
        self.document = dict(doc.document)

    def restore(self) -> None:
        d = self.doc
        d.layers.clear()
        d.layers.update({k: list(v) for k, v in self.layers.items()})
        d.runtime.clear()
        d.runtime.update(self.runtime)
        d.document.clear()
        d.document.update(self.document)


def time_components(docs: list[Document], repeat: int, clock: Callable[[], float] = time.perf_counter) -> dict[str, float]:
    """The fastest of ``repeat`` runs of each evidence component over ``docs``, in ``clock`` seconds."""
    comps: dict[str, Any] = {n: registry.get(n).factory() for n in EVIDENCE}
    snaps = [_Snapshot(d) for d in docs]
    best = {n: float("inf") for n in EVIDENCE}
    for _ in range(max(1, repeat)):
        for snap in snaps:
            snap.restore()
        # in pipeline order: each component sees the layers of those before it
        for name in EVIDENCE:
            run = comps[name]
            # as in main(): what the documents hold when the component starts
            # (the restored layers, the layers of the components before it,
            # for every document) is out of the collector's reach, so that a
            # component pays for the garbage collection of its own objects only,
            # as in a pipeline run, which holds one document at a time
            gc.collect()
            gc.freeze()
            t0 = clock()
            for d in docs:
                run(d)
            best[name] = min(best[name], clock() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/10kgnad/test.csv"),
                    help="10kGNAD test.csv (label;text, quotechar ')")
    ap.add_argument("--repeat", type=int, default=3, help="runs per component; the fastest is reported")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ev_docs.pkl"),
                    help="pickle of the documents before the evidence stages and that run's timings")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="cpu: this process's CPU time, steadier on a busy machine (the tokens + sentences "
                         "seconds are wall time either way)")
    args = ap.parse_args(argv)
    if not args.cache.exists():
        build_cache(args.data, args.cache)
    with args.cache.open("rb") as fh:
        docs, timings = pickle.load(fh)
    # The ~1,000 loaded documents are millions of long-lived objects: without
    # freezing them every generation-2 collection triggered by the components'
    # own allocations walks all of them, and the GC dominates the timings.
    # gc.freeze() moves them out of the collector's reach; a pipeline run holds
    # one document at a time, so this is closer to what the components cost
    # there. time_components() freezes again before each timed run.
    gc.collect()
    gc.freeze()
    best = time_components(docs, args.repeat, time.process_time if args.clock == "cpu" else time.perf_counter)
    evidence = sum(best.values())
    baseline = sum(timings[n] for n in BASELINE)
    print(json.dumps({
        "articles": len(docs),
        "seconds": {n: round(v, 3) for n, v in best.items()},
        "evidence": round(evidence, 3),
        "tokens+sentences": round(baseline, 3),
        "ratio": round(evidence / baseline, 3),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

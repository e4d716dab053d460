"""Speed of the ``claims`` component alone (words/s) on 10kGNAD test articles.

    python benchmarks/bench_claims.py --csv ../shared/data/10kgnad/test.csv [--limit N]

Tokens, sentences, entities.kb, quantities, dates and speech are computed
first and not timed; only the claims component is. Words are counted like
the tokens stage (``runtime["n_words"]``). For comparison the same run times
the linguistic layer (tokens + sentences) on the same articles.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from gnad import best_of, read_texts
from quellenkritik.document import Document, Source
from quellenkritik.pipeline import registry

BEFORE = ("tokens", "sentences", "entities.kb", "quantities", "dates", "speech")


def _docs(texts: list[str]) -> list[Document]:
    return [Document(source=Source(kind="text", location="bench"), text=t, language="de") for t in texts]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", required=True, type=Path, help="10kGNAD test.csv (label;text, quotechar ')")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = ap.parse_args(argv)
    texts = read_texts(args.csv, args.limit)
    steps = {name: registry.get(name).factory() for name in (*BEFORE, "claims")}
    # the linguistic layer, for the comparison (fresh documents each run)
    ling = float("inf")
    for _ in range(args.repeat):
        docs = _docs(texts)
        t0 = time.perf_counter()
        for d in docs:
            steps["tokens"](d)
            steps["sentences"](d)
        ling = min(ling, time.perf_counter() - t0)
    for d in docs:
        for name in BEFORE[2:]:
            steps[name](d)
    words = sum(d.runtime["n_words"] for d in docs)
    best = best_of(args.repeat, steps["claims"], docs, reset=lambda d: d.layers.pop("claims", None))
    claims = sum(len(d.layers["claims"]) for d in docs)
    print(json.dumps({
        "articles": len(docs), "words": words, "claims": claims,
        "seconds": round(best, 3), "words_per_s": round(words / best),
        "linguistic_seconds": round(ling, 3), "share_of_linguistic": round(best / ling, 3),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

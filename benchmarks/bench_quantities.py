"""Speed of the ``quantities`` component alone, after tokens and sentences.

Reads 10kGNAD's test split from the path given (never copied into the repo):
semicolon separated, quotechar "'", columns label;text. Runs the default
pipeline (clean ... sentences) untimed, then times only ``quantities`` and
prints words/s (words = ``\\w+`` runs of the cleaned text), quantities and
findings per document, and the tokenizer's own words/s for comparison.

    python benchmarks/bench_quantities.py ../shared/data/10kgnad/test.csv [--limit N] [--repeat 3]

The fastest of ``--repeat`` runs is reported.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

_WORD = re.compile(r"\w+")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = ap.parse_args(argv)

    import quellenkritik.evidence.quantities.components  # noqa: F401 - registers
    from quellenkritik import analyze
    from quellenkritik.pipeline import DEFAULT_COMPONENTS, Pipeline, registry

    csv.field_size_limit(sys.maxsize)
    with args.csv.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) >= 2]
    texts = [r[1] for r in rows[: args.limit]]
    pre = Pipeline.from_names(list(DEFAULT_COMPONENTS))
    docs = [analyze(t, kind="text", pipeline=pre) for t in texts]
    run = registry.get("quantities").factory()
    run(docs[0])  # warm-up (regex compilation happens at import; text2num cache)
    docs[0].layers.pop("quantities", None)
    words = sum(len(_WORD.findall(d.text)) for d in docs)
    secs = float("inf")
    for _ in range(args.repeat):  # the component replaces its own spans on a rerun
        t0 = time.perf_counter()
        for d in docs:
            run(d)
        secs = min(secs, time.perf_counter() - t0)
    n_q = sum(len(d.layers.get("quantities", [])) for d in docs)
    n_f = sum(1 for d in docs for s in d.layers.get("findings", []) if s.by == "quantities")
    tok = pre.timings.get("tokens", 0.0)
    print(json.dumps({
        "docs": len(docs), "words": words, "seconds": round(secs, 3),
        "words_per_s": round(words / secs), "quantities": n_q, "quantity_checks": n_f,
        "tokens_words_per_s": round(words / tok) if tok else None,
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
